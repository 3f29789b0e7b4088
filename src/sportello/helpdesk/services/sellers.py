"""The shop(s) and their policy settings."""

from dataclasses import replace

from django.conf import settings
from django.db import transaction

from sportello import policy
from sportello.helpdesk import audit
from sportello.helpdesk.audit import Actor
from sportello.helpdesk.errors import ServiceError
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
    if seller.abuse_mode == policy.DEFAULT_RULES.abuse_mode:
        return policy.DEFAULT_RULES
    return replace(policy.DEFAULT_RULES, abuse_mode=seller.abuse_mode)


MAX_CONDUCT_POLICY_CHARS = 10_000


def update_policy_settings(
    actor: Actor,
    seller: Seller,
    *,
    abuse_mode: str | None = None,
    conduct_policy: str | None = None,
) -> Seller:
    """A manager changes the shop's contact policy settings: the abuse protocol's mode and
    the respect policy quoted in its notices (empty: Sportello's default text)."""
    from sportello.helpdesk.services.conduct import require_role

    with transaction.atomic():
        require_role(actor, seller, manager=True)
        # Everything is checked before the seller changes, so a refusal changes nothing.
        changed: dict[str, list[str]] = {}
        if abuse_mode is not None and abuse_mode != seller.abuse_mode:
            if abuse_mode not in ("automatic", "suggest"):
                raise ServiceError(f"Modalità sconosciuta: {abuse_mode}")
            changed["abuse_mode"] = [seller.abuse_mode, abuse_mode]
        if conduct_policy is not None:
            conduct_policy = conduct_policy.replace("\r\n", "\n").strip()
            if len(conduct_policy) > MAX_CONDUCT_POLICY_CHARS:
                raise ServiceError(f"Il testo supera i {MAX_CONDUCT_POLICY_CHARS} caratteri.")
            if conduct_policy != seller.conduct_policy:
                changed["conduct_policy"] = [seller.conduct_policy, conduct_policy]
        for name, (_old, new) in changed.items():
            setattr(seller, name, new)
        if changed:
            seller.save(update_fields=list(changed))
            audit.record(
                "seller.policy_changed", actor=actor, seller=seller, subject=seller, changed=changed
            )
    return seller
