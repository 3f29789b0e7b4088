"""Every change is an Event chained to the one before it; a rewrite shows."""

import pytest

from sportello.helpdesk.audit import verify_chain
from sportello.helpdesk.models import Event
from sportello.helpdesk.services import ingest, reply

from .conftest import inbound


def test_ingest_and_reply_leave_a_verifiable_trail(seller, django_user_model):
    agent = django_user_model.objects.create_user("giulia")
    result = ingest(inbound())
    assert result.ticket is not None
    reply(agent, result.ticket, "Ci scusiamo, le rimborsiamo la tela.")
    verbs = list(Event.objects.filter(ticket=result.ticket).values_list("verb", flat=True))
    assert "ticket.created" in verbs and "ticket.replied" in verbs
    replied = Event.objects.get(verb="ticket.replied")
    assert replied.actor == agent and replied.actor_label == "giulia"
    report = verify_chain()
    assert report.ok and report.checked == Event.objects.count()


def test_a_rewritten_event_breaks_the_chain_at_that_event(seller):
    ingest(inbound())
    ingest(inbound(sender="bruno@example.it"))
    victim = Event.objects.filter(verb="ticket.created").order_by("id").first()
    assert victim is not None
    Event.objects.filter(pk=victim.pk).update(data={"reason": "nothing happened"})
    report = verify_chain()
    assert not report.ok and report.first_bad == victim.pk


def test_a_deleted_event_breaks_the_link(seller):
    ingest(inbound())
    ingest(inbound(sender="bruno@example.it"))
    middle = Event.objects.order_by("id")[2]
    Event.objects.filter(pk=middle.pk)._raw_delete(Event.objects.db)
    report = verify_chain()
    assert not report.ok and report.first_bad is not None and report.first_bad > middle.pk


def test_events_cannot_be_changed_or_deleted_through_the_model(seller):
    ingest(inbound())
    event = Event.objects.first()
    assert event is not None
    with pytest.raises(ValueError, match="append-only"):
        event.save()
    with pytest.raises(ValueError, match="append-only"):
        event.delete()
