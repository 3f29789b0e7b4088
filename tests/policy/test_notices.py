"""Channels and automatic answers (spec/policy.md sections 1 and 4), as pure decisions."""

from datetime import UTC, datetime, timedelta

import pytest

from sportello import policy
from sportello.policy import MessageFacts, SendNotice, SkipNotice, Snapshot, TicketFacts
from sportello.text import Understanding

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
NOTHING = Understanding(labels=(), spans=(), questions=(), language="it")


def decide(channel: str = "email", snapshot: Snapshot | None = None, **facts):
    message = MessageFacts(channel=channel, received_at=facts.pop("at", T0), **facts)
    return policy.decide(message, NOTHING, snapshot or Snapshot())


def kinds(decisions, cls=SendNotice):
    return [d.kind for d in decisions if isinstance(d, cls)]


@pytest.mark.parametrize("channel", ["email", "web_form", "chat", "facebook", "instagram"])
def test_official_channels_open_a_ticket_and_are_acknowledged(channel):
    decisions = decide(channel)
    assert isinstance(decisions[0], policy.OpenTicket)
    assert kinds(decisions) == ["acknowledgement"]


@pytest.mark.parametrize("channel", ["whatsapp", "phone", "ebay"])
def test_refused_channels_open_nothing_and_point_to_the_official_ones(channel):
    decisions = decide(channel)
    assert isinstance(decisions[0], policy.Refuse)
    assert not any(isinstance(d, policy.OpenTicket | policy.AddToTicket) for d in decisions)
    assert kinds(decisions) == ["channel_refused"]


def test_the_refusal_notice_goes_at_most_once_a_week_to_a_sender():
    told = T0 - timedelta(days=6, hours=23)
    assert kinds(decide("whatsapp", Snapshot(last_refusal_notice_at=told))) == []
    assert kinds(decide("whatsapp", Snapshot(last_refusal_notice_at=told)), SkipNotice) == [
        "channel_refused"
    ]
    week_ago = T0 - timedelta(days=7)
    assert kinds(decide("whatsapp", Snapshot(last_refusal_notice_at=week_ago))) == [
        "channel_refused"
    ]


def test_a_follow_up_earns_no_second_acknowledgement():
    open_ticket = TicketFacts(id=1, status="open", order_number=None, last_activity_at=T0)
    decisions = decide(snapshot=Snapshot(open_tickets=(open_ticket,)))
    assert kinds(decisions) == []


def test_reopening_a_resolved_ticket_is_acknowledged():
    resolved = TicketFacts(id=1, status="resolved", order_number=None, last_activity_at=T0)
    assert kinds(decide(snapshot=Snapshot(reply_target=resolved))) == ["acknowledgement"]


def test_a_blocked_customer_gets_no_automatic_answer():
    assert kinds(decide(snapshot=Snapshot(customer_state="blocked"))) == []
    assert kinds(decide("whatsapp", Snapshot(customer_state="blocked"))) == []


def test_automatic_mail_is_never_answered_even_on_a_refused_channel():
    assert kinds(decide("whatsapp", automatic=True)) == []
    assert kinds(decide("email", automatic=True)) == []
