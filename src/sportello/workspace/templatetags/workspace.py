"""Small pieces the workspace templates share: channel icons, flags, due badges, times."""

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from django import template
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.timesince import timesince
from django.utils.translation import gettext as _

from sportello.helpdesk.models import Ticket
from sportello.workspace import display

register = template.Library()

# 24x24 outline icons, drawn with currentColor so they follow the text colour.
_ICONS = {
    "email": '<rect x="2" y="4" width="20" height="16" rx="2"/><path d="m2 6 10 7 10-7"/>',
    "web_form": '<rect x="4" y="3" width="16" height="18" rx="2"/><path d="M8 8h8M8 12h8M8 16h5"/>',
    "chat": '<path d="M21 12a8 8 0 0 1-11.6 7.1L4 21l1.9-5.4A8 8 0 1 1 21 12z"/>',
    "facebook": (
        '<rect x="3" y="3" width="18" height="18" rx="4"/>'
        '<path d="M15.5 8H14a2.5 2.5 0 0 0-2.5 2.5V21M9 13h6"/>'
    ),
    "instagram": (
        '<rect x="3" y="3" width="18" height="18" rx="5"/><circle cx="12" cy="12" r="4"/>'
        '<circle cx="17.5" cy="6.5" r="0.8"/>'
    ),
    "phone": (
        '<path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2'
        'A16 16 0 0 1 3 5a2 2 0 0 1 2-2z"/>'
    ),
    "ebay": '<path d="M5 8h14l-1 13H6L5 8z"/><path d="M9 8V6a3 3 0 0 1 6 0v2"/>',
}
_ICONS["whatsapp"] = _ICONS["phone"]
_DEFAULT_ICON = '<circle cx="12" cy="12" r="8"/>'


@register.simple_tag
def channel_icon(channel: str, with_name: bool = False) -> SafeString:
    name = display.channel_name(channel)
    drawing = mark_safe(_ICONS.get(channel, _DEFAULT_ICON))  # noqa: S308 - constants above
    label = (
        format_html('<span class="channel-name">{}</span>', name)
        if with_name
        else format_html('<span class="sr-only">{}</span>', name)
    )
    return format_html(
        '<span class="channel channel-{}" title="{}">'
        '<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false" '
        'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" '
        'stroke-linejoin="round">{}</svg>{}</span>',
        channel,
        name,
        drawing,
        label,
    )


@register.simple_tag
def flag_badges(codes: Iterable[str] | None) -> SafeString:
    return format_html_join(
        " ",
        '<span class="badge flag flag-{}" title="{}">{}</span>',
        ((flag.code, flag.title, flag.name) for flag in display.flags(codes or ())),
    )


@register.simple_tag(takes_context=True)
def ticket_flags(context: template.Context, ticket: Ticket) -> SafeString:
    """The ticket's flags as they stand now: `flood` shows while the customer's flood
    window lasts and goes away on its own."""
    now = context.get("now")
    codes = ticket.flags_at(now) if isinstance(now, datetime) else list(ticket.flags)
    return flag_badges(codes)


@register.simple_tag(takes_context=True)
def due_badge(context: template.Context, ticket: Ticket) -> SafeString:
    """'entro lun 9 mar, 15:00', coloured ok / close / late; nothing when no reply is due."""
    now = context.get("now")
    due = display.due(ticket, now) if isinstance(now, datetime) else None
    if due is None:
        return mark_safe("")
    hidden = {"ok": "", "close": _("close to the due time"), "late": _("late")}[due.state]
    return format_html(
        '<span class="due due-{}" title="{}"><time datetime="{}">{}</time>{}</span>',
        due.state,
        due.title,
        due.at.isoformat(),
        due.text,
        format_html(' <span class="sr-only">({})</span>', hidden) if hidden else "",
    )


@register.simple_tag(takes_context=True)
def waiting(context: template.Context, since: datetime | None) -> SafeString:
    """How long a ticket has waited, with the exact time as a tooltip."""
    now = context.get("now")
    if since is None or not isinstance(now, datetime):
        return mark_safe("")
    return format_html(
        '<time datetime="{}" title="{}">{}</time>',
        since.isoformat(),
        when(since),
        timesince(since, now, depth=1),
    )


@register.filter
def when(instant: datetime | None) -> str:
    """A short local time: 'lun 9 mar, 15:00' in the current time zone."""
    if instant is None:
        return ""
    return display.short_datetime(instant, timezone.get_current_timezone_name())


@register.filter
def status_label(status: str) -> str:
    return display.status_name(status)


@register.filter
def channel_label(channel: str) -> str:
    return display.channel_name(channel)


@register.filter
def notice_kind(kind: str) -> str:
    return display.notice_kind_name(kind)


@register.filter
def customer_state(state: str) -> str:
    return display.customer_state_name(state)


@register.filter
def label_name(label: str) -> str:
    return display.label_name(label)


@register.filter
def sanction_kind(kind: str) -> str:
    return display.sanction_kind_name(kind)


@register.filter
def sanction_status(status: str) -> str:
    return display.sanction_status_name(status)


@register.filter
def incident_status(status: str) -> str:
    return display.incident_status_name(status)


@register.filter
def complaint_status(status: str) -> str:
    return display.complaint_status_name(status)


@register.filter
def notice_state(state: str) -> str:
    return display.notice_state_name(state)


@register.filter
def highlight_text(text: str, spans: Sequence[Mapping[str, Any]] | None) -> SafeString:
    """The text escaped, with the evidence spans in <mark>."""
    return display.highlight(text or "", spans or [], "text")


@register.filter
def highlight_subject(subject: str, spans: Sequence[Mapping[str, Any]] | None) -> SafeString:
    return display.highlight(subject or "", spans or [], "subject")
