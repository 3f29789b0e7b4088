"""The e-mail channel.

Pure Python, no Django (importable without settings): `parse` (raw bytes ->
InboundMessage, `parse_email`) and its helpers, and `imap` (a small IMAP client).

A Django app (label `mailchannel`) for the rest: `models` (IMAP mailboxes), `intake`
(raw mail -> ingest(), shared by every way mail comes in), `polling` + `tasks` (IMAP),
`webhooks` (provider webhooks through anymail), `importer` (`sportello mail import`),
`compose` (OutboundNotice -> e-mail, used by `channels.outbound.EmailAdapter`).
"""

from sportello.channels.email.attachments import is_dangerous
from sportello.channels.email.parse import DEFAULT_MAX_ATTACHMENT_BYTES, parse_email

__all__ = ["DEFAULT_MAX_ATTACHMENT_BYTES", "is_dangerous", "parse_email"]
