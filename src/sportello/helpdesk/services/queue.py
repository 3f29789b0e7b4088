"""The first-come-first-served queue (spec/policy.md section 5, spec/sla.md)."""

from django.db.models import QuerySet

from sportello.helpdesk import audit
from sportello.helpdesk.audit import Actor
from sportello.helpdesk.models import (
    Customer,
    CustomerState,
    Direction,
    MessageKind,
    OutboundNotice,
    Ticket,
    TicketStatus,
)


def refresh_queue_fields(ticket: Ticket, customer: Customer) -> None:
    """needs_reply and due_at from the ticket's clock. The caller saves."""
    ticket.needs_reply = (
        ticket.waiting_since is not None
        and ticket.status != TicketStatus.RESOLVED
        and customer.state != CustomerState.BLOCKED
    )
    if ticket.needs_reply and ticket.waiting_since is not None:
        ticket.due_at = ticket.seller.calendar().due(
            ticket.waiting_since, ticket.seller.reply_hours
        )
    else:
        ticket.due_at = None


def queue(tickets: QuerySet[Ticket]) -> QuerySet[Ticket]:
    """Tickets that need a reply, oldest unanswered message first. Nothing jumps it."""
    return (
        tickets.filter(needs_reply=True)
        .exclude(customer__state=CustomerState.BLOCKED)
        .order_by("waiting_since", "id")
    )


def requeue_undelivered_reply(notice: OutboundNotice) -> Ticket | None:
    """An agent's reply that never reached the customer (bounced, or failed for good)
    answered nothing: the ticket goes back to the queue in the place it had, waiting
    since the first customer message after the previous reply, and a resolved ticket is
    reopened. Call inside the transaction that marks `notice` failed; returns the ticket
    when it changed."""
    if notice.kind != "reply" or notice.ticket_id is None or notice.message_id is None:
        return None
    ticket = (
        Ticket.objects.select_for_update(of=("self",))
        .select_related("customer", "seller")
        .get(pk=notice.ticket_id)
    )
    sent_at = notice.created_at
    previous = (
        ticket.messages.filter(
            direction=Direction.OUT, kind=MessageKind.REPLY, received_at__lt=sent_at
        )
        .exclude(pk=notice.message_id)
        .order_by("-received_at")
        .values_list("received_at", flat=True)
        .first()
    )
    unanswered = ticket.messages.filter(
        direction=Direction.IN,
        kind=MessageKind.CUSTOMER,
        automatic=False,
        received_at__lte=sent_at,
    )
    if previous is not None:
        unanswered = unanswered.filter(received_at__gt=previous)
    first = unanswered.order_by("received_at").values_list("received_at", flat=True).first()
    waiting = first or sent_at
    if ticket.waiting_since is None or waiting < ticket.waiting_since:
        ticket.waiting_since = waiting
    refresh_queue_fields(ticket, ticket.customer)
    ticket.save()
    audit.record(
        "ticket.requeued",
        seller=ticket.seller,
        ticket=ticket,
        subject=notice,
        reason="reply_not_delivered",
        waiting_since=ticket.waiting_since.isoformat(),
    )
    if ticket.status == TicketStatus.RESOLVED:
        change_status(None, ticket, TicketStatus.OPEN)
    return ticket


def change_status(actor: Actor, ticket: Ticket, status: str) -> None:
    """Set a locked ticket's status, refresh its place in the queue, save, and record the
    change. Inside the caller's transaction; nothing happens when the status is the same."""
    old = ticket.status
    if old == status:
        return
    ticket.status = status
    refresh_queue_fields(ticket, ticket.customer)
    ticket.save()
    audit.record(
        "ticket.status_changed",
        actor=actor,
        seller=ticket.seller,
        ticket=ticket,
        subject=ticket,
        old=old,
        new=status,
    )
