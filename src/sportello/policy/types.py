"""What the policy looks at (facts, a snapshot of state) and what it decides."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

ACCEPTED_CHANNELS: frozenset[str] = frozenset(
    {"email", "web_form", "chat", "facebook", "instagram"}
)
REFUSED_CHANNELS: frozenset[str] = frozenset({"whatsapp", "phone", "ebay"})


@dataclass(frozen=True, slots=True)
class Rules:
    """A seller's contact policy. The defaults are spec/policy.md."""

    accepted_channels: frozenset[str] = ACCEPTED_CHANNELS
    refusal_notice_every: timedelta = timedelta(days=7)
    flood_messages: int = 5  # more than this many inbound messages...
    flood_window: timedelta = timedelta(minutes=60)  # ...within this window is a flood
    abuse_memory: timedelta = timedelta(days=90)  # a warning counts this long
    abuse_mode: str = "automatic"  # or "suggest": an agent confirms each warning and block


@dataclass(frozen=True, slots=True)
class MessageFacts:
    """The inbound message, as the policy needs it."""

    channel: str
    received_at: datetime
    order_number: str | None = None
    automatic: bool = False  # auto-reply, bounce, list mail


@dataclass(frozen=True, slots=True)
class TicketFacts:
    id: int
    status: str  # open, pending, resolved
    order_number: str | None
    last_activity_at: datetime

    @property
    def is_open(self) -> bool:
        return self.status != "resolved"


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The state the decision depends on, read before deciding."""

    customer_state: str = "active"  # active, warned, blocked (as stored)
    state_since: datetime | None = None  # when the customer entered that state
    reply_target: TicketFacts | None = None  # ticket of the message this one answers
    open_tickets: tuple[TicketFacts, ...] = ()  # the customer's tickets not resolved
    last_refusal_notice_at: datetime | None = None  # to this sender on this channel
    # Arrival times of the customer's earlier inbound messages within the flood window.
    recent_inbound: tuple[datetime, ...] = field(default=())


# Decisions. ingest() applies them in order, in one transaction.


@dataclass(frozen=True, slots=True)
class Decision:
    reason: str


@dataclass(frozen=True, slots=True)
class Refuse(Decision):
    """Store the message, open no ticket."""


@dataclass(frozen=True, slots=True)
class OpenTicket(Decision):
    pass


@dataclass(frozen=True, slots=True)
class AddToTicket(Decision):
    ticket_id: int
    reopen: bool = False  # the ticket was resolved


@dataclass(frozen=True, slots=True)
class StoreWithoutTicket(Decision):
    """Automatic mail that answers nothing we know: kept on the customer, not queued."""


@dataclass(frozen=True, slots=True)
class SendNotice(Decision):
    kind: str  # acknowledgement, channel_refused, ...


@dataclass(frozen=True, slots=True)
class SkipNotice(Decision):
    """A notice the rules would send but something holds back; recorded, not sent."""

    kind: str


@dataclass(frozen=True, slots=True)
class Flood(Decision):
    """More messages than the flood limit: automatic notices are held back until `until`,
    and the customer's tickets show the flood mark until then."""

    until: datetime


@dataclass(frozen=True, slots=True)
class ChangeStanding(Decision):
    """The abuse protocol moves the customer to `state` (warned or blocked)."""

    state: str
    labels: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ProposeStanding(Decision):
    """In "suggest" mode: the same, waiting for an agent to confirm it."""

    state: str
    labels: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FlagTicket(Decision):
    flag: str  # manager, abuse, incident


@dataclass(frozen=True, slots=True)
class OpenIncident(Decision):
    """A threat: a candidate report to the authorities, with the evidence."""
