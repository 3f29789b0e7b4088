"""The customer's standing under the abuse protocol (spec/policy.md section 7) and the
flood rule (section 6). Pure functions of times and states."""

from datetime import datetime

from sportello.policy.types import Rules

ACTIVE, WARNED, BLOCKED = "active", "warned", "blocked"


def standing(state: str, since: datetime | None, now: datetime, rules: Rules) -> str:
    """The state that counts now. A warning counts for `abuse_memory` (90 days): after
    that the customer is in good standing again. A block lasts until a person lifts it."""
    if state == WARNED and since is not None and now - since > rules.abuse_memory:
        return ACTIVE
    return state


def next_standing(current: str) -> str:
    """Where one more abusive message takes a customer."""
    return BLOCKED if current in (WARNED, BLOCKED) else WARNED


def flood_until(earlier: tuple[datetime, ...], at: datetime, rules: Rules) -> datetime | None:
    """With this message at `at`: if more than `flood_messages` messages fall within the
    window ending now, the instant the window stops holding that many; else None."""
    window_start = at - rules.flood_window
    times = sorted(t for t in earlier if window_start < t <= at)
    times.append(at)
    if len(times) <= rules.flood_messages:
        return None
    # The flood lasts while the (limit+1)-th newest message is still inside the window.
    anchor = times[-(rules.flood_messages + 1)]
    return anchor + rules.flood_window
