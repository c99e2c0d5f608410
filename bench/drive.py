"""Drive one endpoint with concurrent keep-alive clients and measure every request.

Standard library only: one thread and one http.client connection per client. Each
client sends its next request as soon as the last answer is read (a closed loop), so
the figures are what a full server manages, not what a fixed arrival rate would see.
"""

from __future__ import annotations

import http.client
import random
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

# What to ask for next: a path and its headers, chosen with the client's own generator.
Target = Callable[[random.Random], tuple[str, dict[str, str]]]


@dataclass
class Result:
    name: str
    latencies: list[float] = field(default_factory=list)  # seconds, successful requests only
    errors: int = 0
    first_error: str = ""
    elapsed: float = 0.0  # seconds from the start until the last client finished

    @property
    def requests(self) -> int:
        return len(self.latencies) + self.errors

    @property
    def rps(self) -> float:
        return len(self.latencies) / self.elapsed if self.elapsed else 0.0

    def percentile(self, p: int) -> float:
        """The p-th percentile latency in milliseconds."""
        if len(self.latencies) < 2:
            return self.latencies[0] * 1000 if self.latencies else float("nan")
        cuts = statistics.quantiles(self.latencies, n=100, method="inclusive")
        return cuts[p - 1] * 1000


class _Client(threading.Thread):
    def __init__(
        self, host: str, port: int, target: Target, seed: int, start: threading.Barrier
    ) -> None:
        super().__init__(daemon=True)
        self.host, self.port, self.target, self.start_line = host, port, target, start
        self.rng = random.Random(seed)  # noqa: S311 (picks which pair to ask for)
        self.deadline = 0.0
        self.latencies: list[float] = []
        self.errors = 0
        self.first_error = ""

    def _connect(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(self.host, self.port, timeout=30)

    def _failed(self, message: str) -> None:
        self.errors += 1
        self.first_error = self.first_error or message

    def run(self) -> None:
        connection = self._connect()
        try:
            connection.connect()  # before the start, so no measured request pays for it
        except OSError as exc:
            self._failed(f"connect: {exc}")
        self.start_line.wait()
        while time.perf_counter() < self.deadline:
            path, headers = self.target(self.rng)
            began = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException) as exc:
                self._failed(f"GET {path}: {type(exc).__name__}: {exc}")
                connection.close()
                connection = self._connect()
                continue
            took = time.perf_counter() - began
            if response.status == 200:
                self.latencies.append(took)
            else:
                self._failed(f"GET {path}: HTTP {response.status}")
        connection.close()


def drive(base: str, name: str, target: Target, *, clients: int, seconds: float) -> Result:
    """Run `clients` clients against `target` for `seconds`; every answer must be 200."""
    url = urlsplit(base)
    host, port = url.hostname or "127.0.0.1", url.port or 80
    start = threading.Barrier(clients + 1)
    threads = [_Client(host, port, target, seed, start) for seed in range(clients)]
    for thread in threads:
        thread.start()
    began = time.perf_counter()
    for thread in threads:  # set before the barrier opens; read only after it
        thread.deadline = began + seconds
    start.wait()
    for thread in threads:
        thread.join()
    result = Result(name, elapsed=time.perf_counter() - began)
    for thread in threads:
        result.latencies += thread.latencies
        result.errors += thread.errors
        result.first_error = result.first_error or thread.first_error
    return result
