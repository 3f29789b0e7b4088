"""The values the text layer returns. Other layers (policy, helpdesk, workspace) rely on
these shapes; change them only together with their users."""

from dataclasses import dataclass
from typing import Any

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
# the start of the rule names of evidence from the learned model ("model.threat"), as
# opposed to the hand-written rules (text/model.py)
LEARNED_RULE = "model."


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


# The analyser builds a Span for every piece of evidence and every question of every
# message; a frozen dataclass's __init__ sets each field through object.__setattr__,
# which is half the cost of reading an ordinary message's questions. These build the
# same objects by setting the slots directly (same values, same equality, same repr).
def _slot_setters(cls: type, names: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(cls.__dict__[name].__set__ for name in names)


_new = object.__new__
_SPAN_SET = _slot_setters(Span, ("label", "start", "end", "text", "rule", "field"))
_UND_SET = _slot_setters(Understanding, ("labels", "spans", "questions", "language", "discounted"))


def make_span(label: str, start: int, end: int, text: str, rule: str, field: str) -> Span:
    s = _new(Span)
    set_label, set_start, set_end, set_text, set_rule, set_field = _SPAN_SET
    set_label(s, label)
    set_start(s, start)
    set_end(s, end)
    set_text(s, text)
    set_rule(s, rule)
    set_field(s, field)
    return s


def make_understanding(
    labels: tuple[str, ...],
    spans: tuple[Span, ...],
    questions: tuple[Span, ...],
    language: str,
    discounted: tuple[Span, ...] = (),
) -> Understanding:
    u = _new(Understanding)
    set_labels, set_spans, set_questions, set_language, set_discounted = _UND_SET
    set_labels(u, labels)
    set_spans(u, spans)
    set_questions(u, questions)
    set_language(u, language)
    set_discounted(u, discounted)
    return u
