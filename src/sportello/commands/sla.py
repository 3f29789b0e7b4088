"""`sportello sla`: due times and business hours from the command line (spec/sla.md)."""

import argparse
import sys
from dataclasses import replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sportello.sla import BusinessCalendar

NAME = "sla"
HELP = "business time: due instants and elapsed business hours"
NEEDS_DJANGO = False


class InputError(Exception):
    """Bad input, reported as `field: message` with exit status 2."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")


def _calendar_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("calendar")
    group.add_argument("--tz", default="Europe/Rome", metavar="ZONE", help="IANA time zone")
    group.add_argument("--country", default="IT", metavar="CC", help="holiday country code")
    group.add_argument(
        "--subdiv", metavar="CODE", help="subdivision for local holidays, e.g. MI or RM"
    )
    group.add_argument(
        "--closure",
        action="append",
        default=[],
        metavar="FIRST[..LAST]",
        help="closure days, inclusive, e.g. 2026-08-10..2026-08-21 (repeatable)",
    )
    group.add_argument(
        "--office-hours", metavar="HH:MM-HH:MM", help="count only these hours, e.g. 09:00-18:00"
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="sla_command", metavar="ACTION", required=True)
    due = actions.add_parser("due", help="print the due instant of a message")
    due.add_argument("received", metavar="RECEIVED", help="ISO 8601 instant with an offset")
    due.add_argument("--hours", default="24", metavar="N", help="business hours (default 24)")
    _calendar_options(due)
    elapsed = actions.add_parser("elapsed", help="print the business hours from A to B")
    elapsed.add_argument("start", metavar="A", help="ISO 8601 instant with an offset")
    elapsed.add_argument("end", metavar="B", help="ISO 8601 instant with an offset")
    _calendar_options(elapsed)


def _instant(field: str, text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError(
            field, f"{text!r} is not an ISO 8601 instant, e.g. 2026-03-03T10:00+01:00"
        ) from None
    if value.tzinfo is None:
        raise InputError(
            field,
            f"{text!r} has no UTC offset; add one, e.g. 2026-03-03T10:00+01:00 or "
            "2026-03-03T09:00Z",
        )
    return value


def _closure(text: str) -> tuple[date, date]:
    first_text, _, last_text = text.partition("..")
    try:
        first = date.fromisoformat(first_text.strip())
        last = date.fromisoformat(last_text.strip()) if last_text else first
    except ValueError:
        raise InputError(
            "--closure", f"{text!r} is not FIRST[..LAST], e.g. 2026-08-10..2026-08-21"
        ) from None
    return first, last


def _office_hours(text: str) -> tuple[time, time]:
    opening, sep, closing = text.partition("-")
    try:
        if not sep:
            raise ValueError(text)
        return time.fromisoformat(opening.strip()), time.fromisoformat(closing.strip())
    except ValueError:
        raise InputError(
            "--office-hours", f"{text!r} is not HH:MM-HH:MM, e.g. 09:00-18:00"
        ) from None


def _calendar(args: argparse.Namespace) -> "BusinessCalendar":
    # Imported here: every `sportello` command imports this module, and loading the
    # holiday data costs a fifth of a second that only `sportello sla` should pay.
    from sportello.sla import BusinessCalendar

    # Built one option at a time so that an error names the option that caused it.
    try:
        calendar = BusinessCalendar(time_zone=args.tz)
    except ValueError as exc:
        raise InputError("--tz", str(exc)) from None
    steps: list[tuple[str, dict[str, object]]] = [("--country", {"country": args.country})]
    if args.subdiv is not None:
        steps.append(("--subdiv", {"subdiv": args.subdiv}))
    if args.closure:
        steps.append(("--closure", {"closures": tuple(_closure(c) for c in args.closure)}))
    if args.office_hours is not None:
        steps.append(("--office-hours", {"office_hours": _office_hours(args.office_hours)}))
    for option, change in steps:
        try:
            calendar = replace(calendar, **change)  # type: ignore[arg-type]
        except ValueError as exc:
            raise InputError(option, str(exc)) from None
    return calendar


def _hours(text: str) -> float:
    from sportello.sla.calendar import MAX_HOURS

    try:
        hours = float(text)
    except ValueError:
        raise InputError("--hours", f"{text!r} is not a number of hours") from None
    if not 0 <= hours <= MAX_HOURS:  # also refuses nan
        raise InputError("--hours", f"must be between 0 and {MAX_HOURS:g}, got {text!r}")
    return hours


def format_hours(hours: float) -> str:
    """Up to microsecond precision, without trailing zeros: 24, 71.5, -3.25."""
    text = f"{hours:.10f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _run(args: argparse.Namespace) -> str:
    calendar = _calendar(args)
    if args.sla_command == "due":
        received = _instant("RECEIVED", args.received)
        hours = _hours(args.hours)
        try:
            return calendar.due(received, hours).isoformat()
        except ValueError as exc:
            raise InputError("RECEIVED", str(exc)) from None
    start, end = _instant("A", args.start), _instant("B", args.end)
    try:
        return format_hours(calendar.elapsed(start, end))
    except ValueError as exc:
        raise InputError("A/B", str(exc)) from None


def run(args: argparse.Namespace) -> int:
    try:
        output = _run(args)
    except InputError as exc:
        print(f"sportello sla {args.sla_command}: {exc}", file=sys.stderr)
        return 2
    print(output)
    return 0
