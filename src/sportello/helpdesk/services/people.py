"""The shop's people: agents, managers, administrators."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.db import transaction

from sportello.helpdesk import audit
from sportello.helpdesk.audit import Actor
from sportello.helpdesk.errors import ServiceError
from sportello.helpdesk.models import Membership, Role, Seller


def add_member(
    actor: Actor,
    seller: Seller,
    username: str,
    role: str,
    *,
    password: str | None = None,
    email: str = "",
    superuser: bool = False,
) -> AbstractUser:
    """Create the user if needed and give them `role` at `seller`."""
    if role not in Role.values:
        raise ServiceError(f"Ruolo sconosciuto: {role}")
    User = get_user_model()
    with transaction.atomic():
        user, created = User.objects.get_or_create(username=username, defaults={"email": email})
        if password is not None:
            user.set_password(password)
        elif created:
            user.set_unusable_password()
        if superuser:
            user.is_staff = user.is_superuser = True
        user.save()
        Membership.objects.update_or_create(user=user, seller=seller, defaults={"role": role})
        audit.record(
            "member.added" if created else "member.updated",
            actor=actor,
            seller=seller,
            subject=user,
            username=username,
            role=role,
        )
    return user
