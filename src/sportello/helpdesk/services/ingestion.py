"""ingest(): every inbound message from every channel goes through here (DESIGN.md).

1 idempotency  (channel, external id) already stored -> return it
   store        the message is written in its own transaction before anything can fail
2 identity     Customer from (channel, address) and any e-mail the sender gave
3 understand   text.analyse(subject, body)
4 decide       policy.decide(facts, understanding, snapshot)
5 apply        one transaction: ticket, events, notices, due time
6 after commit the notices are enqueued (see notices.create_outbound)
"""

import hashlib
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, connection, transaction

from sportello import clock, policy
from sportello.helpdesk import audit
from sportello.helpdesk.addresses import normalize_address, normalize_email, normalize_order
from sportello.helpdesk.models import (
    Attachment,
    Customer,
    CustomerState,
    Direction,
    Identity,
    IdentitySource,
    Message,
    MessageKind,
    MessageState,
    OutboundNotice,
    Sanction,
    Seller,
    Ticket,
    TicketStatus,
)
from sportello.helpdesk.services.conduct import open_incident, record_sanction
from sportello.helpdesk.services.notices import create_notice, record_bounce
from sportello.helpdesk.services.queue import refresh_queue_fields
from sportello.helpdesk.services.sellers import default_seller, rules_for
from sportello.inbound import InboundAttachment, InboundMessage
from sportello.text import Understanding, analyse

logger = logging.getLogger(__name__)

STANDING_NOTICE_KINDS = frozenset({"abuse_warning", "correspondence_closed"})
SUBJECT_FROM_TEXT = 80  # characters of the text that name a ticket opened without a subject


@dataclass(frozen=True)
class IngestResult:
    message: Message
    created: bool  # False: this (channel, id) was already stored; nothing was done twice
    ticket: Ticket | None = None
    decisions: tuple[policy.Decision, ...] = ()
    notices: tuple[OutboundNotice, ...] = field(default=())
    error: str = ""  # processing failed; the message is stored with state "error"


def ingest(
    inbound: InboundMessage, *, seller: Seller | None = None, notify: bool = True
) -> IngestResult:
    """`notify=False` withholds every notice the policy decides (recorded as skipped):
    for importing history, which must not write to anyone about old mail."""
    seller = seller or default_seller()
    existing = _stored(seller, inbound)
    if existing is not None:
        return IngestResult(message=existing, created=False, ticket=existing.ticket)
    try:
        with transaction.atomic():
            message = _store(seller, inbound)
    except IntegrityError:
        # A concurrent delivery of the same message won the race.
        existing = _stored(seller, inbound)
        if existing is None:
            raise
        return IngestResult(message=existing, created=False, ticket=existing.ticket)

    try:
        with transaction.atomic():
            return _process(seller, message, inbound, notify)
    except Exception as exc:
        logger.exception("processing inbound message %s failed", message.pk)
        error = f"{type(exc).__name__}: {exc}"
        with transaction.atomic():
            Message.objects.filter(pk=message.pk).update(
                state=MessageState.ERROR, problems=[*message.problems, error]
            )
            audit.record("message.failed", seller=seller, subject=message, error=error)
        message.refresh_from_db()
        return IngestResult(message=message, created=True, error=error)


def _stored(seller: Seller, inbound: InboundMessage) -> Message | None:
    return (
        Message.objects.filter(
            seller=seller, channel=inbound.channel, external_id=inbound.external_id
        )
        .select_related("ticket")
        .first()
    )


def _store(seller: Seller, inbound: InboundMessage) -> Message:
    received = inbound.received_at
    message = Message(
        seller=seller,
        direction=Direction.IN,
        kind=MessageKind.CUSTOMER,
        state=MessageState.RECEIVED,
        channel=inbound.channel,
        external_id=inbound.external_id,
        sender=normalize_address(inbound.channel, inbound.sender),
        sender_name=(inbound.name or "")[:200],
        subject=(inbound.subject or "")[:998],
        text=inbound.text,
        html=inbound.html or "",
        quoted_text=inbound.quoted_text,
        given_email=_given_email(inbound),
        in_reply_to=list(inbound.in_reply_to),
        order_number=normalize_order(inbound.order_number),
        automatic=inbound.automatic,
        received_at=received,
        problems=list(inbound.problems),
        extra=_jsonable(inbound.extra),
        created_at=clock.now(),
    )
    if inbound.raw is not None:
        digest = hashlib.sha256(inbound.raw).hexdigest()[:16]
        message.raw.save(f"{digest}.eml", ContentFile(inbound.raw), save=False)
    message.save()
    for item in inbound.attachments:
        _store_attachment(message, item)
    audit.record(
        "message.received",
        seller=seller,
        subject=message,
        channel=message.channel,
        external_id=message.external_id,
        sender=message.sender,
        text_sha256=hashlib.sha256(message.text.encode()).hexdigest(),
    )
    return message


def _store_attachment(message: Message, item: InboundAttachment) -> Attachment:
    limit = settings.SPORTELLO_MAX_ATTACHMENT_BYTES
    attachment = Attachment(
        message=message,
        filename=(item.filename or "allegato")[:255],
        content_type=(item.content_type or "application/octet-stream")[:255],
        size=item.byte_size,
        content_id=(item.content_id or "")[:255],
        inline=item.inline,
        problem=(item.problem or "")[:300],
    )
    if item.content is not None:
        if len(item.content) > limit:
            attachment.problem = f"larger than the {limit // (1024 * 1024)} MB limit: not stored"
        else:
            attachment.sha256 = hashlib.sha256(item.content).hexdigest()
            attachment.file.save(attachment.filename, ContentFile(item.content), save=False)
    attachment.save()
    return attachment


def _process(
    seller: Seller, message: Message, inbound: InboundMessage, notify: bool
) -> IngestResult:
    at = message.received_at
    customer, new_customer = resolve_customer(seller, message, at)
    understanding = _understand(message)
    snapshot = _snapshot(seller, customer, message, inbound)
    facts = policy.MessageFacts(
        channel=message.channel,
        received_at=at,
        order_number=message.order_number or None,
        automatic=message.automatic,
    )
    decisions = policy.decide(facts, understanding, snapshot, rules_for(seller))

    message.customer = customer
    message.labels = list(understanding.labels)
    message.spans = [span.as_dict() for span in understanding.spans]
    message.questions = [span.as_dict() for span in understanding.questions]
    message.language = understanding.language
    if message.automatic:
        message.state = MessageState.AUTOMATIC
    elif customer.state == CustomerState.BLOCKED:
        message.state = MessageState.BLOCKED
    else:
        message.state = MessageState.ACCEPTED
    if new_customer and understanding.language and customer.language != understanding.language:
        customer.language = understanding.language  # notices speak the customer's language
        customer.save(update_fields=["language"])

    ticket: Ticket | None = None
    notices: list[OutboundNotice] = []
    sanction: Sanction | None = None
    for decision in decisions:
        match decision:
            case policy.Refuse():
                message.state = MessageState.REFUSED
                audit.record(
                    "message.refused", seller=seller, subject=message, reason=decision.reason
                )
            case policy.StoreWithoutTicket():
                audit.record(
                    "message.unthreaded", seller=seller, subject=message, reason=decision.reason
                )
            case policy.OpenTicket():
                ticket = _open_ticket(seller, customer, message)
                audit.record(
                    "ticket.created",
                    seller=seller,
                    ticket=ticket,
                    subject=ticket,
                    message=message.pk,
                    reason=decision.reason,
                )
            case policy.AddToTicket():
                ticket = Ticket.objects.select_for_update().get(pk=decision.ticket_id)
                _add_to_ticket(ticket, message, decision)
            case policy.Flood():
                _mark_flood(customer, decision.until, message)
            case policy.ChangeStanding() | policy.ProposeStanding():
                sanction = record_sanction(
                    customer=customer,
                    message=_attached(message, ticket),
                    ticket=ticket,
                    state=decision.state,
                    labels=decision.labels,
                    reason=decision.reason,
                    proposed=isinstance(decision, policy.ProposeStanding),
                )
            case policy.FlagTicket():
                if ticket is not None and decision.flag not in ticket.flags:
                    ticket.flags = [*ticket.flags, decision.flag]
                    ticket.save(update_fields=["flags"])
                    audit.record(
                        "ticket.flagged",
                        seller=seller,
                        ticket=ticket,
                        subject=ticket,
                        flag=decision.flag,
                        reason=decision.reason,
                    )
            case policy.OpenIncident():
                open_incident(customer, ticket, _attached(message, ticket))
            case policy.SendNotice() if not notify:
                audit.record(
                    "notice.skipped",
                    seller=seller,
                    ticket=ticket,
                    subject=message,
                    kind=decision.kind,
                    reason="imported history: nothing is sent about old mail",
                )
            case policy.SendNotice():
                notice = create_notice(
                    decision.kind,
                    seller=seller,
                    customer=customer,
                    ticket=ticket,
                    cause=_attached(message, ticket),
                )
                notices.append(notice)
                if sanction is not None and decision.kind in STANDING_NOTICE_KINDS:
                    sanction.notice = notice
                    sanction.save(update_fields=["notice"])
            case policy.SkipNotice():
                audit.record(
                    "notice.skipped",
                    seller=seller,
                    ticket=ticket,
                    subject=message,
                    kind=decision.kind,
                    reason=decision.reason,
                )
            case _:
                raise TypeError(f"ingest cannot apply {decision!r}")

    message.ticket = ticket
    message.save()
    if inbound.bounce_of:
        bounce = inbound.extra.get("bounce")
        record_bounce(message, inbound.bounce_of, bounce if isinstance(bounce, dict) else {})
    if ticket is not None:
        audit.record(
            "ticket.message_added",
            seller=seller,
            ticket=ticket,
            subject=message,
            labels=message.labels,
            state=message.state,
        )
    return IngestResult(
        message=message,
        created=True,
        ticket=ticket,
        decisions=tuple(decisions),
        notices=tuple(notices),
    )


def _attached(message: Message, ticket: Ticket | None) -> Message:
    """The message saved with its ticket, before anything refers to it, so the thread
    reads in order."""
    if message.ticket_id != (ticket.pk if ticket else None) or message._state.adding:
        message.ticket = ticket
        message.save()
    return message


def _mark_flood(customer: Customer, until: datetime, message: Message) -> None:
    started = customer.flood_until is None or customer.flood_until <= message.received_at
    if customer.flood_until is None or until > customer.flood_until:
        customer.flood_until = until
        customer.save(update_fields=["flood_until"])
    if started:
        audit.record(
            "customer.flood",
            seller=customer.seller,
            subject=customer,
            message=message.pk,
            until=until,
        )


def _understand(message: Message) -> Understanding:
    return analyse(message.text, message.subject or None)


def resolve_customer(seller: Seller, message: Message, at: datetime) -> tuple[Customer, bool]:
    """spec/policy.md section 2: same channel and address, else the owner of the e-mail
    the sender gave, else a new customer. Never merged on a guess from free text."""
    identity = (
        Identity.objects.select_related("customer")
        .filter(seller=seller, channel=message.channel, address=message.sender)
        .first()
    )
    given = message.given_email
    owner = None
    if given and not (message.channel == "email" and given == message.sender):
        owner = (
            Identity.objects.select_related("customer")
            .filter(seller=seller, channel="email", address=given)
            .first()
        )
    created = False
    if identity is not None:
        customer = identity.customer
    elif owner is not None:
        customer = owner.customer
    else:
        created = True
        customer = Customer.objects.create(
            seller=seller, name=message.sender_name, created_at=at, state_since=at
        )
        audit.record(
            "customer.created",
            seller=seller,
            subject=customer,
            channel=message.channel,
            address=message.sender,
        )
    if identity is None:
        _add_identity(seller, customer, message.channel, message.sender, IdentitySource.CHANNEL, at)
    if given and owner is None and not (message.channel == "email" and given == message.sender):
        _add_identity(seller, customer, "email", given, IdentitySource.GIVEN, at)
    if not customer.name and message.sender_name:
        customer.name = message.sender_name
        customer.save(update_fields=["name"])
    if connection.features.has_select_for_update:
        # Serialise concurrent messages of one customer (SQLite serialises all writes).
        customer = Customer.objects.select_for_update().get(pk=customer.pk)
    return customer, created


def _add_identity(
    seller: Seller, customer: Customer, channel: str, address: str, source: str, at: datetime
) -> None:
    Identity.objects.create(
        seller=seller,
        customer=customer,
        channel=channel,
        address=address,
        source=source,
        created_at=at,
    )
    audit.record(
        "customer.identity_added",
        seller=seller,
        subject=customer,
        channel=channel,
        address=address,
        source=source,
    )


def _ticket_facts(ticket: Ticket) -> policy.TicketFacts:
    return policy.TicketFacts(
        id=ticket.pk,
        status=ticket.status,
        order_number=ticket.order_number or None,
        last_activity_at=ticket.last_activity_at,
    )


def _snapshot(
    seller: Seller, customer: Customer, message: Message, inbound: InboundMessage
) -> policy.Snapshot:
    reply_target = None
    candidates = [*inbound.in_reply_to, *([inbound.bounce_of] if inbound.bounce_of else [])]
    if candidates:
        found = {
            m.external_id: m.ticket
            for m in Message.objects.filter(seller=seller, external_id__in=candidates)
            .exclude(ticket=None)
            .exclude(pk=message.pk)
            .select_related("ticket")
        }
        for candidate in candidates:
            target = found.get(candidate)
            if target is not None:
                reply_target = _ticket_facts(target)
                break
    if reply_target is None and inbound.ticket_ref:
        # A ticket token is guessable, so it only threads the ticket's own customer.
        number = inbound.ticket_ref.upper().removeprefix("T-").removeprefix("T")
        if number.isdigit():
            token_ticket = Ticket.objects.filter(
                seller=seller, pk=int(number), customer=customer
            ).first()
            if token_ticket is not None:
                reply_target = _ticket_facts(token_ticket)

    open_tickets = tuple(
        _ticket_facts(t)
        for t in Ticket.objects.filter(customer=customer).exclude(status=TicketStatus.RESOLVED)
    )
    last_refusal = (
        OutboundNotice.objects.filter(
            seller=seller, channel=message.channel, to=message.sender, kind="channel_refused"
        )
        .order_by("-created_at")
        .values_list("created_at", flat=True)
        .first()
    )
    at = message.received_at
    rules = rules_for(seller)
    recent = tuple(
        Message.objects.filter(
            customer=customer,
            direction=Direction.IN,
            automatic=False,
            received_at__gt=at - rules.flood_window,
            received_at__lte=at,
        )
        .exclude(pk=message.pk)
        .order_by("received_at")
        .values_list("received_at", flat=True)[:100]
    )
    return policy.Snapshot(
        customer_state=customer.state,
        state_since=customer.state_since,
        reply_target=reply_target,
        open_tickets=open_tickets,
        last_refusal_notice_at=last_refusal,
        recent_inbound=recent,
    )


def _open_ticket(seller: Seller, customer: Customer, message: Message) -> Ticket:
    subject = message.subject.strip() or _subject_from_text(message.text)
    ticket = Ticket(
        seller=seller,
        customer=customer,
        subject=subject[:300],
        order_number=message.order_number,
        channel=message.channel,
        created_at=message.received_at,
        last_activity_at=message.received_at,
    )
    _count_customer_message(ticket, message)
    refresh_queue_fields(ticket, customer)
    ticket.save()
    return ticket


def _subject_from_text(text: str) -> str:
    """A ticket opened without a subject is named by its first line, cut at a word."""
    first_line = text.strip().splitlines()[0].strip() if text.strip() else ""
    if len(first_line) <= SUBJECT_FROM_TEXT:
        return first_line
    cut = first_line[: SUBJECT_FROM_TEXT - 1].rsplit(" ", 1)[0].rstrip(" ,;:.")
    return cut + "…"


def _add_to_ticket(ticket: Ticket, message: Message, decision: policy.AddToTicket) -> None:
    customer = message.customer
    assert customer is not None
    if decision.reopen:
        ticket.status = TicketStatus.OPEN
        audit.record(
            "ticket.reopened",
            seller=ticket.seller,
            ticket=ticket,
            subject=ticket,
            message=message.pk,
            reason=decision.reason,
        )
    elif ticket.status == TicketStatus.PENDING and not message.automatic:
        # The customer answered what the ticket was waiting for.
        ticket.status = TicketStatus.OPEN
        audit.record(
            "ticket.status_changed",
            seller=ticket.seller,
            ticket=ticket,
            subject=ticket,
            old=TicketStatus.PENDING,
            new=TicketStatus.OPEN,
            reason="the customer wrote",
        )
    if not ticket.order_number and message.order_number:
        ticket.order_number = message.order_number
    ticket.last_activity_at = max(ticket.last_activity_at, message.received_at)
    _count_customer_message(ticket, message)
    refresh_queue_fields(ticket, customer)
    ticket.save()


def _count_customer_message(ticket: Ticket, message: Message) -> None:
    """A customer message starts the reply clock unless one is already running (a chaser
    moves nothing) or an agent already answered after it (imported history)."""
    if message.automatic:
        return
    if ticket.last_reply_at is not None and message.received_at <= ticket.last_reply_at:
        return
    if ticket.waiting_since is None or message.received_at < ticket.waiting_since:
        ticket.waiting_since = message.received_at


def _given_email(inbound: InboundMessage) -> str:
    """The e-mail address the sender gave. A contact form's sender address is the e-mail
    typed into the form, so it counts as given."""
    if inbound.email:
        return normalize_email(inbound.email)
    if inbound.channel == "web_form" and "@" in inbound.sender:
        return normalize_email(inbound.sender)
    return ""


def _jsonable(value: dict[str, object]) -> dict[str, object]:
    result: dict[str, object] = json.loads(json.dumps(value, default=str))
    return result
