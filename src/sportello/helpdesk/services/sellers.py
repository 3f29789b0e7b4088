"""The shop(s) and their policy settings."""

from django.conf import settings
from django.db import transaction

from sportello import policy
from sportello.helpdesk import audit
from sportello.helpdesk.models import Seller

DEFAULT_SLUG = "negozio"


def default_seller() -> Seller:
    """The seller of a single-shop install: the first one, created on first use."""
    seller = Seller.objects.order_by("id").first()
    if seller is not None:
        return seller
    with transaction.atomic():
        seller, created = Seller.objects.get_or_create(
            slug=DEFAULT_SLUG,
            defaults={
                "name": "Il mio negozio",
                "time_zone": settings.TIME_ZONE,
            },
        )
        if created:
            audit.record("seller.created", seller=seller, subject=seller, name=seller.name)
    return seller


def rules_for(seller: Seller) -> policy.Rules:
    return policy.DEFAULT_RULES
