"""The worker that `sportello serve` runs: notices enqueued in the database task queue
are delivered by it, not by the request that created them."""

import threading
import time

import pytest
from django.core import mail

from sportello.helpdesk.models import NoticeState, OutboundNotice
from sportello.helpdesk.services import ingest
from sportello.helpdesk.worker import BackgroundWorker

from .conftest import inbound

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.mark.django_db(transaction=True)
def test_the_background_worker_delivers_queued_notices(settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = DB_TASKS
    result = ingest(inbound(external_id="<w1@cliente.it>"))
    [notice] = result.notices
    assert DBTaskResult.objects.count() == 1  # enqueued after commit, not yet run
    notice.refresh_from_db()
    assert notice.state == NoticeState.QUEUED and mail.outbox == []

    worker = BackgroundWorker(interval=0.1)
    thread = threading.Thread(target=worker.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if OutboundNotice.objects.get(pk=notice.pk).state == NoticeState.SENT:
                break
            time.sleep(0.1)
    finally:
        worker.stop()
        thread.join(timeout=5)
    assert OutboundNotice.objects.get(pk=notice.pk).state == NoticeState.SENT
    assert [m.to for m in mail.outbox] == [["anna@example.it"]]
