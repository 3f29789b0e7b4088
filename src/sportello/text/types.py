"""The values the text layer returns. Other layers (policy, helpdesk, workspace) rely on
these shapes; change them only together with their users."""

from dataclasses import dataclass

LABELS: tuple[str, ...] = (
    "abusive",
    "threat",
    "blackmail",
    "reputation_threat",
    "legal_action",
    "escalation_request",
    "bad_faith_assumption",
    "chaser",
    "urgency_claim",
    "contact_info",
    "off_platform",
    "marketing",
)
ABUSE_LABELS: frozenset[str] = frozenset({"abusive", "threat", "blackmail"})
MANAGER_LABELS: frozenset[str] = frozenset({"legal_action", "escalation_request"})


@dataclass(frozen=True, slots=True)
class Span:
    """Evidence: characters [start, end) of the subject or the text."""

    label: str  # one of LABELS, or "question"
    start: int
    end: int
    text: str  # the matched characters, as written
    rule: str  # short name of the rule that matched, e.g. "insult.noun"
    field: str = "text"  # "text" or "subject"

    def as_dict(self) -> dict[str, object]:
        return {
            "label": self.label,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "rule": self.rule,
            "field": self.field,
        }


@dataclass(frozen=True, slots=True)
class Understanding:
    labels: tuple[str, ...]  # in LABELS order, no repeats
    spans: tuple[Span, ...]  # evidence for every label
    questions: tuple[Span, ...]  # label "question"
    language: str  # "it" or "en"
    # Abuse evidence found but not counted, because it is not the writer's own act:
    # quoted or reported words, negated phrases, ambiguous threat cues left alone.
    # Each span keeps the label it would have had; its rule name ends with the reason
    # (".quoted", ".reported", ".negated", ".alone", ".legal"). Never in `labels`.
    discounted: tuple[Span, ...] = ()

    def has(self, label: str) -> bool:
        return label in self.labels

    @property
    def abusive(self) -> bool:
        return not ABUSE_LABELS.isdisjoint(self.labels)
