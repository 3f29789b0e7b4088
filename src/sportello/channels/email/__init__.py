"""The e-mail channel: reading raw messages (`parse_email`) and, later, sending.

The reading is plain Python over the standard `email` package: no Django, no database.
"""

from sportello.channels.email.attachments import is_dangerous
from sportello.channels.email.parse import DEFAULT_MAX_ATTACHMENT_BYTES, parse_email

__all__ = ["DEFAULT_MAX_ATTACHMENT_BYTES", "is_dangerous", "parse_email"]
