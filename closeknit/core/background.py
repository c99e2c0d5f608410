"""Short jobs that run after the response, for a small server with no task queue.

Each server process has one worker thread that runs jobs one at a time from a bounded
queue, so a request never waits on a job (on an SMTP round trip, say) and a flood of
requests can never start more than one thread, or hold more than one extra database
connection, per process. A job asked for during a request is handed to the worker only
once the response is finished (Django's request_finished signal), so it never runs while
the answer is still being made and cannot change how long that answer takes.

Jobs are best-effort: a failure is logged and never reaches the person who made the
request; a job that finds the queue full (BACKGROUND_QUEUE_SIZE) is dropped, and a job
still waiting when the server stops is lost.

With BACKGROUND_JOBS off (as in the tests), a job runs inline instead, so its effects
can be checked as soon as the call returns. Tests that turn the worker on call
`wait_for_jobs()` before checking.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.signals import request_finished, request_started
from django.db import connections

logger = logging.getLogger(__name__)

Job = tuple[Callable[..., None], dict[str, Any]]

_lock = threading.Lock()
_jobs: queue.Queue[Job] | None = None
_worker: threading.Thread | None = None
# The jobs the request being handled on this thread has asked for, until its response
# is finished; None outside a request (a CLI command, say), where jobs go straight in.
_request = threading.local()


def run_in_background(job: Callable[..., None], /, **kwargs: Any) -> None:
    """Run `job(**kwargs)` after the response. Pass plain values, never the request."""
    if not settings.BACKGROUND_JOBS:
        _run(job, kwargs)
        return
    held: list[Job] | None = getattr(_request, "held", None)
    if held is None:
        _hand_over((job, kwargs))
    else:
        held.append((job, kwargs))


def wait_for_jobs(timeout: float = 10) -> bool:
    """Wait (at most `timeout` seconds) until every job handed over so far has finished.

    Like queue.Queue.join(), with a timeout. True if they all finished in time.
    """
    jobs = _jobs
    if jobs is None:
        return True
    with jobs.all_tasks_done:
        return jobs.all_tasks_done.wait_for(lambda: not jobs.unfinished_tasks, timeout)


def hold_jobs_until_response_finished() -> None:
    """Connect the request signals (from CoreConfig.ready, before any request)."""
    request_started.connect(_request_started, dispatch_uid="closeknit-background-hold")
    request_finished.connect(_request_finished, dispatch_uid="closeknit-background-release")


def _request_started(**_: Any) -> None:
    _request_finished()  # anything an unfinished request on this thread left: never lose it
    _request.held = []


def _request_finished(**_: Any) -> None:
    held: list[Job] = getattr(_request, "held", None) or []
    _request.held = None
    for item in held:
        _hand_over(item)


def _hand_over(item: Job) -> None:
    try:
        _queue().put_nowait(item)
    except queue.Full:
        # Only the job's name: its arguments (an email, say) stay out of the log.
        logger.warning(
            "Background queue is full (%s jobs waiting): dropped a %s job.",
            settings.BACKGROUND_QUEUE_SIZE,
            item[0].__name__,
        )


def _queue() -> queue.Queue[Job]:
    """The queue, with its worker started (again) if it is not running."""
    global _jobs, _worker
    with _lock:
        if _jobs is None:
            _jobs = queue.Queue(maxsize=settings.BACKGROUND_QUEUE_SIZE)
        if _worker is None or not _worker.is_alive():
            # A daemon thread never holds up a server restart; jobs are short and best-effort.
            _worker = threading.Thread(
                target=_work, args=(_jobs,), name="closeknit-background", daemon=True
            )
            _worker.start()
        return _jobs


def _work(jobs: queue.Queue[Job]) -> None:
    while True:
        job, kwargs = jobs.get()
        try:
            _run(job, kwargs)
        finally:
            # The connections this job opened: none is left idle between jobs, where the
            # database could drop it or it would count against its limit for nothing.
            connections.close_all()
            jobs.task_done()


def _run(job: Callable[..., None], kwargs: dict[str, Any]) -> None:
    try:
        job(**kwargs)
    except Exception:
        # Jobs log their own expected failures (without personal details); this is the
        # last resort, so nothing a job raises ever reaches the request that started it,
        # or stops the worker.
        logger.exception("Background job %s failed.", job.__name__)
