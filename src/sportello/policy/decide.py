"""The default contact policy (spec/policy.md) as a pure function: facts about one
inbound message and a snapshot of state in, decisions out."""

from sportello.policy.conduct import BLOCKED, WARNED, flood_until, next_standing, standing
from sportello.policy.types import (
    AddToTicket,
    ChangeStanding,
    Decision,
    FlagTicket,
    Flood,
    MessageFacts,
    OpenIncident,
    OpenTicket,
    ProposeStanding,
    Refuse,
    Rules,
    SendNotice,
    SkipNotice,
    Snapshot,
    StoreWithoutTicket,
    TicketFacts,
)
from sportello.text import ABUSE_LABELS, LEARNED_RULE, MANAGER_LABELS, Understanding

DEFAULT_RULES = Rules()
STANDING_NOTICES = {WARNED: "abuse_warning", BLOCKED: "correspondence_closed"}


def decide(
    message: MessageFacts,
    understanding: Understanding,
    snapshot: Snapshot,
    rules: Rules = DEFAULT_RULES,
) -> list[Decision]:
    """What to do with one inbound message. ingest() applies the result in order:
    where the message goes, then the customer's standing, then the notices."""
    current = standing(snapshot.customer_state, snapshot.state_since, message.received_at, rules)
    flood = None
    if not message.automatic:
        flood = flood_until(snapshot.recent_inbound, message.received_at, rules)

    decisions: list[Decision] = []
    refused = message.channel not in rules.accepted_channels
    if refused:
        decisions.append(Refuse(f"{message.channel} is not one of the official channels"))
    else:
        decisions.append(route_message(message, snapshot))
    if message.automatic:
        if refused:
            decisions.append(SkipNotice("automatic messages are never answered", "channel_refused"))
        return decisions  # automatic mail is never answered (RFC 3834), never abuse
    if flood is not None:
        decisions.append(Flood(f"more than {rules.flood_messages} messages in an hour", flood))

    has_ticket = not refused and not isinstance(decisions[0], StoreWithoutTicket)
    labels = set(understanding.labels)
    abusive = tuple(label for label in understanding.labels if label in ABUSE_LABELS)
    new_standing = None
    if abusive and current != BLOCKED:
        new_standing = next_standing(current)
        reason = f"{', '.join(abusive)} from a customer who is {current}"
        learned_only = all(
            span.rule.startswith(LEARNED_RULE)
            for span in understanding.spans
            if span.label in ABUSE_LABELS
        )
        if learned_only:
            # The text layer's learned second opinion, with no rule behind it: likely,
            # not certain. An agent confirms before an honest customer is warned.
            reason += " (learned model only)"
        if rules.abuse_mode == "suggest" or learned_only:
            decisions.append(ProposeStanding(reason, new_standing, abusive))
            new_standing = None  # nothing changes until an agent confirms
        else:
            decisions.append(ChangeStanding(reason, new_standing, abusive))
    if has_ticket:
        if abusive:
            decisions.append(FlagTicket(f"the message is {', '.join(abusive)}", "abuse"))
        if "threat" in labels:
            decisions.append(FlagTicket("the message threatens harm", "incident"))
        if labels & MANAGER_LABELS:
            why = ", ".join(sorted(labels & MANAGER_LABELS))
            decisions.append(FlagTicket(f"{why}: for a manager's eyes", "manager"))
    if "threat" in labels:
        decisions.append(OpenIncident("the message threatens harm"))

    blocked_after = new_standing == BLOCKED or current == BLOCKED
    if refused:
        decisions.append(_refusal_notice(message, snapshot, rules, blocked_after, flood))
    else:
        route = decisions[0]
        opens = isinstance(route, OpenTicket) or (isinstance(route, AddToTicket) and route.reopen)
        if opens:
            decisions.append(_held_or_sent("acknowledgement", blocked_after, flood))
    if new_standing is not None:
        # The protocol's own notices go out even in a flood: a customer is never blocked
        # without the warning having reached them.
        kind = STANDING_NOTICES[new_standing]
        decisions.append(SendNotice(f"the customer is now {new_standing}", kind))
    return decisions


def _held_or_sent(kind: str, blocked: bool, flood: object) -> Decision:
    if blocked:
        return SkipNotice("the customer is blocked: no automatic answer", kind)
    if flood is not None:
        return SkipNotice("flood: nothing automatic until the hour has passed", kind)
    what = "tell the sender the official channels" if kind == "channel_refused" else kind
    return SendNotice(what, kind)


def _refusal_notice(
    message: MessageFacts, snapshot: Snapshot, rules: Rules, blocked: bool, flood: object
) -> Decision:
    kind = "channel_refused"
    last = snapshot.last_refusal_notice_at
    if not blocked and last is not None and message.received_at - last < rules.refusal_notice_every:
        return SkipNotice(f"this sender was told the official channels on {last.isoformat()}", kind)
    return _held_or_sent(kind, blocked, flood)


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
