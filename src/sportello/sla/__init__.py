"""Business calendars and due times (spec/sla.md). Pure Python."""

from sportello.sla.calendar import DEFAULT_CALENDAR, BusinessCalendar, due, elapsed

__all__ = ["DEFAULT_CALENDAR", "BusinessCalendar", "due", "elapsed"]
