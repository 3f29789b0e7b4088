"""Dates as the customer reads them: '16 novembre 2026, 14:00' in Italian (lower case
month names), '16 November 2026, 14:00' in English, in the shop's time zone."""

from datetime import datetime

from django import template
from django.utils import formats, timezone, translation

register = template.Library()


@register.filter
def long_date(instant: datetime | None, with_time: bool = True) -> str:
    if instant is None:
        return ""
    local = timezone.localtime(instant)
    text = formats.date_format(local, "j F Y, H:i" if with_time else "j F Y")
    if (translation.get_language() or "it").startswith("it"):
        text = text.lower()
    return text
