"""Start the real server (`closeknit serve`) on a free port, for browser tests and benchmarks."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .postgres import free_port


@contextmanager
def running_server(
    *, data_dir: Path | None = None, env: dict[str, str] | None = None, workers: int = 2
) -> Iterator[str]:
    """Migrate a fresh data folder and serve it; yields the base URL."""
    folder = data_dir or Path(tempfile.mkdtemp(prefix="closeknit-live-"))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("CLOSEKNIT_") and k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    server_env = {
        **clean,
        "CLOSEKNIT_DATA_DIR": str(folder),
        "CLOSEKNIT_BASE_URL": base,
        **(env or {}),
    }
    cli = [sys.executable, "-m", "closeknit.cli"]
    subprocess.run([*cli, "migrate", "--verbosity", "0"], env=server_env, check=True)
    log = open(folder / "server.log", "wb")  # noqa: SIM115 (kept open while it runs)
    process = subprocess.Popen(
        [*cli, "serve", "--port", str(port), "--workers", str(workers)],
        env=server_env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_until_up(base + "/healthz", process, folder / "server.log")
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def _wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped at start-up:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:  # noqa: S310 (loopback)
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server did not answer within 30 s:\n{log.read_text()}")
