"""A reply that never reaches the customer answered nothing: the ticket goes back to
the queue in the place it had (first come, first served), a resolved ticket reopens,
and the thread says why."""

from datetime import datetime, timedelta

import pytest

from sportello import clock
from sportello.helpdesk.models import Event, NoticeState, OutboundNotice, Ticket, TicketStatus
from sportello.helpdesk.services import ingest, reply
from sportello.helpdesk.services.notices import RETRY_DELAYS, deliver
from sportello.helpdesk.services.queue import queue
from sportello.workspace.display import event_sentence

from .conftest import inbound

MONDAY_9 = datetime.fromisoformat("2026-03-02T09:00:00+01:00")
UNREACHABLE = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {"host": "127.0.0.1", "port": 9, "timeout": 2},
    }
}


def at(minutes: int) -> datetime:
    return MONDAY_9 + timedelta(minutes=minutes)


@pytest.fixture
def agent(django_user_model):
    return django_user_model.objects.create_user("giulia")


def fail_for_good(notice: OutboundNotice) -> None:
    for _ in range(len(RETRY_DELAYS)):
        assert deliver(notice.pk) == NoticeState.QUEUED
    assert deliver(notice.pk) == NoticeState.FAILED


def test_a_reply_that_fails_for_good_puts_the_ticket_back_in_its_place(
    seller, agent, settings, django_capture_on_commit_callbacks
):
    with clock.frozen(at(0)):
        first = ingest(inbound(external_id="<first@cliente.it>", received_at=at(0)))
    with clock.frozen(at(10)):
        later = ingest(
            inbound(external_id="<later@cliente.it>", sender="bruno@example.it", received_at=at(10))
        )
    assert first.ticket is not None and later.ticket is not None
    settings.MAILERS = UNREACHABLE
    with clock.frozen(at(20)), django_capture_on_commit_callbacks(execute=False):
        sent = reply(agent, first.ticket, "Ecco l'etichetta.", status=TicketStatus.RESOLVED)
    assert list(queue(Ticket.objects.all())) == [later.ticket]

    with clock.frozen(at(30)):
        fail_for_good(OutboundNotice.objects.get(message=sent))

    ticket = Ticket.objects.get(pk=first.ticket.pk)
    assert ticket.needs_reply and ticket.status == TicketStatus.OPEN
    assert ticket.waiting_since == at(0)
    # back ahead of the customer who wrote later
    assert list(queue(Ticket.objects.all())) == [ticket, later.ticket]
    requeued = Event.objects.get(verb="ticket.requeued", ticket=ticket)
    assert "torna in coda" in event_sentence(requeued)


def test_an_earlier_reply_that_arrived_still_counts(
    seller, agent, settings, django_capture_on_commit_callbacks
):
    with clock.frozen(at(0)):
        first = ingest(inbound(external_id="<q1@cliente.it>", received_at=at(0)))
    assert first.ticket is not None
    with clock.frozen(at(60)), django_capture_on_commit_callbacks(execute=True):
        reply(agent, first.ticket, "Ci guardiamo subito.")
    with clock.frozen(at(120)):
        second = ingest(
            inbound(
                external_id="<q2@cliente.it>", in_reply_to="<q1@cliente.it>", received_at=at(120)
            )
        )
    assert second.ticket == first.ticket
    settings.MAILERS = UNREACHABLE
    with clock.frozen(at(180)), django_capture_on_commit_callbacks(execute=False):
        sent = reply(agent, first.ticket, "Rimborso fatto.")

    with clock.frozen(at(190)):
        fail_for_good(OutboundNotice.objects.get(message=sent))

    ticket = Ticket.objects.get(pk=first.ticket.pk)
    # waiting since the message the failed reply answered, not the one answered before
    assert ticket.needs_reply and ticket.waiting_since == at(120)


def test_an_undelivered_acknowledgement_does_not_touch_the_queue(
    seller, settings, django_capture_on_commit_callbacks
):
    settings.MAILERS = UNREACHABLE
    with clock.frozen(at(0)), django_capture_on_commit_callbacks(execute=False):
        result = ingest(inbound(received_at=at(0)))
    assert result.ticket is not None
    [ack] = result.notices
    before = Ticket.objects.get(pk=result.ticket.pk)

    fail_for_good(ack)

    after = Ticket.objects.get(pk=result.ticket.pk)
    assert (after.needs_reply, after.waiting_since) == (before.needs_reply, before.waiting_since)
    assert not Event.objects.filter(verb="ticket.requeued").exists()
