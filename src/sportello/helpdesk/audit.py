"""The audit chain: every change is an Event carrying the hash of the one before it."""

import json
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models, transaction

from sportello import clock
from sportello.helpdesk.models import Event, Seller, Ticket

# Any constant works: it names the one lock that serialises appends to the chain.
_CHAIN_LOCK = 0x5350_4F52  # "SPOR"

Actor = AbstractBaseUser | AnonymousUser | None


def actor_label(actor: Actor) -> str:
    if actor is None or not actor.is_authenticated:
        return "system"
    return str(actor.get_username())


def record(
    verb: str,
    *,
    actor: Actor = None,
    seller: Seller | None = None,
    ticket: Ticket | None = None,
    subject: models.Model | None = None,
    label: str | None = None,
    **data: Any,
) -> Event:
    """Append an event. Call inside the transaction that makes the change."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("events are written inside the transaction of the change they record")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_CHAIN_LOCK])
    last = Event.objects.order_by("-id").values_list("hash", flat=True).first()
    # Round-trip the data through JSON so the hash covers exactly what is stored.
    stored = json.loads(json.dumps(data, cls=DjangoJSONEncoder))
    event = Event(
        created_at=clock.now(),
        actor=actor if actor is not None and actor.is_authenticated else None,  # type: ignore[misc]
        actor_label=label or actor_label(actor),
        verb=verb,
        seller=seller,
        ticket=ticket,
        subject_type=subject._meta.model_name if subject is not None else "",
        subject_id=subject.pk if subject is not None else None,
        data=stored,
        prev_hash=last or Event.GENESIS,
    )
    event.hash = event.compute_hash()
    event.save()
    return event


@dataclass(frozen=True)
class ChainReport:
    checked: int
    first_bad: int | None  # id of the first event whose hash or link does not hold
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.first_bad is None


def verify_chain(batch: int = 2000) -> ChainReport:
    """Recompute every hash and link, oldest first."""
    previous = Event.GENESIS
    checked = 0
    for event in Event.objects.order_by("id").iterator(chunk_size=batch):
        if event.prev_hash != previous:
            return ChainReport(checked, event.id, "does not link to the event before it")
        if event.compute_hash() != event.hash:
            return ChainReport(checked, event.id, "its content does not match its hash")
        previous = event.hash
        checked += 1
    return ChainReport(checked, None)
