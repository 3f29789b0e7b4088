"""Background tasks (django.tasks; the database backend by default)."""

from django.tasks import task


@task()
def deliver_notice(notice_id: int) -> str:
    from sportello.helpdesk.services.notices import deliver

    return deliver(notice_id)
