"""Office-hours mode: only opening hours on business days count."""

from datetime import date, datetime, time

import pytest

from sportello.sla import BusinessCalendar

OFFICE = BusinessCalendar(office_hours=(time(9), time(18)))


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.mark.parametrize(
    ("received", "hours", "expected"),
    [
        # Tue 10-18 is 8 h, Wed 9 h, Thu 7 h -> Thu 16:00.
        ("2026-03-03T10:00:00+01:00", 24, "2026-03-05T16:00:00+01:00"),
        # After closing: the clock starts at Wed 09:00; 9 + 9 + 6.
        ("2026-03-03T20:00:00+01:00", 24, "2026-03-06T15:00:00+01:00"),
        # Before opening: the clock starts at 09:00 the same day.
        ("2026-03-03T07:30:00+01:00", 2, "2026-03-03T11:00:00+01:00"),
        # Friday afternoon rolls over the weekend.
        ("2026-03-06T17:00:00+01:00", 2, "2026-03-09T10:00:00+01:00"),
        # Ending exactly at closing time is due at closing, not next morning.
        ("2026-03-03T17:00:00+01:00", 1, "2026-03-03T18:00:00+01:00"),
        # Saturday, zero hours: the next opening.
        ("2026-03-07T11:00:00+01:00", 0, "2026-03-09T09:00:00+01:00"),
        # At closing time the window is already shut.
        ("2026-03-03T18:00:00+01:00", 0, "2026-03-04T09:00:00+01:00"),
        # Inside hours, zero hours: the instant itself.
        ("2026-03-03T12:34:00+01:00", 0, "2026-03-03T12:34:00+01:00"),
        # Good Friday is a working day, Easter Monday 2026-04-06 is not.
        ("2026-04-03T16:00:00+02:00", 4, "2026-04-07T11:00:00+02:00"),
    ],
)
def test_due_with_office_hours(received: str, hours: float, expected: str) -> None:
    assert OFFICE.due(at(received), hours).isoformat() == expected


def test_dst_weekend_keeps_opening_hours_on_the_wall_clock() -> None:
    received = at("2026-03-27T17:00:00+01:00")  # Friday, CET
    assert OFFICE.due(received, 3).isoformat() == "2026-03-30T11:00:00+02:00"


def test_elapsed_counts_only_opening_hours() -> None:
    # Mon 08:00 to Wed 20:00: three full office days.
    assert OFFICE.elapsed(at("2026-03-02T08:00+01:00"), at("2026-03-04T20:00+01:00")) == 27
    # Mon 17:30 to Tue 09:30: half an hour each side of the night.
    assert OFFICE.elapsed(at("2026-03-02T17:30+01:00"), at("2026-03-03T09:30+01:00")) == 1


def test_is_business_time() -> None:
    assert OFFICE.is_business_time(at("2026-03-03T09:00+01:00"))
    assert not OFFICE.is_business_time(at("2026-03-03T18:00+01:00"))
    assert not OFFICE.is_business_time(at("2026-03-07T12:00+01:00"))
    assert BusinessCalendar().is_business_time(at("2026-03-03T23:59+01:00"))


def test_office_hours_combine_with_subdivision_and_closures() -> None:
    calendar = BusinessCalendar(
        subdiv="MI",
        closures=((date(2026, 12, 24), date(2026, 12, 31)),),
        office_hours=(time(9), time(13)),
    )
    # Fri 4 Dec 12:00: 1 h that day, then 7-8 Dec off in Milan, 4 h Wed 9th, 3 h Thu 10th.
    received = at("2026-12-04T12:00:00+01:00")
    assert calendar.due(received, 8).isoformat() == "2026-12-10T12:00:00+01:00"
    # Across the Christmas closure: Wed 23rd 9-13, then nothing until Mon 4 Jan (1 Jan off).
    received = at("2026-12-23T09:00:00+01:00")
    assert calendar.due(received, 5).isoformat() == "2027-01-04T10:00:00+01:00"
