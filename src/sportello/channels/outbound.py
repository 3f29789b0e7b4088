"""Sending an OutboundNotice on its channel. One adapter per channel; channels whose real
adapter is not built yet use the recording stub."""

import logging
from typing import Protocol

from django.conf import settings
from django.core.mail import EmailMessage

from sportello.helpdesk.models import OutboundNotice

logger = logging.getLogger(__name__)


class OutboundAdapter(Protocol):
    def send(self, notice: OutboundNotice) -> str:
        """Deliver it; return the id the channel gave the message ("" if none).
        Raise to report a failure (the notice is retried, then marked failed)."""
        ...


class EmailAdapter:
    def send(self, notice: OutboundNotice) -> str:
        message = notice.message
        assert message is not None
        headers: dict[str, str] = {}
        if message.external_id:
            headers["Message-ID"] = message.external_id
        cause = notice.cause
        if cause is not None and cause.channel == "email" and cause.external_id:
            references = [*cause.in_reply_to[::-1], cause.external_id]
            headers["In-Reply-To"] = cause.external_id
            headers["References"] = " ".join(dict.fromkeys(references))
        if notice.kind != "reply":
            headers["Auto-Submitted"] = "auto-replied"  # RFC 3834
        email = EmailMessage(
            subject=message.subject,
            body=message.text,
            from_email=notice.seller.support_email or settings.DEFAULT_FROM_EMAIL,
            to=[notice.to],
            headers=headers,
        )
        email.send()
        return message.external_id


class RecordingStub:
    """Stands in for a channel whose adapter does not exist yet: records the notice as
    sent and logs it, so nothing is silently dropped."""

    def send(self, notice: OutboundNotice) -> str:
        logger.info("stub %s adapter: %s to %s", notice.channel, notice.kind, notice.to)
        return ""


_ADAPTERS: dict[str, OutboundAdapter] = {"email": EmailAdapter()}


def adapter_for(channel: str) -> OutboundAdapter:
    return _ADAPTERS.get(channel, RecordingStub())
