"""Timing of sla.due() and sla.elapsed(): prints JSON (calls/s, microseconds per call).

.venv/bin/python bench/sla_due.py
"""

import json
import platform
import random
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from time import perf_counter

from sportello.sla import BusinessCalendar
from sportello.sla.holiday_dates import public_holidays

CALLS = 20_000


def received_instants(count: int, seed: int = 2026) -> list[datetime]:
    """Instants spread over a year, like inbound messages (weekends included)."""
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    return [start + timedelta(seconds=rng.randrange(365 * 86400)) for _ in range(count)]


def measure(call: Callable[[], object], calls: int) -> dict[str, float]:
    began = perf_counter()
    for _ in range(calls):
        call()
    seconds = perf_counter() - began
    return {
        "calls": calls,
        "calls_per_s": round(calls / seconds),
        "us_per_call": round(seconds / calls * 1e6, 2),
    }


def due_calls(calendar: BusinessCalendar, instants: list[datetime]) -> Callable[[], object]:
    received = iter(instants)
    return lambda: calendar.due(next(received))


def elapsed_calls(calendar: BusinessCalendar, instants: list[datetime]) -> Callable[[], object]:
    spans = iter([(i, i + timedelta(days=3, hours=5)) for i in instants])
    return lambda: calendar.elapsed(*next(spans))


def main() -> None:
    instants = received_instants(CALLS)
    results: dict[str, object] = {"python": platform.python_version()}

    # Cold: empty holiday cache and a fresh calendar, as for the first message of a process.
    public_holidays.cache_clear()
    fresh = BusinessCalendar(subdiv="RM")
    began = perf_counter()
    fresh.due(instants[0])
    results["first_call_us"] = round((perf_counter() - began) * 1e6, 1)

    calendars = {
        "default": BusinessCalendar(),
        "milan_office_hours": BusinessCalendar(subdiv="MI", office_hours=(time(9), time(18))),
    }
    for name, calendar in calendars.items():
        results[f"due_{name}"] = measure(due_calls(calendar, instants), CALLS)
        results[f"elapsed_3_days_{name}"] = measure(elapsed_calls(calendar, instants), CALLS)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
