"""The first-come-first-served queue (spec/policy.md section 5, spec/sla.md)."""

from django.db.models import QuerySet

from sportello.helpdesk.models import Customer, CustomerState, Ticket, TicketStatus


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
