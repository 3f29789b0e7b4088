"""Sending an OutboundNotice on its channel. One adapter per channel; channels whose real
adapter is not built yet use the recording stub."""

import logging
from typing import Protocol

from sportello.helpdesk.models import OutboundNotice

logger = logging.getLogger(__name__)


class OutboundAdapter(Protocol):
    def send(self, notice: OutboundNotice) -> str:
        """Deliver it; return the id the channel gave the message ("" if none).
        Raise to report a failure (the notice is retried, then marked failed)."""
        ...


class EmailAdapter:
    """Through Django's mailer (MAILERS["default"]: SMTP, or an anymail provider), as
    multipart text + HTML with threading headers; see `channels.email.compose`."""

    def send(self, notice: OutboundNotice) -> str:
        from sportello.channels.email.compose import build_email

        email = build_email(notice)
        email.send()
        return notice.message.external_id if notice.message is not None else ""


class RecordingStub:
    """Stands in for a channel whose adapter does not exist yet: records the notice as
    sent and logs it, so nothing is silently dropped."""

    def send(self, notice: OutboundNotice) -> str:
        logger.info("stub %s adapter: %s to %s", notice.channel, notice.kind, notice.to)
        return ""


_ADAPTERS: dict[str, OutboundAdapter] = {"email": EmailAdapter()}


def adapter_for(channel: str) -> OutboundAdapter:
    return _ADAPTERS.get(channel, RecordingStub())
