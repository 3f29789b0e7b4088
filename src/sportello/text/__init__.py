"""Message understanding: labels with evidence spans, and questions. Pure Python."""

from sportello.text.analyse import analyse
from sportello.text.types import (
    ABUSE_LABELS,
    LABELS,
    LEARNED_RULE,
    MANAGER_LABELS,
    Span,
    Understanding,
)

__all__ = [
    "ABUSE_LABELS",
    "LABELS",
    "LEARNED_RULE",
    "MANAGER_LABELS",
    "Span",
    "Understanding",
    "analyse",
]
