"""What agents do to tickets: reply, change status."""

from django.db import transaction

from sportello import clock
from sportello.helpdesk import audit
from sportello.helpdesk.audit import Actor
from sportello.helpdesk.errors import ServiceError
from sportello.helpdesk.models import (
    Direction,
    Message,
    MessageKind,
    Ticket,
    TicketStatus,
)
from sportello.helpdesk.services.notices import create_outbound
from sportello.helpdesk.services.queue import change_status, refresh_queue_fields

MAX_REPLY_CHARS = 20_000


def reply_subject(ticket: Ticket) -> str:
    subject = ticket.subject or ticket.ref
    return subject if subject.lower().startswith(("re:", "r:")) else f"Re: {subject}"


def reply(
    actor: Actor,
    ticket: Ticket,
    text: str,
    *,
    status: str | None = None,
    answering: Message | None = None,
) -> Message:
    """An agent's public reply. It answers every earlier customer message of the ticket,
    so the ticket leaves the queue until the customer writes again. It goes to the sender
    of `answering` on its channel (default: the ticket's latest customer message)."""
    text = text.strip()
    if not text:
        raise ServiceError("La risposta è vuota.")
    if len(text) > MAX_REPLY_CHARS:
        raise ServiceError(f"La risposta supera i {MAX_REPLY_CHARS} caratteri.")
    if status is not None and status not in TicketStatus.values:
        raise ServiceError(f"Stato sconosciuto: {status}")
    with transaction.atomic():
        ticket = (
            Ticket.objects.select_for_update(of=("self",))
            .select_related("customer", "seller")
            .get(pk=ticket.pk)
        )
        customer_messages = ticket.messages.filter(
            direction=Direction.IN, kind=MessageKind.CUSTOMER
        ).exclude(automatic=True)
        if answering is not None and answering.ticket_id != ticket.pk:
            raise ServiceError("Il messaggio a cui rispondi non è di questo ticket.")
        last_in = answering or customer_messages.order_by("-received_at", "-id").first()
        if last_in is None:
            raise ServiceError("Il ticket non ha messaggi del cliente a cui rispondere.")
        now = clock.now()
        notice = create_outbound(
            kind="reply",
            seller=ticket.seller,
            customer=ticket.customer,
            ticket=ticket,
            cause=last_in,
            channel=last_in.channel,
            to=last_in.sender,
            subject=reply_subject(ticket),
            text=text,
            actor=actor,
            message_kind=MessageKind.REPLY,
        )
        ticket.last_reply_at = now
        ticket.waiting_since = None
        ticket.last_activity_at = max(ticket.last_activity_at, now)
        refresh_queue_fields(ticket, ticket.customer)
        ticket.save()
        audit.record(
            "ticket.replied",
            actor=actor,
            seller=ticket.seller,
            ticket=ticket,
            subject=notice.message,
            channel=notice.channel,
        )
        if status is not None:
            change_status(actor, ticket, status)
    assert notice.message is not None
    return notice.message


def set_status(actor: Actor, ticket: Ticket, status: str) -> Ticket:
    if status not in TicketStatus.values:
        raise ServiceError(f"Stato sconosciuto: {status}")
    with transaction.atomic():
        ticket = (
            Ticket.objects.select_for_update(of=("self",))
            .select_related("customer", "seller")
            .get(pk=ticket.pk)
        )
        change_status(actor, ticket, status)
    return ticket
