"""Inbound mail from a provider's webhook (Mailgun, Postmark, SendGrid, Amazon SES,
Brevo, ... through django-anymail, mounted at /anymail/).

Anymail checks the request (HTTP basic auth against `ANYMAIL_WEBHOOK_SECRET`, plus the
provider's signature where it has one) before this receiver runs: a request that fails
the check gets HTTP 400 and reaches nothing here. The receiver turns the provider's
message back into its raw source and takes the same path as IMAP mail
(`intake.receive`). If storing fails the exception propagates, the provider gets HTTP
500 and sends the message again later; ingest() is idempotent, so a retry of a message
that was stored after all is recognised.

The seller is the one whose support address received the message (the envelope
recipient first, then the headers), else the default seller. The time received is the
provider's timestamp when it gives one, else now (not the sender's Date header, which
the SLA clock must not trust).
"""

import email.policy
import logging
from typing import Any

from sportello import clock
from sportello.channels.email.intake import header_recipients, receive, seller_for

logger = logging.getLogger(__name__)


def on_inbound(sender: object, event: Any, esp_name: str, **kwargs: Any) -> None:
    message = event.message
    raw = raw_source(message)
    recipients = [getattr(message, "envelope_recipient", None), *header_recipients(raw)]
    seller = seller_for(recipients)
    received_at = event.timestamp or clock.now()
    result = receive(raw, seller=seller, received_at=received_at)
    logger.info(
        "%s webhook: %s %s (message %s)",
        esp_name,
        "stored" if result.created else "already had",
        result.message.external_id,
        result.message.pk,
    )


def raw_source(message: Any) -> bytes:
    """The RFC 5322 bytes of anymail's parsed message. Generating can fail on damaged
    input; the lenient generator, then the plain text, are the fallbacks."""
    try:
        data: bytes = message.as_bytes()
        return data
    except Exception:
        logger.info("re-generating an inbound message failed; trying the lenient way")
    try:
        data = message.as_bytes(policy=email.policy.compat32)
        return data
    except Exception:
        text: str = message.as_string(policy=email.policy.compat32)
        return text.encode("utf-8", "surrogateescape")
