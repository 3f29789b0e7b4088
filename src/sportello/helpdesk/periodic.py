"""Jobs the worker runs every so often (mailbox polling, retries). Each job should be
quick: it enqueues tasks rather than doing long work itself."""

from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    every_seconds: float
    run: Callable[[], object]


_JOBS: dict[str, PeriodicJob] = {}


def register(
    name: str, every_seconds: float
) -> Callable[[Callable[[], object]], Callable[[], object]]:
    def decorator(func: Callable[[], object]) -> Callable[[], object]:
        _JOBS[name] = PeriodicJob(name, every_seconds, func)
        return func

    return decorator


def jobs() -> list[PeriodicJob]:
    return list(_JOBS.values())


def due_jobs(last_run: dict[str, float], now: float) -> Iterator[PeriodicJob]:
    """Jobs whose interval has passed since their last run; marks them as run."""
    for job in _JOBS.values():
        previous = last_run.get(job.name)
        if previous is None or now - previous >= job.every_seconds:
            last_run[job.name] = now
            yield job


@register("retry_queued_notices", every_seconds=300)
def retry_queued_notices() -> None:
    """Notices still queued long after creation lost their task (a crash between commit
    and enqueue): enqueue them again."""
    from datetime import timedelta

    from sportello import clock
    from sportello.helpdesk.models import NoticeState, OutboundNotice
    from sportello.helpdesk.services.notices import RETRY_DELAYS, enqueue_delivery

    stale = clock.now() - (RETRY_DELAYS[-1] + timedelta(minutes=10))
    for notice_id in OutboundNotice.objects.filter(
        state=NoticeState.QUEUED, created_at__lt=stale
    ).values_list("id", flat=True)[:500]:
        enqueue_delivery(notice_id)
