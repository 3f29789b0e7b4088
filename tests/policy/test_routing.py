"""One problem, one ticket (spec/policy.md section 3), as pure decisions."""

from datetime import UTC, datetime, timedelta

from sportello import policy
from sportello.policy import AddToTicket, MessageFacts, OpenTicket, Snapshot, TicketFacts
from sportello.text import Understanding

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
NOTHING = Understanding(labels=(), spans=(), questions=(), language="it")


def ticket(id: int, *, order: str | None = None, status: str = "open", hours_ago: int = 1):
    return TicketFacts(
        id=id, status=status, order_number=order, last_activity_at=T0 - timedelta(hours=hours_ago)
    )


def route(snapshot: Snapshot, *, order: str | None = None, automatic: bool = False):
    facts = MessageFacts(channel="email", received_at=T0, order_number=order, automatic=automatic)
    return policy.route_message(facts, snapshot)


def test_a_reply_goes_to_the_ticket_it_answers_even_with_other_open_tickets():
    decision = route(
        Snapshot(reply_target=ticket(7, order="1"), open_tickets=(ticket(8, order="2"),)),
        order="2",
    )
    assert decision == AddToTicket(decision.reason, ticket_id=7, reopen=False)


def test_a_reply_to_a_resolved_ticket_reopens_it():
    decision = route(Snapshot(reply_target=ticket(7, status="resolved")))
    assert isinstance(decision, AddToTicket)
    assert decision.ticket_id == 7 and decision.reopen


def test_same_order_number_joins_that_open_ticket():
    snapshot = Snapshot(open_tickets=(ticket(1, order="100482", hours_ago=5), ticket(2, order="9")))
    decision = route(snapshot, order="100482")
    assert isinstance(decision, AddToTicket) and decision.ticket_id == 1


def test_an_order_no_open_ticket_has_opens_a_new_ticket():
    snapshot = Snapshot(open_tickets=(ticket(1, order="100482"),))
    assert isinstance(route(snapshot, order="555"), OpenTicket)


def test_without_order_number_the_most_recently_active_open_ticket_wins():
    snapshot = Snapshot(
        open_tickets=(ticket(1, hours_ago=1), ticket(2, hours_ago=30), ticket(3, hours_ago=2))
    )
    decision = route(snapshot)
    assert isinstance(decision, AddToTicket) and decision.ticket_id == 1


def test_resolved_tickets_do_not_count_as_open():
    snapshot = Snapshot(open_tickets=(ticket(1, status="resolved"),))
    assert isinstance(route(snapshot), OpenTicket)


def test_pending_tickets_are_open():
    decision = route(Snapshot(open_tickets=(ticket(4, status="pending"),)))
    assert isinstance(decision, AddToTicket) and decision.ticket_id == 4


def test_automatic_mail_that_answers_nothing_opens_no_ticket():
    snapshot = Snapshot(open_tickets=(ticket(1),))
    assert isinstance(route(snapshot, automatic=True), policy.StoreWithoutTicket)


def test_automatic_mail_answering_a_resolved_ticket_is_threaded_without_an_acknowledgement():
    facts = MessageFacts(channel="email", received_at=T0, automatic=True)
    decisions = policy.decide(facts, NOTHING, Snapshot(reply_target=ticket(3, status="resolved")))
    assert [type(d) for d in decisions] == [AddToTicket]
