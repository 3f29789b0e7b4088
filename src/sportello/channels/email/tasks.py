"""Background tasks of the e-mail channel (django.tasks)."""

from django.tasks import task


@task()
def poll_mailbox_task(mailbox_id: int) -> dict[str, object]:
    from sportello.channels.email.polling import enqueue_poll, poll_mailbox

    result = poll_mailbox(mailbox_id)
    if result.more and not result.error:
        enqueue_poll(mailbox_id)  # the rest of a backlog, after whatever else is queued
    return result.as_dict()
