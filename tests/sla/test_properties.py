"""Properties of due() and elapsed() over many calendars, zones and instants."""

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import example, given, settings
from hypothesis import strategies as st

from sportello.sla import BusinessCalendar

ROME = ZoneInfo("Europe/Rome")
CLOSURES = (
    (date(2026, 8, 10), date(2026, 8, 21)),
    (date(2026, 12, 24), date(2027, 1, 6)),
    (date(2027, 4, 1), date(2027, 4, 1)),
)
CALENDARS = [
    BusinessCalendar(),
    BusinessCalendar(subdiv="MI"),
    BusinessCalendar(subdiv="RM", closures=CLOSURES),
    BusinessCalendar(office_hours=(time(9), time(18))),
    BusinessCalendar(subdiv="MI", closures=CLOSURES, office_hours=(time(8, 30), time(12, 45))),
    BusinessCalendar(time_zone="UTC"),
    BusinessCalendar(time_zone="America/New_York", office_hours=(time(9), time(17))),
    # Egypt changes its clocks at midnight on a Friday (spring) and a Thursday (autumn):
    # business days of 23 and 25 hours, and a day whose 00:00 does not exist.
    BusinessCalendar(time_zone="Africa/Cairo"),
    BusinessCalendar(time_zone="Africa/Cairo", office_hours=(time(0), time(6))),
]
ROME_CALENDARS = [c for c in CALENDARS if c.time_zone == "Europe/Rome"]

calendars = st.sampled_from(CALENDARS)
instants = st.datetimes(
    min_value=datetime(2025, 1, 1),
    max_value=datetime(2027, 12, 31),
    timezones=st.sampled_from(
        [UTC, ROME, ZoneInfo("Africa/Cairo"), timezone(timedelta(hours=5, minutes=30))]
    ),
)
hours = st.one_of(
    st.integers(0, 24 * 12).map(float),
    st.floats(0, 24 * 12, allow_nan=False, allow_infinity=False),
)
# timedelta(hours=h) is rounded to the microsecond; 1e-9 h is 3.6 microseconds.
TOLERANCE = 1e-9


def utc(moment: datetime) -> datetime:
    """The instant, comparable: two datetimes with the same zone compare by wall clock
    and ignore `fold` (Cairo's 23:59 before the autumn change is earlier than its
    23:00 after it)."""
    return moment.astimezone(UTC)


@given(calendars, instants, instants, hours)
def test_due_is_monotonic_in_received(
    calendar: BusinessCalendar, a: datetime, b: datetime, h: float
) -> None:
    early, late = sorted((a, b), key=utc)
    assert utc(calendar.due(early, h)) <= utc(calendar.due(late, h))


@given(calendars, instants, st.timedeltas(timedelta(0), timedelta(minutes=5)), hours)
# the hour Cairo lives twice, when its clocks go back at midnight on 30 October 2025
@example(
    BusinessCalendar(time_zone="Africa/Cairo"),
    datetime(2025, 10, 30, 22, 59, tzinfo=ZoneInfo("Africa/Cairo")),
    timedelta(seconds=60),
    1.0,
)
def test_due_is_monotonic_for_close_instants(
    calendar: BusinessCalendar, received: datetime, gap: timedelta, h: float
) -> None:
    # In UTC: adding to a datetime in a zone is wall-clock arithmetic and drops `fold`.
    later = received.astimezone(UTC) + gap
    assert utc(calendar.due(received, h)) <= utc(calendar.due(later, h))


@given(calendars, instants, hours)
def test_due_is_h_business_hours_later(
    calendar: BusinessCalendar, received: datetime, h: float
) -> None:
    result = calendar.due(received, h)
    assert utc(result) >= utc(received)
    assert abs(calendar.elapsed(received, result) - h) <= TOLERANCE


@given(calendars, instants, hours)
def test_due_is_inside_or_at_the_end_of_business_time(
    calendar: BusinessCalendar, received: datetime, h: float
) -> None:
    result = calendar.due(received, h)
    if timedelta(hours=h) > timedelta(0):
        # The last microsecond counted was business time.
        assert calendar.is_business_time(result - timedelta(microseconds=1))
    else:
        assert calendar.is_business_time(result)


@given(st.sampled_from(ROME_CALENDARS), instants, hours)
def test_due_in_rome_is_on_a_business_day_or_at_midnight_after_one(
    calendar: BusinessCalendar, received: datetime, h: float
) -> None:
    local = calendar.due(received, h)
    assert local.tzinfo == ROME
    if calendar.is_business_day(local.date()):
        if calendar.office_hours is not None:
            opening, closing = calendar.office_hours
            assert opening <= local.time() <= closing
    else:
        assert local.time() == time(0)
        assert calendar.office_hours is None
        assert calendar.is_business_day(local.date() - timedelta(days=1))


@given(calendars, instants)
def test_zero_hours_in_business_time_is_received(
    calendar: BusinessCalendar, received: datetime
) -> None:
    result = calendar.due(received, 0)
    if calendar.is_business_time(received):
        # Compared in UTC: Python never finds an instant with fold=1 equal to one in
        # another zone (PEP 495), even when they are the same instant.
        assert utc(result) == utc(received)
    else:
        assert utc(result) > utc(received)
        assert calendar.elapsed(received, result) == 0


@given(
    st.sampled_from(ROME_CALENDARS),
    st.datetimes(datetime(2025, 1, 1), datetime(2027, 12, 31), timezones=st.just(ROME)),
)
def test_zero_hours_on_a_rome_business_day_is_received(
    calendar: BusinessCalendar, received: datetime
) -> None:
    if calendar.office_hours is None and calendar.is_business_day(received.date()):
        assert calendar.due(received, 0) == received


@given(calendars, instants, instants, instants)
def test_elapsed_is_additive(
    calendar: BusinessCalendar, a: datetime, b: datetime, c: datetime
) -> None:
    total = calendar.elapsed(a, c)
    assert abs(calendar.elapsed(a, b) + calendar.elapsed(b, c) - total) <= TOLERANCE


@given(calendars, instants, instants)
def test_elapsed_is_antisymmetric_and_bounded(
    calendar: BusinessCalendar, a: datetime, b: datetime
) -> None:
    forward = calendar.elapsed(a, b)
    assert calendar.elapsed(b, a) == -forward
    absolute = abs((b - a).total_seconds()) / 3600
    assert abs(forward) <= absolute + TOLERANCE


@given(calendars, instants, st.integers(0, 24 * 60 * 10), st.integers(1, 24 * 60 * 10))
def test_due_composes(calendar: BusinessCalendar, received: datetime, m1: int, m2: int) -> None:
    # Whole minutes, so that no microsecond rounding differs between the two sides.
    h1, h2 = m1 / 60, m2 / 60
    assert calendar.due(calendar.due(received, h1), h2) == calendar.due(received, h1 + h2)


# -- an independent oracle: walk quarter-hours reading the local wall clock -------------

QUARTER = timedelta(minutes=15)


def business_quarter(calendar: BusinessCalendar, start: datetime) -> bool:
    """Whether the quarter hour starting at `start` is business time, from the wall clock
    alone (every boundary of the calendars below falls on a quarter hour)."""
    local = start.astimezone(calendar.zone)
    if not calendar.is_business_day(local.date()):
        return False
    if calendar.office_hours is None:
        return True
    opening, closing = calendar.office_hours
    return opening <= local.time().replace(tzinfo=None) < closing


quarters = st.integers(0, 4 * 24 * 365 * 2).map(
    lambda n: datetime(2025, 12, 1, tzinfo=UTC) + n * QUARTER
)


@settings(max_examples=60)
@given(calendars, quarters, st.integers(0, 4 * 24 * 9))
def test_elapsed_matches_a_quarter_hour_walk(
    calendar: BusinessCalendar, start: datetime, steps: int
) -> None:
    counted = sum(business_quarter(calendar, start + i * QUARTER) for i in range(steps))
    assert calendar.elapsed(start, start + steps * QUARTER) == counted / 4


@settings(max_examples=60)
@given(calendars, quarters, st.integers(0, 4 * 24 * 3))
def test_due_matches_a_quarter_hour_walk(
    calendar: BusinessCalendar, received: datetime, wanted: int
) -> None:
    moment, counted = received, 0
    while counted < wanted or (wanted == 0 and not business_quarter(calendar, moment)):
        counted += business_quarter(calendar, moment)
        moment += QUARTER
    assert calendar.due(received, wanted / 4) == moment
