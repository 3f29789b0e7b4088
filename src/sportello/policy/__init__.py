"""The contact policy as pure decisions over a small state snapshot (spec/policy.md)."""

from sportello.policy.decide import DEFAULT_RULES, decide, route_message
from sportello.policy.types import (
    ACCEPTED_CHANNELS,
    AddToTicket,
    Decision,
    MessageFacts,
    OpenTicket,
    Refuse,
    Rules,
    SendNotice,
    SkipNotice,
    Snapshot,
    StoreWithoutTicket,
    TicketFacts,
)

__all__ = [
    "ACCEPTED_CHANNELS",
    "DEFAULT_RULES",
    "AddToTicket",
    "Decision",
    "MessageFacts",
    "OpenTicket",
    "Refuse",
    "Rules",
    "SendNotice",
    "SkipNotice",
    "Snapshot",
    "StoreWithoutTicket",
    "TicketFacts",
    "decide",
    "route_message",
]
