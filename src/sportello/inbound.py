"""The one shape every channel produces, and ingest() consumes."""

from dataclasses import dataclass, field
from datetime import datetime

CHANNELS: tuple[str, ...] = (
    "email",
    "web_form",
    "chat",
    "facebook",
    "instagram",
    "whatsapp",
    "phone",
    "ebay",
)


@dataclass(frozen=True, slots=True)
class InboundAttachment:
    filename: str
    content_type: str
    content: bytes | None = None  # None: described only (scenario files) or refused (too big)
    size: int | None = None  # bytes; defaults to len(content)
    content_id: str | None = None  # for inline images referenced from the HTML
    inline: bool = False
    problem: str | None = None  # why the content was not kept, shown to the agent

    @property
    def byte_size(self) -> int:
        if self.size is not None:
            return self.size
        return len(self.content) if self.content is not None else 0


@dataclass(frozen=True, slots=True)
class InboundMessage:
    channel: str  # one of CHANNELS
    external_id: str  # the message's id on its channel; (channel, external_id) is unique
    sender: str  # the sender's address on the channel: e-mail, page-scoped id, phone...
    received_at: datetime  # aware
    text: str = ""  # the new content, what the text layer reads
    subject: str | None = None
    name: str | None = None  # the sender's display name
    email: str | None = None  # an e-mail address the sender gave (contact form field...)
    html: str | None = None  # sanitized HTML for display, if the channel had HTML
    quoted_text: str = ""  # quoted history: kept for display, never analysed
    in_reply_to: tuple[str, ...] = ()  # ids this message answers, most specific first
    order_number: str | None = None
    ticket_ref: str | None = None  # a ticket token the adapter found (subject, plus-address)
    attachments: tuple[InboundAttachment, ...] = ()
    automatic: bool = False  # auto-reply, bounce, list mail: stored, never acknowledged
    bounce_of: str | None = None  # for a bounce: the id of our message that bounced
    recipient: str | None = None  # the address it was sent to
    raw: bytes | None = None  # the original source, kept for audit
    problems: tuple[str, ...] = ()  # what could not be read, shown to the agent
    extra: dict[str, object] = field(default_factory=dict)  # channel-specific facts

    def __post_init__(self) -> None:
        if self.channel not in CHANNELS:
            raise ValueError(
                f"unknown channel {self.channel!r}; expected one of {', '.join(CHANNELS)}"
            )
        if not self.external_id:
            raise ValueError("an inbound message needs an id on its channel")
        if self.received_at.tzinfo is None:
            raise ValueError("received_at must carry a time zone offset")
