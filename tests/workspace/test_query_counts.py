"""Pages cost a fixed number of queries, however many rows they show."""

from datetime import datetime, timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from sportello.inbound import InboundAttachment

START = datetime.fromisoformat("2026-03-02T09:00+01:00")


def queries(client, url: str) -> int:
    client.get(url)  # warm up: session, content types
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_queue_and_list(agent_client, make_ticket):
    make_ticket(sender="c0@example.it")
    few = {url: queries(agent_client, url) for url in ("/", "/tickets/")}
    for n in range(1, 8):
        make_ticket(sender=f"c{n}@example.it", received_at=START + timedelta(minutes=n))
    many = {url: queries(agent_client, url) for url in ("/", "/tickets/")}
    assert many == few


def test_ticket_page(agent_client, make_ticket, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    ticket = make_ticket()
    url = reverse("workspace:ticket", args=[ticket.pk])
    few = queries(agent_client, url)
    for n in range(1, 6):
        make_ticket(
            text=f"Sollecito {n}",
            received_at=START + timedelta(hours=n),
            attachments=(InboundAttachment(f"f{n}.txt", "text/plain", content=b"x"),),
        )
    assert queries(agent_client, url) == few
