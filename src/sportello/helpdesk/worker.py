"""The task worker that `sportello serve` runs in a thread, and `sportello worker` runs
alone: django-tasks-db's worker loop, plus the periodic jobs (see `periodic.py`)."""

import logging
import os
import socket
import threading
import time

from django.conf import settings
from django.db import close_old_connections, connections

from sportello.helpdesk.periodic import due_jobs

logger = logging.getLogger(__name__)

DB_BACKEND = "django_tasks_db.DatabaseBackend"


class BackgroundWorker:
    def __init__(self, interval: float = 1.0) -> None:
        self.interval = interval
        self._stop = threading.Event()
        self._tasks_worker = None
        if settings.TASKS["default"]["BACKEND"] == DB_BACKEND:
            from django_tasks_db.management.commands.db_worker import Worker

            self._tasks_worker = Worker(
                queue_names=["*"],
                interval=interval,
                batch=False,
                backend_name="default",
                startup_delay=False,
                max_tasks=None,
                worker_id=f"{socket.gethostname()}-{os.getpid()}",
                excluded_queue_names=[],
            )

    def run(self) -> None:
        if self._tasks_worker is not None:
            threading.Thread(target=self._run_tasks, name="sportello-tasks", daemon=True).start()
        self._run_periodic()

    def _run_tasks(self) -> None:
        assert self._tasks_worker is not None
        try:
            while not self._stop.is_set():
                try:
                    self._tasks_worker.run()
                except Exception:
                    logger.exception("task worker crashed; restarting in 5 s")
                    time.sleep(5)
        finally:
            # a thread's database connections outlive it unless closed
            connections.close_all()

    def _run_periodic(self) -> None:
        last_run: dict[str, float] = {}
        try:
            while not self._stop.wait(self.interval):
                for job in due_jobs(last_run, time.monotonic()):
                    try:
                        close_old_connections()
                        job.run()
                    except Exception:
                        logger.exception("periodic job %s failed", job.name)
        finally:
            connections.close_all()

    def stop(self) -> None:
        self._stop.set()
        if self._tasks_worker is not None:
            self._tasks_worker.running = False
