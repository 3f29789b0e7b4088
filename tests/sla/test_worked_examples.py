"""The worked examples of spec/sla.md and the Italian calendar facts they rely on."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from sportello.sla import BusinessCalendar, due, elapsed

ROME = ZoneInfo("Europe/Rome")

# (received, due) straight from the table in spec/sla.md.
WORKED_EXAMPLES = [
    ("2026-03-03T10:00:00+01:00", "2026-03-04T10:00:00+01:00"),  # Tue -> Wed
    ("2026-03-06T15:00:00+01:00", "2026-03-09T15:00:00+01:00"),  # Fri -> Mon
    ("2026-03-07T11:00:00+01:00", "2026-03-10T00:00:00+01:00"),  # Sat: clock starts Mon 00:00
    ("2026-04-30T12:00:00+02:00", "2026-05-04T12:00:00+02:00"),  # 1 May is a holiday
    ("2026-12-24T18:00:00+01:00", "2026-12-28T18:00:00+01:00"),  # 25 Dec holiday, 26 Dec Sat
]


@pytest.mark.parametrize(("received", "expected"), WORKED_EXAMPLES)
def test_worked_example(received: str, expected: str) -> None:
    result = due(datetime.fromisoformat(received))
    assert result.isoformat() == expected
    assert result.tzinfo == ROME


@pytest.mark.parametrize(("received", "expected"), WORKED_EXAMPLES)
def test_worked_example_takes_24_business_hours(received: str, expected: str) -> None:
    assert elapsed(datetime.fromisoformat(received), datetime.fromisoformat(expected)) == 24


def test_received_in_utc_is_answered_on_the_sellers_clock() -> None:
    result = due(datetime.fromisoformat("2026-03-03T09:00:00Z"))
    assert result.isoformat() == "2026-03-04T10:00:00+01:00"


def test_received_late_friday_utc_is_still_friday_in_rome() -> None:
    # 22:30 UTC on Friday is 23:30 in Rome: half an hour of Friday still counts.
    result = due(datetime.fromisoformat("2026-03-06T22:30:00Z"))
    assert result.isoformat() == "2026-03-09T23:30:00+01:00"


def test_received_late_sunday_utc_is_already_monday_in_rome() -> None:
    result = due(datetime.fromisoformat("2026-03-08T23:30:00Z"))
    assert result.isoformat() == "2026-03-10T00:30:00+01:00"


class TestDaylightSaving:
    """Clocks change on the last Sunday of March and October: the wall clock is kept."""

    def test_march_weekend_keeps_the_wall_clock(self) -> None:
        received = datetime.fromisoformat("2026-03-27T15:00:00+01:00")  # Friday, CET
        result = due(received)
        assert result.isoformat() == "2026-03-30T15:00:00+02:00"  # Monday, CEST
        # Only 71 absolute hours later: a naive "+72h for the weekend" would say 16:00.
        assert result - received == timedelta(hours=71)

    def test_october_weekend_keeps_the_wall_clock(self) -> None:
        received = datetime.fromisoformat("2026-10-23T15:00:00+02:00")  # Friday, CEST
        result = due(received)
        assert result.isoformat() == "2026-10-26T15:00:00+01:00"  # Monday, CET
        assert result - received == timedelta(hours=73)

    def test_received_on_the_changeover_sunday(self) -> None:
        received = datetime.fromisoformat("2026-03-29T02:30:00+01:00")  # 01:30 UTC, Sunday
        assert due(received).isoformat() == "2026-03-31T00:00:00+02:00"

    @pytest.mark.parametrize(
        ("start", "end"),
        [
            ("2026-03-27T15:00:00+01:00", "2026-03-30T15:00:00+02:00"),
            ("2026-10-23T15:00:00+02:00", "2026-10-26T15:00:00+01:00"),
        ],
    )
    def test_elapsed_across_the_weekend_is_one_business_day(self, start: str, end: str) -> None:
        assert elapsed(datetime.fromisoformat(start), datetime.fromisoformat(end)) == 24


class TestHolidays:
    def test_4_october_is_a_national_holiday_from_2026(self) -> None:
        calendar = BusinessCalendar()
        # 2026-10-04 is a Sunday; in 2027 it is a Monday and stops the clock.
        from sportello.sla.holiday_dates import public_holidays

        assert date(2026, 10, 4) in public_holidays("IT", None, 2026)
        assert date(2025, 10, 4) not in public_holidays("IT", None, 2025)
        assert not calendar.is_business_day(date(2027, 10, 4))
        received = datetime.fromisoformat("2027-10-01T10:00:00+02:00")  # Friday
        assert due(received).isoformat() == "2027-10-05T10:00:00+02:00"

    def test_milan_stops_for_sant_ambrogio(self) -> None:
        received = datetime.fromisoformat("2026-12-04T15:00:00+01:00")  # Friday
        assert due(received).isoformat() == "2026-12-07T15:00:00+01:00"
        milan = BusinessCalendar(subdiv="MI")
        # 7 Dec (Sant'Ambrogio) and 8 Dec (Immacolata) are both off in Milan.
        assert milan.due(received).isoformat() == "2026-12-09T15:00:00+01:00"
        assert not milan.is_business_day(date(2026, 12, 7))
        assert BusinessCalendar(subdiv="RM").is_business_day(date(2026, 12, 7))

    def test_rome_stops_for_saints_peter_and_paul(self) -> None:
        received = datetime.fromisoformat("2026-06-26T10:00:00+02:00")  # Friday
        assert due(received).isoformat() == "2026-06-29T10:00:00+02:00"
        rome = BusinessCalendar(subdiv="RM")
        assert rome.due(received).isoformat() == "2026-06-30T10:00:00+02:00"
        assert BusinessCalendar(subdiv="MI").is_business_day(date(2026, 6, 29))

    @pytest.mark.parametrize(
        "day",
        [date(2026, 1, 1), date(2026, 1, 6), date(2026, 4, 6), date(2026, 6, 2),
         date(2026, 12, 8), date(2026, 12, 25)],
    )  # fmt: skip
    def test_weekday_national_holidays_of_2026_are_days_off(self, day: date) -> None:
        assert day.weekday() < 5
        assert not BusinessCalendar().is_business_day(day)

    def test_ordinary_weekdays_and_weekends(self) -> None:
        calendar = BusinessCalendar()
        assert calendar.is_business_day(date(2026, 3, 3))
        assert not calendar.is_business_day(date(2026, 3, 7))
        assert not calendar.is_business_day(date(2026, 3, 8))


class TestClosures:
    AUGUST = BusinessCalendar(closures=((date(2026, 8, 10), date(2026, 8, 21)),))

    def test_closure_days_are_not_business_days(self) -> None:
        assert not self.AUGUST.is_business_day(date(2026, 8, 10))
        assert not self.AUGUST.is_business_day(date(2026, 8, 21))  # inclusive
        assert self.AUGUST.is_business_day(date(2026, 8, 7))
        assert self.AUGUST.is_business_day(date(2026, 8, 24))

    def test_message_before_the_closure_is_due_after_it(self) -> None:
        received = datetime.fromisoformat("2026-08-07T12:00:00+02:00")  # Friday
        assert due(received).isoformat() == "2026-08-10T12:00:00+02:00"
        assert self.AUGUST.due(received).isoformat() == "2026-08-24T12:00:00+02:00"

    def test_message_during_the_closure_starts_the_clock_after_it(self) -> None:
        received = datetime.fromisoformat("2026-08-12T09:00:00+02:00")
        assert self.AUGUST.due(received).isoformat() == "2026-08-25T00:00:00+02:00"
        assert self.AUGUST.elapsed(received, datetime.fromisoformat("2026-08-24T06:00+02:00")) == 6


class TestZeroHoursAndElapsed:
    def test_zero_hours_on_a_business_day_is_the_received_instant(self) -> None:
        received = datetime.fromisoformat("2026-03-03T10:17:05.123456+01:00")
        assert due(received, 0) == received

    def test_zero_hours_on_a_weekend_is_the_next_business_start(self) -> None:
        received = datetime.fromisoformat("2026-03-07T11:00:00+01:00")
        assert due(received, 0).isoformat() == "2026-03-09T00:00:00+01:00"

    def test_fractional_hours(self) -> None:
        received = datetime.fromisoformat("2026-03-06T23:00:00+01:00")
        assert due(received, 1.5).isoformat() == "2026-03-09T00:30:00+01:00"

    def test_elapsed_backwards_is_negative(self) -> None:
        a = datetime.fromisoformat("2026-03-06T15:00:00+01:00")
        b = datetime.fromisoformat("2026-03-09T15:00:00+01:00")
        assert elapsed(b, a) == -24

    def test_elapsed_over_a_weekend_only_is_zero(self) -> None:
        a = datetime.fromisoformat("2026-03-07T08:00:00+01:00")
        b = datetime.fromisoformat("2026-03-08T20:00:00+01:00")
        assert elapsed(a, b) == 0
        assert str(elapsed(b, a)) == "0.0"  # not -0.0
