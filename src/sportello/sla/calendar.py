"""Placeholder interface; the real implementation replaces the bodies."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta


@dataclass(frozen=True)
class BusinessCalendar:
    time_zone: str = "Europe/Rome"
    country: str = "IT"
    subdiv: str | None = None
    closures: tuple[tuple[date, date], ...] = ()  # inclusive ranges of closure days
    office_hours: tuple[time, time] | None = None  # None: the whole business day counts

    def is_business_day(self, day: date) -> bool:
        return day.weekday() < 5

    def due(self, received: datetime, hours: float = 24) -> datetime:
        return received + timedelta(hours=hours)

    def elapsed(self, start: datetime, end: datetime) -> float:
        return (end - start).total_seconds() / 3600


DEFAULT_CALENDAR = BusinessCalendar()


def due(
    received: datetime, hours: float = 24, calendar: BusinessCalendar = DEFAULT_CALENDAR
) -> datetime:
    return calendar.due(received, hours)


def elapsed(start: datetime, end: datetime, calendar: BusinessCalendar = DEFAULT_CALENDAR) -> float:
    return calendar.elapsed(start, end)
