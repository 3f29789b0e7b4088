"""`sportello sla due|elapsed`, driven through the real command entry point."""

import pytest

from sportello.cli import main
from sportello.commands import sla as sla_command
from tests.sla.test_worked_examples import WORKED_EXAMPLES


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(["sla", *argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_the_command_does_not_need_django() -> None:
    assert sla_command.NEEDS_DJANGO is False


@pytest.mark.parametrize(("received", "expected"), WORKED_EXAMPLES)
def test_due_prints_every_worked_example(
    capsys: pytest.CaptureFixture[str], received: str, expected: str
) -> None:
    assert run(capsys, "due", received) == (0, expected + "\n", "")


@pytest.mark.parametrize(("received", "expected"), WORKED_EXAMPLES)
def test_elapsed_prints_24_for_every_worked_example(
    capsys: pytest.CaptureFixture[str], received: str, expected: str
) -> None:
    assert run(capsys, "elapsed", received, expected) == (0, "24\n", "")


def test_due_accepts_z_and_prints_in_the_sellers_zone(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "due", "2026-03-03T09:00Z") == (0, "2026-03-04T10:00:00+01:00\n", "")


def test_due_without_offset_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "due", "2026-03-03T10:00")
    assert (status, out) == (2, "")
    assert "RECEIVED" in err and "no UTC offset" in err


def test_due_with_garbage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "due", "tomorrow")
    assert status == 2
    assert "RECEIVED: 'tomorrow' is not an ISO 8601 instant" in err


def test_due_with_hours_subdiv_and_tz(capsys: pytest.CaptureFixture[str]) -> None:
    friday = "2026-12-04T15:00:00+01:00"
    assert run(capsys, "due", friday, "--subdiv", "MI")[1] == "2026-12-09T15:00:00+01:00\n"
    # Nine hours use up Friday: due at the midnight that ends it.
    assert run(capsys, "due", friday, "--hours", "9")[1] == "2026-12-05T00:00:00+01:00\n"
    assert run(capsys, "due", friday, "--hours", "0.5")[1] == "2026-12-04T15:30:00+01:00\n"
    # The same instant for a seller keeping the Italian calendar from New York: 09:00 there.
    out = run(capsys, "due", friday, "--tz", "America/New_York")[1]
    assert out == "2026-12-07T09:00:00-05:00\n"
    out = run(capsys, "due", friday, "--tz", "America/New_York", "--subdiv", "MI")[1]
    assert out == "2026-12-09T09:00:00-05:00\n"


def test_due_with_closure_and_office_hours(capsys: pytest.CaptureFixture[str]) -> None:
    received = "2026-08-07T17:00:00+02:00"
    args = ["due", received, "--closure", "2026-08-10..2026-08-21", "--office-hours", "09:00-18:00"]
    assert run(capsys, *args, "--hours", "2")[1] == "2026-08-24T10:00:00+02:00\n"
    one_day = ["due", received, "--closure", "2026-08-10", "--hours", "24"]
    assert run(capsys, *one_day)[1] == "2026-08-11T17:00:00+02:00\n"


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["--tz", "Europe/Milano"], "--tz: unknown time zone"),
        (["--subdiv", "ZZ"], "--subdiv: unknown subdivision"),
        (["--country", "XX"], "--country: unknown country"),
        (["--hours", "-1"], "--hours: must be between 0"),
        (["--hours", "nan"], "--hours: must be between 0"),
        (["--hours", "tre"], "--hours: 'tre' is not a number"),
        (["--closure", "2026-08-21..2026-08-10"], "--closure: closure 2026-08-21..2026-08-10 ends"),
        (["--closure", "agosto"], "--closure: 'agosto' is not FIRST[..LAST]"),
        (["--office-hours", "18:00-09:00"], "--office-hours: office hours must open before"),
        (["--office-hours", "9-18"], "--office-hours: '9-18' is not HH:MM-HH:MM"),
    ],
)
def test_bad_options_exit_2_naming_the_option(
    capsys: pytest.CaptureFixture[str], args: list[str], field: str
) -> None:
    status, out, err = run(capsys, "due", "2026-03-03T10:00+01:00", *args)
    assert (status, out) == (2, "")
    assert field in err


def test_due_in_a_year_without_holiday_data_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "due", "2150-03-03T10:00+01:00")
    assert status == 2
    assert "known for 1870-2100 only" in err


def test_elapsed(capsys: pytest.CaptureFixture[str]) -> None:
    a, b = "2026-03-06T15:00+01:00", "2026-03-09T09:30+01:00"
    assert run(capsys, "elapsed", a, b) == (0, "18.5\n", "")
    assert run(capsys, "elapsed", b, a) == (0, "-18.5\n", "")
    assert run(capsys, "elapsed", a, b, "--office-hours", "09:00-18:00")[1] == "3.5\n"
    assert run(capsys, "elapsed", "2026-03-07T10:00Z", "2026-03-08T10:00Z")[1] == "0\n"


def test_elapsed_without_offset_names_the_argument(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "elapsed", "2026-03-06T15:00+01:00", "2026-03-09T09:30")
    assert status == 2
    assert "B: '2026-03-09T09:30' has no UTC offset" in err


def test_missing_action_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["sla"])
    assert exit_info.value.code == 2


def test_format_hours() -> None:
    assert sla_command.format_hours(24.0) == "24"
    assert sla_command.format_hours(-0.0) == "0"
    assert sla_command.format_hours(1 / 3600 / 1_000_000) == "0.0000000003"
