"""The default contact policy, sections 1-5 of spec/policy.md, as a pure function."""

from sportello.policy.types import (
    AddToTicket,
    Decision,
    MessageFacts,
    OpenTicket,
    Refuse,
    Rules,
    SendNotice,
    SkipNotice,
    Snapshot,
    StoreWithoutTicket,
    TicketFacts,
)
from sportello.text import Understanding

DEFAULT_RULES = Rules()


def decide(
    message: MessageFacts,
    understanding: Understanding,
    snapshot: Snapshot,
    rules: Rules = DEFAULT_RULES,
) -> list[Decision]:
    """What to do with one inbound message. ingest() applies the result in order."""
    blocked = snapshot.customer_state == "blocked"

    if message.channel not in rules.accepted_channels:
        decisions: list[Decision] = [
            Refuse(f"{message.channel} is not one of the official channels")
        ]
        decisions.append(_refusal_notice(message, snapshot, rules, blocked))
        return decisions

    route = route_message(message, snapshot)
    decisions = [route]
    if message.automatic:
        return decisions  # automatic mail is never answered (RFC 3834)

    opens = isinstance(route, OpenTicket) or (isinstance(route, AddToTicket) and route.reopen)
    if opens:
        if blocked:
            decisions.append(SkipNotice("the customer is blocked", kind="acknowledgement"))
        else:
            what = "a new ticket" if isinstance(route, OpenTicket) else "a reopened ticket"
            decisions.append(SendNotice(f"acknowledge {what}", kind="acknowledgement"))
    return decisions


def _refusal_notice(
    message: MessageFacts, snapshot: Snapshot, rules: Rules, blocked: bool
) -> Decision:
    kind = "channel_refused"
    if blocked:
        return SkipNotice("the customer is blocked", kind=kind)
    if message.automatic:
        return SkipNotice("automatic messages are never answered", kind=kind)
    last = snapshot.last_refusal_notice_at
    if last is not None and message.received_at - last < rules.refusal_notice_every:
        return SkipNotice(
            f"this sender was told the official channels on {last.isoformat()}", kind=kind
        )
    return SendNotice("tell the sender the official channels", kind=kind)


def route_message(message: MessageFacts, snapshot: Snapshot) -> Decision:
    """One problem, one ticket (spec/policy.md section 3)."""
    target = snapshot.reply_target
    if target is not None:
        return AddToTicket(
            f"answers a message of ticket {target.id}",
            ticket_id=target.id,
            # An auto-reply to our last answer must not reopen a solved problem.
            reopen=not target.is_open and not message.automatic,
        )
    if message.automatic:
        return StoreWithoutTicket("automatic mail that answers no message of ours")

    open_tickets = [t for t in snapshot.open_tickets if t.is_open]
    if not open_tickets:
        return OpenTicket("the customer has no open ticket")
    if message.order_number:
        for ticket in open_tickets:
            if ticket.order_number == message.order_number:
                return AddToTicket(
                    f"same order {message.order_number} as an open ticket", ticket_id=ticket.id
                )
        return OpenTicket(f"order {message.order_number} is on none of the open tickets")
    latest = max(open_tickets, key=_activity)
    return AddToTicket("the customer's most recently active open ticket", ticket_id=latest.id)


def _activity(ticket: TicketFacts) -> tuple[object, int]:
    return (ticket.last_activity_at, ticket.id)
