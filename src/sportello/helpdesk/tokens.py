"""Signed links that let a customer reach their request without a password."""

from django.core import signing

from sportello.helpdesk.models import Ticket

SALT = "sportello.portal.ticket"


def ticket_token(ticket: Ticket) -> str:
    return signing.dumps({"t": ticket.pk, "c": ticket.customer_id}, salt=SALT, compress=True)


def ticket_from_token(token: str) -> Ticket | None:
    """The ticket a token names, or None when the token is forged or malformed. Links do
    not expire: they are in the customer's own mailbox, like an order confirmation."""
    try:
        data = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict):
        return None
    ticket_id, customer_id = data.get("t"), data.get("c")
    if not isinstance(ticket_id, int) or not isinstance(customer_id, int):
        return None
    return (
        Ticket.objects.filter(pk=ticket_id, customer_id=customer_id)
        .select_related("customer", "seller")
        .first()
    )
