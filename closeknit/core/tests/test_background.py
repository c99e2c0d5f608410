import logging
import threading
from typing import Any

import pytest

from closeknit.core.background import run_in_background, wait_for_jobs


def failing_job(*, seen: list[str]) -> None:
    seen.append(threading.current_thread().name)
    raise RuntimeError("the mail server went away")


@pytest.mark.parametrize("threaded", [False, True])
def test_it_logs_a_failing_job_and_never_raises(
    threaded: bool, settings: Any, caplog: pytest.LogCaptureFixture
) -> None:
    settings.BACKGROUND_JOBS = threaded
    seen: list[str] = []
    with caplog.at_level(logging.ERROR, logger="closeknit"):
        run_in_background(failing_job, seen=seen)
        wait_for_jobs()
    assert seen == ["closeknit-failing_job" if threaded else threading.current_thread().name]
    assert "Background job failing_job failed." in caplog.text
    assert "the mail server went away" in caplog.text
