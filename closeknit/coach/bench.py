"""Time the coach on realistic 500-character drafts and measure the memory it adds."""

from __future__ import annotations

import gc
import importlib
import json
import subprocess
import sys
import time
import tracemalloc
from typing import Any

from .evaluate import CORPUS_DIR, load

DRAFT_LENGTH = 500


def drafts(count: int) -> list[tuple[str, str | None, str]]:
    """Build drafts of about 500 characters by joining development corpus texts."""
    rows = load(CORPUS_DIR / "dev.jsonl")
    built: list[tuple[str, str | None, str]] = []
    index = 0
    while len(built) < count:
        row = rows[index % len(rows)]
        parts: list[str] = []
        while sum(len(part) + 1 for part in parts) < DRAFT_LENGTH:
            parts.append(rows[index % len(rows)]["text"])
            index += 1
        text = " ".join(parts)[:DRAFT_LENGTH]
        built.append((text, row.get("replying_to"), row.get("mode", "reply")))
    return built


def _percentile(sorted_values: list[float], fraction: float) -> float:
    position = min(len(sorted_values) - 1, max(0, round(fraction * (len(sorted_values) - 1))))
    return sorted_values[position]


# Run in a fresh interpreter, so nothing else this process holds (and not tracemalloc's
# own bookkeeping) counts: read the drafts, note the peak resident size, then import
# the coach and analyse them. The peak is Linux's VmHWM, which starts again at exec;
# getrusage's ru_maxrss, the fallback elsewhere, can carry over the size of the process
# that started it, so off Linux the figure may read low.
_RSS_PROBE = """
import json, sys
def peak_kb():
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except OSError:
        import resource
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak // 1024 if sys.platform == "darwin" else peak
sample = json.loads(sys.stdin.read())
before = peak_kb()
import closeknit.coach as coach
for text, replying_to, mode in sample:
    coach.analyze(text, replying_to=replying_to, mode=mode)
print(peak_kb() - before)
"""


def _rss_growth_mb() -> float | None:
    """How much the peak resident size of a fresh Python grows with the coach in use
    (None when it could not be measured)."""
    try:
        done = subprocess.run(  # noqa: S603 - this interpreter, a fixed script, no shell
            [sys.executable, "-c", _RSS_PROBE],
            input=json.dumps(drafts(50)),
            capture_output=True,
            text=True,
            check=True,
        )
        return int(done.stdout.strip().splitlines()[-1]) / 1024
    except (OSError, subprocess.CalledProcessError, ValueError, IndexError):
        return None


def _memory() -> dict[str, float | None]:
    """The memory the coach adds: peak Python allocation (tracemalloc) for importing it
    fresh here and analysing drafts, and the growth of a fresh interpreter's resident size.

    The coach's modules are taken out of sys.modules for the fresh import and put
    back afterwards, on their parent packages too, so everyone else keeps using the
    module objects they imported.
    """
    names = [key for key in sys.modules if key.startswith(__package__ or "coach")]
    saved = {
        name: sys.modules.pop(name)
        for name in names
        if not name.endswith(".bench") and not name.endswith(".evaluate")
    }
    gc.collect()
    tracemalloc.start()
    try:
        package = importlib.import_module(__package__ or "closeknit.coach")
        for text, replying_to, mode in drafts(50):
            package.analyze(text, replying_to=replying_to, mode=mode)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        sys.modules.update(saved)
        for name, module in saved.items():
            parent, _, child = name.rpartition(".")
            if parent in sys.modules:
                setattr(sys.modules[parent], child, module)
    return {"tracemalloc_peak_mb": peak / 1_000_000, "rss_growth_mb": _rss_growth_mb()}


def run_bench(n: int = 2000) -> dict[str, Any]:
    """Analyse n drafts one after another and report latency percentiles."""
    memory = _memory()
    package = importlib.import_module(__package__ or "closeknit.coach")
    sample = drafts(n)
    for text, replying_to, mode in sample[:50]:
        package.analyze(text, replying_to=replying_to, mode=mode)
    timings: list[float] = []
    started = time.perf_counter_ns()
    for text, replying_to, mode in sample:
        before = time.perf_counter_ns()
        package.analyze(text, replying_to=replying_to, mode=mode)
        timings.append((time.perf_counter_ns() - before) / 1_000_000)
    total_seconds = (time.perf_counter_ns() - started) / 1_000_000_000
    timings.sort()
    return {
        "drafts": n,
        "draft_chars": sum(len(text) for text, _, _ in sample) / len(sample),
        "p50_ms": _percentile(timings, 0.50),
        "p95_ms": _percentile(timings, 0.95),
        "p99_ms": _percentile(timings, 0.99),
        "drafts_per_second": n / total_seconds if total_seconds else 0.0,
        **memory,
    }


def format_bench(result: dict[str, Any]) -> str:
    """A short readable summary of a benchmark run."""
    rss = result["rss_growth_mb"]
    memory = max(result["tracemalloc_peak_mb"], rss or 0.0)
    verdict = "within" if result["p95_ms"] < 5 and memory < 50 else "OVER"
    return "\n".join(
        [
            f"Coach benchmark: {result['drafts']} drafts of "
            f"~{result['draft_chars']:.0f} characters, one core",
            f"  p50 {result['p50_ms']:.2f} ms   p95 {result['p95_ms']:.2f} ms   "
            f"p99 {result['p99_ms']:.2f} ms",
            f"  {result['drafts_per_second']:.0f} drafts/second",
            f"  memory added: {result['tracemalloc_peak_mb']:.1f} MB peak (tracemalloc, import + "
            f"analysis); resident size of a fresh Python grows "
            + ("(not measured here)" if rss is None else f"{rss:.1f} MB"),
            f"  budget (p95 < 5 ms, < 50 MB): {verdict}",
        ]
    )
