"""Failing mailboxes, for the banner on every workspace page: mail that is not fetched
is mail nobody answers, and the shop must not learn it from a customer."""

from django.http import HttpRequest

from sportello.channels.email.models import Mailbox
from sportello.helpdesk.access import memberships


def mailbox_alerts(request: HttpRequest) -> dict[str, list[Mailbox]]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"mailbox_alerts": []}
    sellers = memberships(user).values_list("seller_id", flat=True)
    failing = Mailbox.objects.filter(
        seller_id__in=sellers, enabled=True, consecutive_failures__gt=0
    ).order_by("pk")
    return {"mailbox_alerts": list(failing)}
