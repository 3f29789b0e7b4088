"""Scenarios (spec/scenarios.md): parsing a story of events, replaying it through the same
ingest() and services as production, and describing the resulting state."""

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sportello.inbound import CHANNELS, InboundAttachment, InboundMessage

STATUSES = ("open", "pending", "resolved")
REVIEW_DECISIONS = ("apply", "dismiss", "confirm", "lift")
SETTINGS = {"abuse_mode": ("automatic", "suggest")}


class ScenarioError(Exception):
    def __init__(self, line: int, problem: str) -> None:
        super().__init__(f"line {line}: {problem}")
        self.line = line
        self.problem = problem


@dataclass(frozen=True)
class InboundEvent:
    line: int
    at: datetime
    inbound: InboundMessage


@dataclass(frozen=True)
class ReplyEvent:
    line: int
    at: datetime
    to: str
    text: str
    status: str | None = None


@dataclass(frozen=True)
class StatusEvent:
    line: int
    at: datetime
    of: str
    status: str


@dataclass(frozen=True)
class ReviewEvent:
    """A person decides on the abuse protocol's latest step for the sender of `customer_of`:
    an agent applies or dismisses a proposal ("suggest" mode), a manager confirms or lifts
    a warning or block."""

    line: int
    at: datetime
    customer_of: str
    decision: str
    reason: str


@dataclass(frozen=True)
class SettingsEvent:
    line: int
    at: datetime
    values: dict[str, str]


ScenarioEvent = InboundEvent | ReplyEvent | StatusEvent | ReviewEvent | SettingsEvent


def parse_scenario(lines: Iterable[str]) -> list[ScenarioEvent]:
    """Every line checked before anything runs; the first problem raises ScenarioError."""
    events: list[ScenarioEvent] = []
    seen_ids: set[str] = set()
    previous: tuple[int, datetime] | None = None
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ScenarioError(number, f"not JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(data, dict):
            raise ScenarioError(number, "expected a JSON object")
        event = _parse_event(number, data, seen_ids)
        if previous is not None and event.at < previous[1]:
            raise ScenarioError(
                number,
                f'events must be in time order: "at" {event.at.isoformat()} is before '
                f"line {previous[0]} ({previous[1].isoformat()})",
            )
        previous = (number, event.at)
        if isinstance(event, InboundEvent):
            seen_ids.add(event.inbound.external_id)
        events.append(event)
    return events


def _parse_event(number: int, data: dict[str, Any], seen_ids: set[str]) -> ScenarioEvent:
    kind = data.get("type")
    at = _instant(number, data.get("at"))
    if kind == "inbound":
        return InboundEvent(number, at, _inbound(number, data, at))
    if kind == "reply":
        to = _required_str(number, data, "to")
        if to not in seen_ids:
            raise ScenarioError(number, f'reply "to" {to}: no earlier inbound message has that id')
        text = _required_str(number, data, "text")
        status = data.get("status")
        if status is not None and status not in STATUSES:
            raise ScenarioError(number, f'"status" must be one of {", ".join(STATUSES)}')
        return ReplyEvent(number, at, to, text, status)
    if kind == "status":
        of = _required_str(number, data, "of")
        if of not in seen_ids:
            raise ScenarioError(number, f'status "of" {of}: no earlier inbound message has that id')
        status = data.get("status")
        if status not in STATUSES:
            raise ScenarioError(number, f'"status" must be one of {", ".join(STATUSES)}')
        return StatusEvent(number, at, of, status)
    if kind == "review":
        of = _required_str(number, data, "customer_of")
        if of not in seen_ids:
            raise ScenarioError(
                number, f'review "customer_of" {of}: no earlier inbound message has that id'
            )
        decision = data.get("decision")
        if decision not in REVIEW_DECISIONS:
            raise ScenarioError(number, f'"decision" must be one of {", ".join(REVIEW_DECISIONS)}')
        reason = data.get("reason") or ""
        if not isinstance(reason, str):
            raise ScenarioError(number, '"reason" must be a string')
        return ReviewEvent(number, at, of, decision, reason)
    if kind == "settings":
        values = {k: v for k, v in data.items() if k not in ("type", "at")}
        for key, value in values.items():
            if key not in SETTINGS or value not in SETTINGS[key]:
                raise ScenarioError(number, f"unknown setting {key}={value!r}")
        return SettingsEvent(number, at, values)
    raise ScenarioError(
        number, f'"type" must be inbound, reply, status, review or settings, not {kind!r}'
    )


def _instant(number: int, value: object) -> datetime:
    if not isinstance(value, str):
        raise ScenarioError(number, '"at" is missing (an ISO 8601 time with offset)')
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        raise ScenarioError(number, f'"at" is not an ISO 8601 time: {value!r}') from None
    if at.tzinfo is None:
        raise ScenarioError(number, f'"at" has no UTC offset: {value!r} (add e.g. +01:00 or Z)')
    return at


def _required_str(number: int, data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        raise ScenarioError(number, f'"{key}" is missing or not a string')
    return value


def _optional_str(number: int, data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise ScenarioError(number, f'"{key}" must be a string')
    return value


def _inbound(number: int, data: dict[str, Any], at: datetime) -> InboundMessage:
    channel = data.get("channel")
    if channel not in CHANNELS:
        raise ScenarioError(
            number, f"unknown channel {channel!r}; expected one of {', '.join(CHANNELS)}"
        )
    external_id = _required_str(number, data, "id")
    sender = _required_str(number, data, "from")
    text = data.get("text", "")
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise ScenarioError(number, '"text" must be a string')
    # `references` (from `sportello mail parse`) lists every candidate; else in_reply_to.
    replies: list[str] = []
    for key in ("in_reply_to", "references"):
        value = data.get(key)
        if value is None:
            continue
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise ScenarioError(number, f'"{key}" must be a message id or a list of them')
        replies.extend(items)
    attachments = []
    for item in data.get("attachments") or []:
        if not isinstance(item, dict) or not isinstance(item.get("filename"), str):
            raise ScenarioError(number, '"attachments" items need a "filename"')
        size = item.get("size")
        attachments.append(
            InboundAttachment(
                filename=item["filename"],
                content_type=str(item.get("content_type") or "application/octet-stream"),
                size=size if isinstance(size, int) else None,
            )
        )
    automatic = data.get("automatic", False)
    if not isinstance(automatic, bool):
        raise ScenarioError(number, '"automatic" must be true or false')
    return InboundMessage(
        channel=channel,
        external_id=external_id,
        sender=sender,
        received_at=at,
        text=text,
        subject=_optional_str(number, data, "subject"),
        name=_optional_str(number, data, "name"),
        email=_optional_str(number, data, "email"),
        in_reply_to=tuple(dict.fromkeys(replies)),
        order_number=_optional_str(number, data, "order"),
        ticket_ref=_optional_str(number, data, "ticket"),
        attachments=tuple(attachments),
        automatic=automatic,
        quoted_text=_optional_str(number, data, "quoted") or "",
    )


def run_scenario(events: list[ScenarioEvent]) -> dict[str, Any]:
    """Replay the events against the current database and describe the result.
    Needs Django set up; the clock is set to each event's time."""
    from sportello import clock
    from sportello.helpdesk import services
    from sportello.helpdesk.models import Message
    from sportello.helpdesk.services.simulation import simulation_agent, simulation_manager

    seller = services.default_seller()
    agent = simulation_agent(seller)
    manager = simulation_manager(seller)
    try:
        for event in events:
            clock.set_now(event.at)
            match event:
                case SettingsEvent():
                    services.update_policy_settings(manager, seller, **event.values)
                    seller.refresh_from_db()
                case ReviewEvent():
                    _review(event, seller, agent, manager)
                case InboundEvent():
                    result = services.ingest(event.inbound, seller=seller)
                    if result.error:
                        raise ScenarioError(event.line, f"ingest failed: {result.error}")
                case ReplyEvent() | StatusEvent():
                    ref = event.to if isinstance(event, ReplyEvent) else event.of
                    message = (
                        Message.objects.filter(seller=seller, external_id=ref)
                        .select_related("ticket")
                        .first()
                    )
                    if message is None or message.ticket is None:
                        raise ScenarioError(event.line, f"{ref} opened no ticket")
                    if isinstance(event, ReplyEvent):
                        services.reply(
                            agent,
                            message.ticket,
                            event.text,
                            status=event.status,
                            answering=message,
                        )
                    else:
                        services.set_status(agent, message.ticket, event.status)
        return describe(seller)
    finally:
        clock.set_now(None)


def _review(event: ReviewEvent, seller: Any, agent: Any, manager: Any) -> None:
    from sportello.helpdesk.errors import ServiceError
    from sportello.helpdesk.models import Message, Sanction, SanctionStatus
    from sportello.helpdesk.services import conduct

    message = Message.objects.filter(seller=seller, external_id=event.customer_of).first()
    if message is None or message.customer_id is None:
        raise ScenarioError(event.line, f"{event.customer_of} has no customer")
    wanted = {
        "apply": [SanctionStatus.PROPOSED],
        "dismiss": [SanctionStatus.PROPOSED],
        "confirm": [SanctionStatus.APPLIED],
        "lift": [SanctionStatus.APPLIED, SanctionStatus.CONFIRMED],
    }[event.decision]
    sanction = (
        Sanction.objects.filter(customer_id=message.customer_id, status__in=wanted)
        .order_by("-created_at", "-id")
        .first()
    )
    if sanction is None:
        raise ScenarioError(event.line, f"nothing to {event.decision} for that customer")
    try:
        if event.decision == "apply":
            conduct.apply_proposal(agent, sanction)
        elif event.decision == "dismiss":
            conduct.dismiss_proposal(agent, sanction, event.reason)
        elif event.decision == "confirm":
            conduct.confirm_sanction(manager, sanction, event.reason)
        else:
            conduct.lift_sanction(manager, sanction, event.reason)
    except ServiceError as exc:
        raise ScenarioError(event.line, str(exc)) from None


def describe(seller: Any) -> dict[str, Any]:
    """The state of a seller's helpdesk in the scenarios.md output shape."""
    from zoneinfo import ZoneInfo

    from sportello import clock, policy
    from sportello.helpdesk.models import (
        Customer,
        Direction,
        Incident,
        Message,
        NoticeState,
        OutboundNotice,
        Sanction,
        Ticket,
    )
    from sportello.helpdesk.services.queue import queue
    from sportello.helpdesk.services.sellers import rules_for

    zone = ZoneInfo(seller.time_zone)
    now = clock.now()
    rules = rules_for(seller)

    def iso(instant: datetime | None) -> str | None:
        return instant.astimezone(zone).isoformat() if instant is not None else None

    inbound = list(
        Message.objects.filter(seller=seller, direction=Direction.IN).order_by("received_at", "id")
    )
    by_ticket: dict[int, list[str]] = {}
    for message in inbound:
        if message.ticket_id is not None:
            by_ticket.setdefault(message.ticket_id, []).append(message.external_id)

    tickets = [
        {
            "ref": ticket.ref,
            "customer": ticket.customer.ref,
            "status": ticket.status,
            "messages": by_ticket.get(ticket.pk, []),
            "needs_reply": ticket.needs_reply,
            "due_at": iso(ticket.due_at) if ticket.needs_reply else None,
            "flags": ticket.flags_at(now),
            "subject": ticket.subject,
            "order": ticket.order_number or None,
        }
        for ticket in Ticket.objects.filter(seller=seller).select_related("customer").order_by("id")
    ]
    customers = [
        {
            "ref": customer.ref,
            "addresses": [f"{i.channel}:{i.address}" for i in customer.identities.order_by("id")],
            "state": policy.standing(customer.state, customer.state_since, now, rules),
            "name": customer.name,
        }
        for customer in Customer.objects.filter(seller=seller)
        .prefetch_related("identities")
        .order_by("id")
    ]
    outbound = [
        {
            "at": iso(notice.created_at),
            "kind": notice.kind,
            "channel": notice.channel,
            "to": notice.to,
            "ticket": notice.ticket.ref if notice.ticket else None,
            "in_reply_to": notice.cause.external_id if notice.cause else None,
            "state": notice.state,
        }
        for notice in OutboundNotice.objects.filter(seller=seller)
        .exclude(state=NoticeState.SUPPRESSED)
        .select_related("ticket", "cause")
        .order_by("id")
    ]
    return {
        "tickets": tickets,
        "customers": customers,
        "outbound": outbound,
        "refused": [m.external_id for m in inbound if m.ticket_id is None],
        "queue": [t.ref for t in queue(Ticket.objects.filter(seller=seller))],
        "sanctions": [
            {
                "customer": f"C-{s.customer_id}",
                "kind": s.kind,
                "status": s.status,
                "message": s.message.external_id,
                "labels": s.labels,
            }
            for s in Sanction.objects.filter(seller=seller).select_related("message").order_by("id")
        ],
        "incidents": [
            {
                "ref": i.ref,
                "customer": f"C-{i.customer_id}",
                "status": i.status,
                "messages": [m.external_id for m in i.messages.order_by("received_at", "id")],
            }
            for i in Incident.objects.filter(seller=seller).order_by("id")
        ],
        "messages": [
            {
                "id": m.external_id,
                "channel": m.channel,
                "ticket": f"T-{m.ticket_id}" if m.ticket_id else None,
                "state": m.state,
                "labels": m.labels,
            }
            for m in inbound
        ],
    }
