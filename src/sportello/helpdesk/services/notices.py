"""Outbound: the rows that say what to send, and sending them after commit."""

import html
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import make_msgid
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.template import engines
from django.template.loader import render_to_string
from django.utils import formats, translation

from sportello import clock
from sportello.helpdesk import audit
from sportello.helpdesk.audit import Actor
from sportello.helpdesk.models import (
    Customer,
    Direction,
    Message,
    MessageKind,
    MessageState,
    NoticeState,
    NoticeTemplate,
    OutboundNotice,
    Seller,
    Ticket,
)
from sportello.helpdesk.services.queue import requeue_undelivered_reply
from sportello.policy import ACCEPTED_CHANNELS

logger = logging.getLogger(__name__)

LANGUAGES = ("it", "en")
# Delivery attempts before a notice is marked failed for good, and the pause before each.
RETRY_DELAYS = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30))

CHANNEL_NAMES = {
    "it": {
        "web_form": "il modulo di contatto sul sito",
        "chat": "la chat sul sito (la nuvoletta in basso a destra)",
        "email": "l'e-mail all'indirizzo ufficiale",
        "facebook": "i messaggi diretti su Facebook",
        "instagram": "i messaggi diretti su Instagram",
    },
    "en": {
        "web_form": "the contact form on the website",
        "chat": "the chat on the website (the bubble at the bottom right)",
        "email": "e-mail to our official address",
        "facebook": "direct messages on Facebook",
        "instagram": "direct messages on Instagram",
    },
}
CHANNEL_ORDER = ("web_form", "chat", "email", "facebook", "instagram")


@dataclass(frozen=True)
class RenderedNotice:
    subject: str
    body: str


def format_due(instant: datetime, seller: Seller, language: str) -> str:
    """'lunedì 9 marzo 2026 alle 15:00', in the seller's time zone."""
    local = instant.astimezone(ZoneInfo(seller.time_zone))
    with translation.override(language):
        day = formats.date_format(local, "l j F Y")
        hour = formats.time_format(local, "H:i")
    if language == "it":
        day = day.lower()  # Italian writes day and month names in lower case
    joiner = "alle" if language == "it" else "at"
    return f"{day} {joiner} {hour}"


def render_notice(
    kind: str, language: str, context: dict[str, Any], seller: Seller | None = None
) -> RenderedNotice:
    """The seller's own template for this notice if they wrote one, else the default."""
    language = language if language in LANGUAGES else "it"
    custom = None
    if seller is not None:
        custom = NoticeTemplate.objects.filter(seller=seller, kind=kind, language=language).first()
    with translation.override(language):
        if custom is not None:
            engine = engines["django"]
            subject = engine.from_string(custom.subject).render(context)
            body = engine.from_string(custom.body).render(context)
        else:
            subject = render_to_string(f"notices/{language}/{kind}.subject.txt", context)
            body = render_to_string(f"notices/{language}/{kind}.body.txt", context)
    return RenderedNotice(
        subject=" ".join(subject.split()), body=html.unescape(body).strip() + "\n"
    )


def notice_context(
    seller: Seller, customer: Customer | None, ticket: Ticket | None, language: str
) -> dict[str, Any]:
    names = CHANNEL_NAMES.get(language, CHANNEL_NAMES["it"])
    return {
        "seller": seller,
        "customer": customer,
        "ticket": ticket,
        "due": format_due(ticket.due_at, seller, language) if ticket and ticket.due_at else "",
        "official_channels": [names[c] for c in CHANNEL_ORDER if c in ACCEPTED_CHANNELS],
        "support_email": seller.support_email or settings.DEFAULT_FROM_EMAIL,
        "conduct_policy": conduct_policy_text(seller, language),
        "portal_url": portal_url(ticket) if ticket is not None else "",
    }


def conduct_policy_text(seller: Seller, language: str) -> str:
    if seller.conduct_policy.strip():
        return seller.conduct_policy.strip()
    return render_to_string(f"notices/{language}/conduct_policy.txt", {"seller": seller}).strip()


def portal_url(ticket: Ticket) -> str:
    """The customer's page for this request: a signed link, no password."""
    from sportello.helpdesk.tokens import ticket_token

    return f"{settings.SITE_URL}/r/{ticket_token(ticket)}/"


def _outbound_id(channel: str) -> str:
    # E-mail replies thread on our Message-ID, so it exists before sending.
    if channel == "email":
        domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2] or "sportello.localhost"
        return make_msgid(idstring="sportello", domain=domain)
    return ""


def create_outbound(
    *,
    kind: str,
    seller: Seller,
    customer: Customer | None,
    ticket: Ticket | None,
    cause: Message | None,
    channel: str,
    to: str,
    subject: str,
    text: str,
    actor: Actor = None,
    message_kind: str = MessageKind.NOTICE,
) -> OutboundNotice:
    """The outbound message and its delivery row, inside the caller's transaction; the
    delivery is enqueued after commit."""
    now = clock.now()
    message = Message.objects.create(
        seller=seller,
        ticket=ticket,
        customer=customer,
        direction=Direction.OUT,
        kind=message_kind,
        state=MessageState.ACCEPTED,
        channel=channel,
        external_id=_outbound_id(channel),
        author=actor if actor is not None and actor.is_authenticated else None,  # type: ignore[misc]
        subject=subject,
        text=text,
        received_at=now,
        created_at=now,
    )
    notice = OutboundNotice.objects.create(
        seller=seller,
        ticket=ticket,
        customer=customer,
        message=message,
        cause=cause,
        kind=kind,
        channel=channel,
        to=to,
        created_at=now,
    )
    audit.record(
        "notice.queued",
        actor=actor,
        seller=seller,
        ticket=ticket,
        subject=notice,
        kind=kind,
        channel=channel,
        to=to,
    )
    transaction.on_commit(lambda: enqueue_delivery(notice.pk))
    return notice


def create_notice(
    kind: str,
    *,
    seller: Seller,
    customer: Customer,
    ticket: Ticket | None,
    cause: Message,
    extra: dict[str, Any] | None = None,
) -> OutboundNotice:
    """An automatic notice to the sender of `cause`, on the channel it came from."""
    language = customer.language if customer.language in LANGUAGES else "it"
    context = notice_context(seller, customer, ticket, language) | (extra or {})
    rendered = render_notice(kind, language, context, seller)
    return create_outbound(
        kind=kind,
        seller=seller,
        customer=customer,
        ticket=ticket,
        cause=cause,
        channel=cause.channel,
        to=cause.sender,
        subject=rendered.subject,
        text=rendered.body,
    )


def enqueue_delivery(notice_id: int, delay: timedelta | None = None) -> None:
    from sportello.helpdesk.tasks import deliver_notice

    task = deliver_notice
    try:
        if delay is not None:
            if not task.get_backend().supports_defer:
                # Left queued: the periodic job `retry_queued_notices` picks it up.
                return
            task = task.using(run_after=clock.now() + delay)
        task.enqueue(notice_id)
    except Exception:
        # The row stays queued; the periodic job `retry_queued_notices` enqueues it again.
        logger.exception("could not enqueue delivery of notice %s", notice_id)


def deliver(notice_id: int) -> str:
    """Send one notice through its channel's adapter. Returns the resulting state."""
    from sportello.channels.outbound import adapter_for

    with transaction.atomic():
        notice = (
            OutboundNotice.objects.select_for_update(of=("self",))
            .select_related("message", "ticket", "seller", "cause")
            .get(pk=notice_id)
        )
        if notice.state != NoticeState.QUEUED:
            return str(notice.state)
        notice.attempts += 1
        notice.save(update_fields=["attempts"])
    try:
        external_id = adapter_for(notice.channel).send(notice)
    except Exception as exc:
        return _delivery_failed(notice, exc)
    with transaction.atomic():
        notice.state = NoticeState.SENT
        notice.sent_at = clock.now()
        notice.last_error = ""
        notice.save(update_fields=["state", "sent_at", "last_error"])
        if external_id and notice.message and not notice.message.external_id:
            notice.message.external_id = external_id
            notice.message.save(update_fields=["external_id"])
        audit.record(
            "notice.sent",
            seller=notice.seller,
            ticket=notice.ticket,
            subject=notice,
            kind=notice.kind,
            attempts=notice.attempts,
        )
    return str(notice.state)


def _delivery_failed(notice: OutboundNotice, exc: Exception) -> str:
    error = f"{type(exc).__name__}: {exc}"
    logger.warning(
        "delivery of notice %s failed (attempt %s): %s", notice.pk, notice.attempts, error
    )
    retry = notice.attempts <= len(RETRY_DELAYS)
    with transaction.atomic():
        notice.last_error = error
        if not retry:
            notice.state = NoticeState.FAILED
        notice.save(update_fields=["last_error", "state"])
        audit.record(
            "notice.failed" if not retry else "notice.retrying",
            seller=notice.seller,
            ticket=notice.ticket,
            subject=notice,
            kind=notice.kind,
            attempts=notice.attempts,
            error=error,
        )
        if not retry:
            requeue_undelivered_reply(notice)
    if retry:
        delay = RETRY_DELAYS[notice.attempts - 1]
        transaction.on_commit(lambda: enqueue_delivery(notice.pk, delay))
    return str(notice.state)


def record_bounce(
    bounce: Message, returned_id: str, facts: dict[str, Any]
) -> OutboundNotice | None:
    """A delivery report says our message `returned_id` did not arrive: its delivery is
    marked failed with the report's diagnostic, so the agent sees it on the ticket. Call
    inside the transaction that stores `bounce`. None when `returned_id` is not one of
    our deliveries."""
    notice = (
        OutboundNotice.objects.select_for_update(of=("self",))
        .filter(
            seller=bounce.seller,
            message__direction=Direction.OUT,
            message__external_id=returned_id,
        )
        .select_related("seller", "ticket")
        .first()
    )
    if notice is None:
        return None
    diagnostic = " ".join(str(facts.get("diagnostic") or "").split())
    status = facts.get("status") or ""
    error = "Bounce: " + (diagnostic or "the recipient's mail server returned the message")
    if status and str(status) not in error:
        error += f" (status {status})"
    notice.state = NoticeState.FAILED
    notice.last_error = error
    notice.save(update_fields=["state", "last_error"])
    audit.record(
        "notice.bounced",
        seller=notice.seller,
        ticket=notice.ticket,
        subject=notice,
        kind=notice.kind,
        bounce=bounce.pk,
        recipient=facts.get("recipient") or notice.to,
        status=status,
        diagnostic=diagnostic,
    )
    requeue_undelivered_reply(notice)
    return notice
