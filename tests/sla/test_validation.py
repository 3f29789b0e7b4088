"""Bad calendars and bad instants are refused with a clear message."""

import math
from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from sportello.sla import BusinessCalendar, due, elapsed

RECEIVED = datetime.fromisoformat("2026-03-03T10:00:00+01:00")


def test_naive_received_is_refused() -> None:
    with pytest.raises(ValueError, match="received must be timezone-aware"):
        due(datetime(2026, 3, 3, 10))


def test_naive_elapsed_bounds_are_refused() -> None:
    with pytest.raises(ValueError, match="end must be timezone-aware"):
        elapsed(RECEIVED, datetime(2026, 3, 4, 10))
    with pytest.raises(ValueError, match="start must be timezone-aware"):
        elapsed(datetime(2026, 3, 4, 10), RECEIVED)


def test_unknown_time_zone() -> None:
    with pytest.raises(ValueError, match="unknown time zone 'Europe/Roma'"):
        BusinessCalendar(time_zone="Europe/Roma")
    with pytest.raises(ValueError, match="unknown time zone"):
        BusinessCalendar(time_zone="../etc/passwd")


def test_unknown_subdivision() -> None:
    with pytest.raises(ValueError, match="unknown subdivision 'XX' for IT"):
        BusinessCalendar(subdiv="XX")


def test_unknown_country() -> None:
    with pytest.raises(ValueError, match="unknown country 'ZZ'"):
        BusinessCalendar(country="ZZ")


def test_subdivision_spelling_is_normalised() -> None:
    assert BusinessCalendar(subdiv="mi").subdiv == "MI"
    assert BusinessCalendar(subdiv="Milano") == BusinessCalendar(subdiv="MI")
    assert hash(BusinessCalendar(subdiv="roma")) == hash(BusinessCalendar(subdiv="RM"))
    assert BusinessCalendar(country="it") == BusinessCalendar()


def test_closures_are_checked_and_stored_as_tuples() -> None:
    calendar = BusinessCalendar(closures=[[date(2026, 8, 10), date(2026, 8, 21)]])  # type: ignore[arg-type]
    assert calendar.closures == ((date(2026, 8, 10), date(2026, 8, 21)),)
    hash(calendar)
    with pytest.raises(ValueError, match="ends before it starts"):
        BusinessCalendar(closures=((date(2026, 8, 21), date(2026, 8, 10)),))
    with pytest.raises(ValueError, match="must be dates"):
        BusinessCalendar(closures=((datetime(2026, 8, 10), date(2026, 8, 21)),))
    with pytest.raises(ValueError, match="pair of dates"):
        BusinessCalendar(closures=(date(2026, 8, 10),))  # type: ignore[arg-type]


def test_office_hours_are_checked() -> None:
    with pytest.raises(ValueError, match="open before they close"):
        BusinessCalendar(office_hours=(time(18), time(9)))
    with pytest.raises(ValueError, match="open before they close"):
        BusinessCalendar(office_hours=(time(9), time(9)))
    with pytest.raises(ValueError, match="naive times"):
        BusinessCalendar(office_hours=(time(9, tzinfo=UTC), time(18)))


@pytest.mark.parametrize("hours", [-1, -0.001, math.nan, math.inf, 1e9])
def test_impossible_hours(hours: float) -> None:
    with pytest.raises(ValueError, match="hours must be between 0 and"):
        due(RECEIVED, hours)


def test_hours_must_be_a_number() -> None:
    with pytest.raises(TypeError):
        due(RECEIVED, "24")  # type: ignore[arg-type]


def test_years_the_holiday_package_does_not_know_are_refused() -> None:
    # Silently treating every weekday as a business day would be wrong.
    with pytest.raises(ValueError, match="known for 1870-2100 only"):
        due(datetime(2101, 3, 1, 10, tzinfo=UTC))


def test_is_business_day_takes_a_date() -> None:
    with pytest.raises(TypeError, match="takes a date"):
        BusinessCalendar().is_business_day(RECEIVED)


def test_fixed_offset_instants_are_accepted() -> None:
    received = datetime(2026, 3, 3, 14, 30, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert due(received).isoformat() == "2026-03-04T10:00:00+01:00"
