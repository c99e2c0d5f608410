"""Time the coach on realistic 500-character drafts and measure the memory it adds."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import time
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


# Run in a fresh interpreter, so nothing else this process holds counts: read the
# drafts, then import the coach and analyse them. Run once for the peak Python
# allocation (tracemalloc) and once, without tracemalloc and its own bookkeeping, for
# the growth of the peak resident size: Linux's VmHWM, which starts again at exec.
# getrusage's ru_maxrss, the fallback elsewhere, can carry over the size of the process
# that started it, so off Linux that figure may read low.
_MEMORY_PROBE = """
import json, sys, tracemalloc
def peak_kb():
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    except OSError:
        import resource
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak // 1024 if sys.platform == "darwin" else peak
traced = sys.argv[1] == "traced"
sample = json.loads(sys.stdin.read())
before = peak_kb()
if traced:
    tracemalloc.start()
import closeknit.coach as coach
for text, replying_to, mode in sample:
    coach.analyze(text, replying_to=replying_to, mode=mode)
print(tracemalloc.get_traced_memory()[1] if traced else 1024 * (peak_kb() - before))
"""


def _probe_mb(kind: str, sample: str) -> float | None:
    """One figure from a fresh interpreter, in MB (None when it could not be measured)."""
    try:
        done = subprocess.run(  # noqa: S603 - this interpreter, a fixed script, no shell
            [sys.executable, "-c", _MEMORY_PROBE, kind],
            input=sample,
            capture_output=True,
            text=True,
            check=True,
        )
        return int(done.stdout.strip().splitlines()[-1]) / 1_048_576
    except (OSError, subprocess.CalledProcessError, ValueError, IndexError):
        return None


def _memory() -> dict[str, float | None]:
    """The memory the coach adds to a fresh interpreter for importing it and analysing
    drafts: peak Python allocation (tracemalloc) and the resident size's growth."""
    sample = json.dumps(drafts(50))
    return {
        "tracemalloc_peak_mb": _probe_mb("traced", sample),
        "rss_growth_mb": _probe_mb("rss", sample),
    }


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
    traced, rss = result["tracemalloc_peak_mb"], result["rss_growth_mb"]
    memory = max(traced or 0.0, rss or 0.0)
    verdict = "within" if result["p95_ms"] < 5 and memory < 50 else "OVER"
    return "\n".join(
        [
            f"Coach benchmark: {result['drafts']} drafts of "
            f"~{result['draft_chars']:.0f} characters, one core",
            f"  p50 {result['p50_ms']:.2f} ms   p95 {result['p95_ms']:.2f} ms   "
            f"p99 {result['p99_ms']:.2f} ms",
            f"  {result['drafts_per_second']:.0f} drafts/second",
            "  memory added: "
            + ("(not measured here)" if traced is None else f"{traced:.1f} MB")
            + " peak (tracemalloc, import + "
            "analysis); resident size of a fresh Python grows "
            + ("(not measured here)" if rss is None else f"{rss:.1f} MB"),
            f"  budget (p95 < 5 ms, < 50 MB): {verdict}",
        ]
    )
