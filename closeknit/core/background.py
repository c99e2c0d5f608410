"""Short jobs that run after the response, for a small server with no task queue.

A job runs on a thread of its own, so the request that started it never waits on it (on
an SMTP round trip, say), and takes the same time whatever the job finds to do. Jobs are
best-effort: a failure is logged and never reaches the person who made the request, and
a job still running when the server stops is lost.

With BACKGROUND_JOBS off (as in the tests), a job runs inline instead, so its effects
can be checked as soon as the call returns. Tests that turn threads on call
`wait_for_jobs()` before checking.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import connections

logger = logging.getLogger(__name__)

_started: list[threading.Thread] = []
_lock = threading.Lock()


def run_in_background(job: Callable[..., None], /, **kwargs: Any) -> None:
    """Run `job(**kwargs)` after the response. Pass plain values, never the request."""
    if not settings.BACKGROUND_JOBS:
        _run(job, kwargs)
        return
    # A daemon thread never holds up a server restart; jobs are short and best-effort.
    thread = threading.Thread(
        target=_run_threaded, args=(job, kwargs), name=f"closeknit-{job.__name__}", daemon=True
    )
    with _lock:
        _started[:] = [t for t in _started if t.is_alive()]
        _started.append(thread)
    thread.start()


def wait_for_jobs(timeout: float = 10) -> None:
    """Wait for the jobs started so far to finish (each for at most `timeout` seconds)."""
    with _lock:
        started = list(_started)
    for thread in started:
        thread.join(timeout)


def _run(job: Callable[..., None], kwargs: dict[str, Any]) -> None:
    try:
        job(**kwargs)
    except Exception:
        # Jobs log their own expected failures (without personal details); this is the
        # last resort, so nothing a job raises ever reaches the request that started it.
        logger.exception("Background job %s failed.", job.__name__)


def _run_threaded(job: Callable[..., None], kwargs: dict[str, Any]) -> None:
    try:
        _run(job, kwargs)
    finally:
        connections.close_all()  # this thread's own connections, opened by the job
