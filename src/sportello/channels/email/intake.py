"""Raw e-mail into the helpdesk: the one path that IMAP polling, provider webhooks and
`sportello mail import` share.

`receive(raw, seller=...)` reads the bytes with `parse_email`, makes the result storable
and hands it to `ingest()`. Bad input never loses a message:

- no sender at all: the message is filed under a placeholder address of its own,
  `sconosciuto+<hash>@sportello.invalid` (stable for the same message, so a re-fetch
  finds it), and opens its own ticket rather than joining a stranger's; nothing can be
  sent to that address, and the attempt fails visibly on the ticket;
- a sender longer than the 320 characters an address can have: the same;
- ingest() itself raising while storing (a database refusing a value...): the message
  is stored again as an unreadable one (the raw source and a decoded text), with the
  error among its problems. Only when that fails too does the exception propagate, and
  the caller leaves the message where it was (IMAP: not marked, fetched next time;
  webhook: HTTP 500, the provider retries).
"""

import email.parser
import email.policy
import hashlib
import logging
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from sportello.channels.email.charsets import guess
from sportello.channels.email.headers import Headers
from sportello.channels.email.parse import DEFAULT_MAX_ATTACHMENT_BYTES, content_id, parse_email
from sportello.channels.email.threads import split_address
from sportello.helpdesk.models import Seller
from sportello.helpdesk.services import IngestResult, default_seller, ingest
from sportello.inbound import InboundMessage

logger = logging.getLogger(__name__)

PLACEHOLDER_DOMAIN = "sportello.invalid"
MAX_ADDRESS = 320
FALLBACK_TEXT_CHARS = 200_000
_RECIPIENT_HEADERS = ("Delivered-To", "X-Original-To", "Envelope-To", "To", "Cc")


def receive(
    raw: bytes,
    *,
    seller: Seller,
    received_at: datetime | None = None,
    support_address: str | None = None,
    max_attachment_bytes: int | None = None,
    notify: bool = True,
    problems: Iterable[str] = (),
) -> IngestResult:
    """Parse and ingest one message; see the module docstring. `problems` are added to
    the parser's (e.g. "only the headers were fetched")."""
    from django.conf import settings

    limit = max_attachment_bytes or settings.SPORTELLO_MAX_ATTACHMENT_BYTES
    inbound = parse_email(
        raw,
        received_at=received_at,
        max_attachment_bytes=limit or DEFAULT_MAX_ATTACHMENT_BYTES,
        support_address=support_address or seller.support_email or None,
    )
    extra_problems = tuple(problems)
    if extra_problems:
        inbound = replace(inbound, problems=(*inbound.problems, *extra_problems))
    inbound = storable(inbound)
    try:
        return ingest(inbound, seller=seller, notify=notify)
    except Exception as exc:
        logger.exception("storing e-mail %s failed; storing it as unreadable", inbound.external_id)
        return ingest(unreadable(inbound, raw, exc), seller=seller, notify=notify)


def storable(inbound: InboundMessage) -> InboundMessage:
    """The message with a sender ingest() can file it under."""
    sender = inbound.sender
    if sender and len(sender) <= MAX_ADDRESS:
        return inbound
    problem = (
        "The sender address was too long to store"
        if sender
        else "The message had no sender address"
    )
    placeholder = placeholder_address(inbound.external_id)
    return replace(
        inbound,
        sender=placeholder,
        problems=(*inbound.problems, f"{problem}; it is filed under {placeholder}."),
    )


def placeholder_address(external_id: str) -> str:
    digest = hashlib.sha256(external_id.encode("utf-8", "replace")).hexdigest()[:16]
    return f"sconosciuto+{digest}@{PLACEHOLDER_DOMAIN}"


def is_placeholder(address: str) -> bool:
    return address.lower().endswith("@" + PLACEHOLDER_DOMAIN)


def unreadable(inbound: InboundMessage, raw: bytes, exc: BaseException) -> InboundMessage:
    """The least that can be stored: the source, its text, and why."""
    external_id = inbound.external_id if len(inbound.external_id) <= 255 else content_id(raw)
    return InboundMessage(
        channel="email",
        external_id=external_id,
        sender=placeholder_address(external_id),
        received_at=inbound.received_at,
        subject=(inbound.subject or "")[:300] or None,
        text=guess(raw[: FALLBACK_TEXT_CHARS * 2])[0][:FALLBACK_TEXT_CHARS].replace("\x00", ""),
        raw=raw,
        problems=(
            *inbound.problems,
            f"Storing the message failed ({type(exc).__name__}: {exc}); "
            "it is kept as received, without its attachments.",
        ),
    )


def header_recipients(raw: bytes) -> list[str]:
    """The recipient addresses in the headers, the delivery ones first (cheap: headers
    only)."""
    try:
        head = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
        headers = Headers(head.raw_items())
        return [address for _, address in headers.addresses(*_RECIPIENT_HEADERS)]
    except Exception:
        return []


def seller_for(recipients: Iterable[str | None]) -> Seller:
    """The seller whose support address (any plus tag, any case) received the message,
    else the default seller."""
    seen: set[str] = set()
    for address in recipients:
        if not address or "@" not in address:
            continue
        local, _, domain = split_address(address.strip().lower())
        base = f"{local}@{domain}"
        if base in seen:
            continue
        seen.add(base)
        seller = Seller.objects.filter(support_email__iexact=base).order_by("id").first()
        if seller is not None:
            return seller
    return default_seller()
