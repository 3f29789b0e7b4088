"""Business calendars and due times (spec/sla.md).

Business time is a set of half-open windows of absolute time, one per business day:
[local 00:00, next local 00:00), or [opening, closing) in office-hours mode, both read on
the calendar's wall clock. `due()` walks those windows forward from `received`;
`elapsed()` adds up the parts of them that lie between two instants.

Decisions the spec leaves open:

- Arithmetic is done on absolute time (UTC). A business day therefore contributes its
  real length: 24 hours in Italy, where clocks change on Sundays, and 23 or 25 hours in a
  zone that changes them on a weekday. Because both functions count the same windows,
  `elapsed(r, due(r, h)) == h` holds everywhere.
- When the count ends exactly at the end of a window, `due` is that end (for example
  Tue 00:00 for a message received on Saturday), not the start of the next window.
- `due(received, 0)` is `received` when that instant is in business time, else the start
  of the next window.
- `elapsed(a, b)` with `b` before `a` is negative: `-elapsed(b, a)`. That keeps it
  additive for instants in any order, and a metric never hides a clock that went backwards.
- Weekends are Saturday and Sunday whatever the country (the spec: Monday to Friday).
"""

import math
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sportello.sla.holiday_dates import canonical_country, canonical_subdiv, public_holidays

ONE_DAY = timedelta(days=1)
ONE_HOUR = timedelta(hours=1)
# About 11 years of business days: enough for any promise, small enough that a typo on
# the command line cannot keep `due` walking for minutes.
MAX_HOURS = 100_000.0
# Per-calendar memo of day windows; cleared when full, so it stays bounded in a
# long-running process.
_WINDOW_MEMO_SIZE = 4096

Window = tuple[datetime, datetime]


def _require_aware(instant: datetime, name: str) -> None:
    if not isinstance(instant, datetime):
        raise TypeError(f"{name} must be a datetime, not {type(instant).__name__}")
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware (got naive {instant.isoformat()})")


def _hours_delta(hours: float) -> timedelta:
    if isinstance(hours, bool) or not isinstance(hours, int | float):
        raise TypeError(f"hours must be a number, not {type(hours).__name__}")
    if not math.isfinite(hours) or not 0 <= hours <= MAX_HOURS:
        raise ValueError(f"hours must be between 0 and {MAX_HOURS:g}, got {hours!r}")
    return timedelta(hours=hours)


@dataclass(frozen=True)
class BusinessCalendar:
    """A seller's business calendar. Inputs are checked on construction (ValueError);
    `subdiv` is stored as the package's code ("milano" -> "MI") and `closures` as a
    tuple, so equal calendars compare and hash equal."""

    time_zone: str = "Europe/Rome"
    country: str = "IT"
    subdiv: str | None = None
    closures: tuple[tuple[date, date], ...] = ()  # inclusive ranges of closure days
    office_hours: tuple[time, time] | None = None  # None: the whole business day counts

    _zone: ZoneInfo = field(init=False, repr=False, compare=False)
    _windows: dict[date, Window | None] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        try:
            zone = ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError, TypeError):
            raise ValueError(
                f"unknown time zone {self.time_zone!r}: use an IANA name such as 'Europe/Rome'"
            ) from None
        object.__setattr__(self, "_zone", zone)
        country = canonical_country(self.country)
        object.__setattr__(self, "country", country)
        if self.subdiv is not None:
            object.__setattr__(self, "subdiv", canonical_subdiv(country, self.subdiv))
        object.__setattr__(self, "closures", self._checked_closures())
        self._check_office_hours()

    def _checked_closures(self) -> tuple[tuple[date, date], ...]:
        checked = []
        for item in self.closures:
            try:
                first, last = item
            except (TypeError, ValueError):
                raise ValueError(
                    f"a closure is a (first, last) pair of dates, got {item!r}"
                ) from None
            for end in (first, last):
                if isinstance(end, datetime) or not isinstance(end, date):
                    raise ValueError(f"closure days must be dates, got {end!r}")
            if last < first:
                raise ValueError(
                    f"closure {first.isoformat()}..{last.isoformat()} ends before it starts"
                )
            checked.append((first, last))
        return tuple(checked)

    def _check_office_hours(self) -> None:
        if self.office_hours is None:
            return
        try:
            opening, closing = self.office_hours
        except (TypeError, ValueError):
            raise ValueError(
                f"office_hours is an (opening, closing) pair of times, got {self.office_hours!r}"
            ) from None
        for moment in (opening, closing):
            if not isinstance(moment, time) or moment.tzinfo is not None:
                raise ValueError(f"office hours must be naive times, got {moment!r}")
        if not opening < closing:
            raise ValueError(
                f"office hours must open before they close on the same day, got "
                f"{opening.isoformat()}-{closing.isoformat()}"
            )
        object.__setattr__(self, "office_hours", (opening, closing))

    # -- days -------------------------------------------------------------------------

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    def is_business_day(self, day: date) -> bool:
        """Monday to Friday, not a public holiday (with the subdivision's), not closed."""
        if isinstance(day, datetime) or not isinstance(day, date):
            raise TypeError(f"is_business_day takes a date, not {type(day).__name__}")
        if day.weekday() >= 5:
            return False
        if day in public_holidays(self.country, self.subdiv, day.year):
            return False
        return not any(first <= day <= last for first, last in self.closures)

    def _at(self, day: date, moment: time) -> datetime:
        # fold=0 picks the earlier reading of an ambiguous time and the pre-transition offset
        # for a skipped one, which for 00:00 is exactly the first instant of that day.
        return datetime.combine(day, moment, tzinfo=self._zone).astimezone(UTC)

    def _window(self, day: date) -> Window | None:
        """The business window of a local day in UTC, or None for a day off."""
        try:
            return self._windows[day]
        except KeyError:
            pass
        window: Window | None = None
        if self.is_business_day(day):
            if self.office_hours is None:
                window = (self._at(day, time(0)), self._at(day + ONE_DAY, time(0)))
            else:
                window = (self._at(day, self.office_hours[0]), self._at(day, self.office_hours[1]))
        if len(self._windows) >= _WINDOW_MEMO_SIZE:
            self._windows.clear()
        self._windows[day] = window
        return window

    def _local_day(self, instant_utc: datetime) -> date:
        return instant_utc.astimezone(self._zone).date()

    # -- instants ---------------------------------------------------------------------

    def is_business_time(self, instant: datetime) -> bool:
        """Whether the clock of the promise is running at `instant`."""
        _require_aware(instant, "instant")
        moment = instant.astimezone(UTC)
        window = self._window(self._local_day(moment))
        return window is not None and window[0] <= moment < window[1]

    def due(self, received: datetime, hours: float = 24) -> datetime:
        """The instant `hours` business hours after `received`, in the calendar's zone."""
        _require_aware(received, "received")
        remaining = _hours_delta(hours)
        cursor = received.astimezone(UTC)
        day = self._local_day(cursor)
        try:
            while True:
                window = self._window(day)
                if window is not None:
                    start, end = window
                    if cursor < start:
                        cursor = start
                    if cursor < end:
                        available = end - cursor
                        if remaining <= available:
                            return (cursor + remaining).astimezone(self._zone)
                        remaining -= available
                day += ONE_DAY
        except OverflowError:
            raise ValueError(f"{hours} business hours after {received} is out of range") from None

    def elapsed(self, start: datetime, end: datetime) -> float:
        """Business hours from `start` to `end`; negative when `end` is before `start`."""
        _require_aware(start, "start")
        _require_aware(end, "end")
        low, high = start.astimezone(UTC), end.astimezone(UTC)
        backwards = high < low
        if backwards:
            low, high = high, low
        total = timedelta(0)
        day, last = self._local_day(low), self._local_day(high)
        while day <= last:
            window = self._window(day)
            if window is not None:
                overlap = min(high, window[1]) - max(low, window[0])
                if overlap > timedelta(0):
                    total += overlap
            day += ONE_DAY
        hours = total / ONE_HOUR
        return -hours if backwards and hours else hours


DEFAULT_CALENDAR = BusinessCalendar()


def due(
    received: datetime, hours: float = 24, calendar: BusinessCalendar = DEFAULT_CALENDAR
) -> datetime:
    return calendar.due(received, hours)


def elapsed(start: datetime, end: datetime, calendar: BusinessCalendar = DEFAULT_CALENDAR) -> float:
    return calendar.elapsed(start, end)
