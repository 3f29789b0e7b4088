"""What the workspace shows: due times, channel and flag names, the merged thread, event
sentences and highlighted evidence. Read-only helpers: nothing here writes a record."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import pairwise
from typing import Any, Literal
from zoneinfo import ZoneInfo

from django.utils import formats, translation
from django.utils.functional import Promise
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from sportello.helpdesk.models import (
    CustomerState,
    Event,
    Message,
    NoticeState,
    OutboundNotice,
    Ticket,
    TicketStatus,
)

# Less than this many business hours before the due time, a ticket shows as close.
CLOSE_HOURS = 4.0

DueState = Literal["ok", "close", "late"]


@dataclass(frozen=True)
class Due:
    at: datetime
    state: DueState
    text: str  # "entro lun 9 mar, 15:00"
    title: str  # the long form, for a tooltip


def short_datetime(instant: datetime, time_zone: str) -> str:
    """'lun 9 mar, 15:00' in Italian, 'Mon 9 Mar, 15:00' in English."""
    local = instant.astimezone(ZoneInfo(time_zone))
    text = formats.date_format(local, "D j M, H:i")
    if (translation.get_language() or "it").startswith("it"):
        text = text.lower()  # Italian writes day and month names in lower case
    return text


def long_datetime(instant: datetime, time_zone: str) -> str:
    local = instant.astimezone(ZoneInfo(time_zone))
    text = formats.date_format(local, "l j F Y, H:i")
    if (translation.get_language() or "it").startswith("it"):
        text = text.lower()
    return text


def due_state(ticket: Ticket, now: datetime) -> DueState | None:
    if ticket.due_at is None:
        return None
    if now >= ticket.due_at:
        return "late"
    if ticket.seller.calendar().elapsed(now, ticket.due_at) < CLOSE_HOURS:
        return "close"
    return "ok"


def due(ticket: Ticket, now: datetime) -> Due | None:
    """The reply promise of a ticket that waits for an answer, None otherwise."""
    state = due_state(ticket, now)
    if state is None or ticket.due_at is None:
        return None
    zone = ticket.seller.time_zone
    when = short_datetime(ticket.due_at, zone)
    titles = {
        "ok": _("Reply due by %(when)s"),
        "close": _("Less than %(hours)s business hours left: reply due by %(when)s"),
        "late": _("Late: the reply was due by %(when)s"),
    }
    title = titles[state] % {"when": long_datetime(ticket.due_at, zone), "hours": int(CLOSE_HOURS)}
    return Due(
        at=ticket.due_at,
        state=state,
        text=_("by %(when)s") % {"when": when},
        title=title,
    )


CHANNEL_NAMES: Mapping[str, Promise] = {
    "email": gettext_lazy("E-mail"),
    "web_form": gettext_lazy("Contact form"),
    "chat": gettext_lazy("Chat"),
    "facebook": gettext_lazy("Facebook"),
    "instagram": gettext_lazy("Instagram"),
    "whatsapp": gettext_lazy("WhatsApp"),
    "phone": gettext_lazy("Phone"),
    "ebay": gettext_lazy("eBay"),
}


def channel_name(channel: str) -> str:
    name = CHANNEL_NAMES.get(channel)
    return str(name) if name is not None else channel


FLAG_NAMES: Mapping[str, tuple[Promise, Promise]] = {
    "flood": (
        gettext_lazy("flood"),
        gettext_lazy("More than 5 messages within an hour: nothing automatic is sent"),
    ),
    "manager": (
        gettext_lazy("manager"),
        gettext_lazy("Legal action or a request to escalate: for a manager's eyes"),
    ),
    "abuse": (
        gettext_lazy("abuse"),
        gettext_lazy("The customer wrote abusive messages"),
    ),
    "incident": (
        gettext_lazy("incident"),
        gettext_lazy("A threat: an incident is open for the managers"),
    ),
}


@dataclass(frozen=True)
class Flag:
    code: str
    name: str
    title: str


def flags(codes: Iterable[str]) -> list[Flag]:
    result = []
    for code in codes:
        code = str(code)
        if code in FLAG_NAMES:
            name, title = FLAG_NAMES[code]
            result.append(Flag(code, str(name), str(title)))
        else:
            result.append(Flag(code, code, code))
    return result


LABEL_NAMES: Mapping[str, Promise] = {
    "abusive": gettext_lazy("abusive"),
    "threat": gettext_lazy("threat"),
    "blackmail": gettext_lazy("blackmail"),
    "reputation_threat": gettext_lazy("reputation threat"),
    "legal_action": gettext_lazy("legal action"),
    "escalation_request": gettext_lazy("asks for a manager"),
    "bad_faith_assumption": gettext_lazy("assumes bad faith"),
    "chaser": gettext_lazy("chaser"),
    "urgency_claim": gettext_lazy("claims urgency"),
    "contact_info": gettext_lazy("contact details"),
    "off_platform": gettext_lazy("off the platform"),
    "marketing": gettext_lazy("marketing"),
    "question": gettext_lazy("question"),
}


def label_name(label: str) -> str:
    name = LABEL_NAMES.get(label)
    return str(name) if name is not None else label


NOTICE_KINDS: Mapping[str, Promise] = {
    "acknowledgement": gettext_lazy("acknowledgement"),
    "channel_refused": gettext_lazy("official channels reminder"),
    "abuse_warning": gettext_lazy("abuse warning"),
    "correspondence_closed": gettext_lazy("correspondence closed"),
    "complaint_conclusion": gettext_lazy("complaint conclusion"),
    "reply": gettext_lazy("reply"),
}


def notice_kind_name(kind: str) -> str:
    name = NOTICE_KINDS.get(kind)
    return str(name) if name is not None else kind


def status_name(status: str) -> str:
    try:
        return str(TicketStatus(status).label)
    except ValueError:
        return status


def customer_state_name(state: str) -> str:
    try:
        return str(CustomerState(state).label)
    except ValueError:
        return state


SANCTION_KINDS: Mapping[str, Promise] = {
    "warning": gettext_lazy("Warning"),
    "block": gettext_lazy("Block"),
}
# Short status names for badges; the model's labels are the long explanations.
SANCTION_STATUSES: Mapping[str, Promise] = {
    "proposed": gettext_lazy("proposed"),
    "applied": gettext_lazy("to review"),
    "confirmed": gettext_lazy("confirmed"),
    "lifted": gettext_lazy("lifted"),
    "dismissed": gettext_lazy("dismissed"),
}
INCIDENT_STATUSES: Mapping[str, Promise] = {
    "open": pgettext_lazy("incident status", "open"),
    "reported": gettext_lazy("reported to the authorities"),
    "closed": gettext_lazy("closed"),
}
COMPLAINT_STATUSES: Mapping[str, Promise] = {
    "open": gettext_lazy("to conclude"),
    "concluded": gettext_lazy("concluded"),
}


def _named(names: Mapping[str, Promise], code: str) -> str:
    name = names.get(code)
    return str(name) if name is not None else code


def sanction_kind_name(kind: str) -> str:
    return _named(SANCTION_KINDS, kind)


def sanction_status_name(status: str) -> str:
    return _named(SANCTION_STATUSES, status)


def incident_status_name(status: str) -> str:
    return _named(INCIDENT_STATUSES, status)


def complaint_status_name(status: str) -> str:
    return _named(COMPLAINT_STATUSES, status)


def notice_state_name(state: str) -> str:
    try:
        return str(NoticeState(state).label)
    except ValueError:
        return state


# --- Evidence spans ---------------------------------------------------------------


def highlight(text: str, spans: Sequence[Mapping[str, Any]], field: str = "text") -> SafeString:
    """`text` escaped, with the characters the text layer took as evidence in <mark>.
    Overlapping spans are fine: each stretch of text is marked with every label covering
    it. Spans that do not fit the text (stale offsets) are ignored, never trusted."""
    ranges: list[tuple[int, int, str, str]] = []
    for span in spans:
        if span.get("field", "text") != field:
            continue
        start, end = span.get("start"), span.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            continue
        if not 0 <= start < end <= len(text):
            continue
        ranges.append((start, end, str(span.get("label", "")), str(span.get("rule", ""))))
    if not ranges:
        return escape(text)
    cuts = sorted({0, len(text), *(r[0] for r in ranges), *(r[1] for r in ranges)})
    parts: list[str] = []
    for left, right in pairwise(cuts):
        piece = text[left:right]
        covering = [r for r in ranges if r[0] <= left and right <= r[1]]
        if not covering:
            parts.append(escape(piece))
            continue
        labels = list(dict.fromkeys(r[2] for r in covering))
        title = ", ".join(
            f"{label_name(label)} ({rule})" if rule else label_name(label)
            for label, rule in dict.fromkeys((r[2], r[3]) for r in covering)
        )
        classes = " ".join(f"ev-{label}" for label in labels if label.isidentifier())
        parts.append(
            format_html('<mark class="evidence {}" title="{}">{}</mark>', classes, title, piece)
        )
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped above


# --- Events -------------------------------------------------------------------------


def _actor(event: Event) -> str:
    if event.actor_label == "system":
        return _("Sportello")
    if event.actor_label == "customer":
        return _("the customer")
    return event.actor_label


def event_sentence(event: Event) -> str:
    """An event as a readable sentence in the active language; unknown verbs raw."""
    data = event.data if isinstance(event.data, dict) else {}
    params: dict[str, Any] = {
        "actor": _actor(event),
        "kind": notice_kind_name(str(data.get("kind", ""))),
        "to": data.get("to", ""),
        "old": status_name(str(data.get("old", ""))),
        "new": status_name(str(data.get("new", ""))),
        "channel": channel_name(str(data.get("channel", ""))),
        "error": data.get("error", ""),
        "diagnostic": data.get("diagnostic", "") or data.get("status", ""),
        "reason": data.get("reason", ""),
        "attempts": data.get("attempts", ""),
        "role": data.get("role", ""),
        "username": data.get("username", ""),
        "sanction": sanction_kind_name(str(data.get("kind", ""))).lower(),
        "state": customer_state_name(str(data.get("new", ""))),
        "flag": flags([str(data.get("flag", ""))])[0].name,
        "labels": ", ".join(label_name(str(label)) for label in data.get("labels") or []),
    }
    sentences: dict[str, str] = {
        "ticket.created": _("Ticket opened by a new message"),
        "ticket.message_added": _("A message joined the ticket"),
        "ticket.reopened": _("Ticket reopened by a new message"),
        "ticket.replied": _("%(actor)s replied on %(channel)s"),
        "ticket.status_changed": _("%(actor)s changed the status from “%(old)s” to “%(new)s”"),
        "ticket.merged": _("%(actor)s merged tickets"),
        "ticket.flagged": _("Ticket flagged “%(flag)s”"),
        "notice.queued": _("“%(kind)s” queued for %(to)s"),
        "notice.sent": _("“%(kind)s” delivered"),
        "notice.retrying": _("“%(kind)s” not delivered yet (attempt %(attempts)s): %(error)s"),
        "notice.failed": _("“%(kind)s” could not be delivered: %(error)s"),
        "notice.skipped": _("Automatic “%(kind)s” not sent: %(reason)s"),
        "notice.bounced": _("“%(kind)s” came back undelivered: %(diagnostic)s"),
        "ticket.requeued": _(
            "The reply did not reach the customer: the ticket is back in the queue"
        ),
        "message.received": _("Message received on %(channel)s"),
        "message.refused": _("Message refused: %(reason)s"),
        "message.unthreaded": _("Message stored without a ticket: %(reason)s"),
        "message.failed": _("Processing of a message failed: %(error)s"),
        "customer.created": _("New customer"),
        "customer.identity_added": _("New address for the customer on %(channel)s"),
        "customer.flood": _("Flood: more than 5 messages within an hour"),
        "customer.standing_changed": _("The customer is now “%(state)s”"),
        "sanction.proposed": _("Sportello proposes a %(sanction)s (%(labels)s)"),
        "sanction.more_evidence": _("Another message for the proposed %(sanction)s"),
        "sanction.applied": _("%(actor)s applied a %(sanction)s"),
        "sanction.confirmed": _("%(actor)s confirmed the %(sanction)s: %(reason)s"),
        "sanction.lifted": _("%(actor)s lifted the %(sanction)s: %(reason)s"),
        "sanction.dismissed": _("%(actor)s dismissed the proposed %(sanction)s: %(reason)s"),
        "incident.opened": _("Incident opened for the managers (%(labels)s)"),
        "incident.evidence_added": _("Another message added to the incident"),
        "incident.reported": _("%(actor)s marked the incident as reported to the authorities"),
        "incident.closed": _("%(actor)s closed the incident"),
        "incident.exported": _("%(actor)s exported the incident's evidence"),
        "customer.warned": _("The customer was warned about their tone"),
        "customer.blocked": _("The customer was blocked"),
        "customer.unblocked": _("The customer was unblocked"),
    }
    template = sentences.get(event.verb)
    if template is None:
        return event.verb
    try:
        return template % params
    except (KeyError, TypeError, ValueError):
        return event.verb


# --- The thread ---------------------------------------------------------------------

# Events the thread already shows in another form (the message itself, its delivery
# state): hidden unless the agent asks for every event.
MINOR_VERBS = frozenset({"ticket.message_added", "ticket.replied", "notice.queued", "notice.sent"})


@dataclass(frozen=True)
class ThreadItem:
    """One line of a ticket's history: a message (in or out) or an event."""

    at: datetime
    message: Message | None = None
    event: Event | None = None

    @property
    def kind(self) -> str:
        if self.event is not None:
            return "event"
        assert self.message is not None
        return str(self.message.kind)

    @property
    def delivery(self) -> OutboundNotice | None:
        if self.message is None:
            return None
        try:
            notice: OutboundNotice = self.message.delivery
        except OutboundNotice.DoesNotExist:
            return None
        return notice

    @property
    def delivery_state(self) -> str:
        notice = self.delivery
        if notice is None:
            return ""
        try:
            return str(NoticeState(notice.state).label)
        except ValueError:
            return str(notice.state)

    @property
    def text_html(self) -> SafeString:
        assert self.message is not None
        return highlight(self.message.text, self.message.spans or [], "text")

    @property
    def subject_html(self) -> SafeString:
        assert self.message is not None
        return highlight(self.message.subject, self.message.spans or [], "subject")

    @property
    def labels(self) -> list[tuple[str, str]]:
        if self.message is None:
            return []
        return [(str(label), label_name(str(label))) for label in self.message.labels or []]

    @property
    def minor(self) -> bool:
        return self.event is not None and self.event.verb in MINOR_VERBS

    @property
    def sentence(self) -> str:
        return event_sentence(self.event) if self.event is not None else ""


def thread(messages: Iterable[Message], events: Iterable[Event]) -> list[ThreadItem]:
    """Messages and events in time order; at the same instant a message comes before
    the events it caused."""
    items = [(m.received_at, 0, m.pk, ThreadItem(at=m.received_at, message=m)) for m in messages]
    items += [(e.created_at, 1, e.pk, ThreadItem(at=e.created_at, event=e)) for e in events]
    items.sort(key=lambda item: item[:3])
    return [item[3] for item in items]
