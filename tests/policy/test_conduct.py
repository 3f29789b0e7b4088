"""Floods and the abuse protocol (spec/policy.md sections 6-7), as pure decisions over
what the text layer said."""

from datetime import UTC, datetime, timedelta

from sportello import policy
from sportello.policy import (
    ChangeStanding,
    FlagTicket,
    Flood,
    MessageFacts,
    OpenIncident,
    ProposeStanding,
    Rules,
    SendNotice,
    SkipNotice,
    Snapshot,
    TicketFacts,
)
from sportello.text import Span, Understanding

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def said(*labels: str) -> Understanding:
    spans = tuple(Span(label, 0, 5, "xxxxx", f"{label}.test") for label in labels)
    return Understanding(labels=labels, spans=spans, questions=(), language="it")


def decide(understanding: Understanding, snapshot: Snapshot | None = None, **kw):
    rules = kw.pop("rules", policy.DEFAULT_RULES)
    facts = MessageFacts(channel=kw.pop("channel", "email"), received_at=kw.pop("at", T0), **kw)
    return policy.decide(facts, understanding, snapshot or Snapshot(), rules)


def of(decisions, cls):
    return [d for d in decisions if isinstance(d, cls)]


def sent(decisions):
    return [d.kind for d in of(decisions, SendNotice)]


def test_a_first_insult_warns_and_the_request_is_still_acknowledged():
    decisions = decide(said("abusive"))
    assert [d.state for d in of(decisions, ChangeStanding)] == ["warned"]
    assert sent(decisions) == ["acknowledgement", "abuse_warning"]
    assert [d.flag for d in of(decisions, FlagTicket)] == ["abuse"]


def test_a_second_insult_within_90_days_blocks_without_acknowledging():
    warned = Snapshot(customer_state="warned", state_since=T0 - timedelta(days=89))
    decisions = decide(said("abusive"), warned)
    assert [d.state for d in of(decisions, ChangeStanding)] == ["blocked"]
    assert sent(decisions) == ["correspondence_closed"]
    assert [d.kind for d in of(decisions, SkipNotice)] == ["acknowledgement"]


def test_a_warning_older_than_90_days_no_longer_counts():
    warned_long_ago = Snapshot(customer_state="warned", state_since=T0 - timedelta(days=91))
    decisions = decide(said("blackmail"), warned_long_ago)
    assert [d.state for d in of(decisions, ChangeStanding)] == ["warned"]
    assert "abuse_warning" in sent(decisions)


def test_a_blocked_customer_gets_nothing_automatic_and_no_second_block():
    blocked = Snapshot(
        customer_state="blocked",
        state_since=T0 - timedelta(days=400),
        open_tickets=(TicketFacts(1, "open", None, T0),),
    )
    decisions = decide(said("abusive"), blocked)
    assert of(decisions, ChangeStanding) == []
    assert sent(decisions) == []


def test_angry_but_polite_words_are_no_step_of_the_protocol():
    for labels in (
        (),
        ("chaser", "urgency_claim"),
        ("legal_action",),
        ("reputation_threat",),
        ("bad_faith_assumption",),
        ("escalation_request",),
    ):
        decisions = decide(said(*labels))
        assert of(decisions, ChangeStanding) == [], labels
        assert "abuse_warning" not in sent(decisions)


def test_legal_action_and_escalation_mark_the_ticket_for_a_manager():
    assert [d.flag for d in of(decide(said("legal_action")), FlagTicket)] == ["manager"]
    assert [d.flag for d in of(decide(said("escalation_request")), FlagTicket)] == ["manager"]


def test_a_threat_opens_an_incident_and_warns():
    decisions = decide(said("threat"))
    assert len(of(decisions, OpenIncident)) == 1
    assert {d.flag for d in of(decisions, FlagTicket)} == {"abuse", "incident"}
    assert [d.state for d in of(decisions, ChangeStanding)] == ["warned"]


def test_in_suggest_mode_nothing_changes_until_an_agent_confirms():
    decisions = decide(said("abusive"), rules=Rules(abuse_mode="suggest"))
    assert of(decisions, ChangeStanding) == []
    assert [d.state for d in of(decisions, ProposeStanding)] == ["warned"]
    assert sent(decisions) == ["acknowledgement"]


def test_the_sixth_message_within_an_hour_is_a_flood_and_gets_nothing_automatic():
    earlier = tuple(T0 - timedelta(minutes=m) for m in (50, 40, 30, 20, 10))
    decisions = decide(said(), Snapshot(recent_inbound=earlier))
    [flood] = of(decisions, Flood)
    # Lasts until the oldest of the six leaves the hour.
    assert flood.until == T0 - timedelta(minutes=50) + timedelta(hours=1)
    assert sent(decisions) == []
    assert [d.kind for d in of(decisions, SkipNotice)] == ["acknowledgement"]


def test_five_messages_in_an_hour_are_not_a_flood():
    earlier = tuple(T0 - timedelta(minutes=m) for m in (50, 40, 30, 20))
    assert of(decide(said(), Snapshot(recent_inbound=earlier)), Flood) == []
    spread = tuple(T0 - timedelta(minutes=m) for m in (70, 61, 40, 30, 20))
    assert of(decide(said(), Snapshot(recent_inbound=spread)), Flood) == []


def test_a_flood_on_a_refused_channel_holds_back_the_refusal_notice():
    earlier = tuple(T0 - timedelta(minutes=m) for m in (5, 4, 3, 2, 1))
    decisions = decide(said(), Snapshot(recent_inbound=earlier), channel="whatsapp")
    assert sent(decisions) == []


def test_the_warning_reaches_the_customer_even_in_a_flood():
    earlier = tuple(T0 - timedelta(minutes=m) for m in (5, 4, 3, 2, 1))
    decisions = decide(said("abusive"), Snapshot(recent_inbound=earlier))
    assert sent(decisions) == ["abuse_warning"]


def learned(*labels: str) -> Understanding:
    """What only the text layer's learned model saw (rule "model.<label>")."""
    spans = tuple(Span(label, 0, 5, "xxxxx", f"model.{label}") for label in labels)
    return Understanding(labels=labels, spans=spans, questions=(), language="it")


def test_abuse_only_the_learned_model_saw_is_proposed_to_an_agent_not_applied():
    decisions = decide(learned("threat"))
    assert of(decisions, ChangeStanding) == []
    [proposal] = of(decisions, ProposeStanding)
    assert proposal.state == "warned" and "learned model only" in proposal.reason
    # still in front of people: flagged, and the incident opened for managers
    assert {d.flag for d in of(decisions, FlagTicket)} == {"abuse", "incident"}
    assert len(of(decisions, OpenIncident)) == 1
    assert sent(decisions) == ["acknowledgement"]


def test_a_rule_beside_the_model_applies_the_warning_as_usual():
    both = Understanding(
        labels=("abusive", "threat"),
        spans=(
            Span("abusive", 0, 5, "xxxxx", "insult.you"),
            Span("threat", 6, 9, "yyy", "model.threat"),
        ),
        questions=(),
        language="it",
    )
    assert [d.state for d in of(decide(both), ChangeStanding)] == ["warned"]
