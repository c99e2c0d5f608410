import logging
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.signals import request_finished, request_started
from django.db import connections

from closeknit.accounts.models import User
from closeknit.core.background import run_in_background, wait_for_jobs

WORKER = "closeknit-background"


def failing_job(*, seen: list[str]) -> None:
    seen.append(threading.current_thread().name)
    raise RuntimeError("the mail server went away")


def noting_job(*, seen: list[str], email: str = "") -> None:
    seen.append(threading.current_thread().name)


@pytest.fixture
def worker(settings: Any) -> Iterator[None]:
    settings.BACKGROUND_JOBS = True
    yield
    assert wait_for_jobs(), "a test left a job running"


@pytest.mark.parametrize("threaded", [False, True])
def test_it_logs_a_failing_job_and_never_raises(
    threaded: bool, settings: Any, caplog: pytest.LogCaptureFixture
) -> None:
    settings.BACKGROUND_JOBS = threaded
    seen: list[str] = []
    with caplog.at_level(logging.ERROR, logger="closeknit"):
        run_in_background(failing_job, seen=seen)
        assert wait_for_jobs()
    assert seen == [WORKER if threaded else threading.current_thread().name]
    assert "Background job failing_job failed." in caplog.text
    assert "the mail server went away" in caplog.text


def test_it_runs_every_job_on_one_worker_that_outlives_failures(worker: None) -> None:
    threads: list[threading.Thread] = []

    def job(*, n: int) -> None:
        threads.append(threading.current_thread())
        if n % 2:
            raise RuntimeError("a job that fails")

    before = threading.active_count()
    for n in range(20):
        run_in_background(job, n=n)
    assert wait_for_jobs()
    assert len(threads) == 20
    assert {t.name for t in threads} == {WORKER}
    assert len(set(threads)) == 1, "the same thread, still there after every failure"
    assert threading.active_count() <= before + 1, "never a thread per job"


def test_it_drops_jobs_past_the_queue_size_and_logs_no_details(
    worker: None, settings: Any, caplog: pytest.LogCaptureFixture
) -> None:
    started, release = threading.Event(), threading.Event()

    def busy_job() -> None:
        started.set()
        release.wait(10)

    run_in_background(busy_job)
    assert started.wait(10), "the worker took the first job"
    seen: list[str] = []
    with caplog.at_level(logging.WARNING, logger="closeknit"):
        for _ in range(settings.BACKGROUND_QUEUE_SIZE + 5):
            run_in_background(noting_job, seen=seen, email="someone-4f2a@example.org")
    release.set()
    assert wait_for_jobs()
    assert len(seen) == settings.BACKGROUND_QUEUE_SIZE
    dropped = [r for r in caplog.records if "dropped" in r.getMessage()]
    assert len(dropped) == 5
    assert "dropped a noting_job job" in dropped[0].getMessage()
    assert "someone-4f2a" not in caplog.text


@pytest.mark.django_db(transaction=True)  # the worker's own connection sees the data
def test_it_closes_the_database_connections_after_each_job(worker: None, alice: User) -> None:
    used: list[Any] = []

    def reading_job(*, pk: int) -> None:
        assert User.objects.get(pk=pk) == alice
        used.append(connections["default"])  # this thread's own, opened by the query

    run_in_background(reading_job, pk=alice.pk)
    assert wait_for_jobs()
    assert len(used) == 1
    assert used[0] is not connections["default"], "the worker has a connection of its own"
    assert used[0].connection is None, "closed once the job was done"


def test_it_holds_a_requests_jobs_until_its_response_is_finished(worker: None) -> None:
    seen: list[str] = []
    request_started.send(sender=None, environ={})
    try:
        run_in_background(noting_job, seen=seen)
        assert wait_for_jobs()
        assert seen == [], "nothing runs while the response is being made"
    finally:
        request_finished.send(sender=None)
    assert wait_for_jobs()
    assert seen == [WORKER]


def test_jobs_of_a_request_that_never_finished_are_handed_over_by_the_next(
    worker: None,
) -> None:
    seen: list[str] = []
    request_started.send(sender=None, environ={})
    run_in_background(noting_job, seen=seen)
    # No request_finished (the client went away, say): the next request on this thread
    # must not drop what the last one left.
    request_started.send(sender=None, environ={})
    try:
        assert wait_for_jobs()
        assert seen == [WORKER]
    finally:
        request_finished.send(sender=None)
