"""`closeknit coach …`: analyse a draft, evaluate on the corpus, or benchmark."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from .analysis import Analysis, analyze
from .labels import MODES

USAGE = """usage:
  closeknit coach TEXT [--replying-to TEXT] [--mode reply|share|conflict] [--json]
  closeknit coach eval [--part PART ...] [--rules-only]   (default: the held-out
                      parts, else those of the last honest measurement, pooled; --part
                      may be given more than once; the reserve needs
                      --measure-the-reserve: it can be measured only once)
  closeknit coach bench [--n N]"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise ValueError(message)


def _analyse_parser() -> _Parser:
    parser = _Parser(prog="closeknit coach", add_help=False)
    parser.add_argument("text")
    parser.add_argument("--replying-to", dest="replying_to", default=None)
    parser.add_argument("--mode", default="reply")
    parser.add_argument("--json", action="store_true")
    return parser


def format_analysis(analysis: Analysis) -> str:
    """A readable, terminal-friendly account of an analysis."""
    lines = []
    if not analysis.labels:
        lines.append("Nothing stood out in this draft.")
    for item in analysis.labels:
        lines.append(f'{item.kind:<6} {item.label:<15} {item.score:.2f}  "{item.evidence}"')
        lines.append(f"       {item.explanation}")
    for finding in analysis.ammunition:
        lines.append(f'careful ammunition      {finding.score:.2f}  "{finding.evidence}"')
        lines.append(f"       {finding.explanation}")
    if analysis.suggestions:
        lines.append("")
        lines.append("Suggestions:")
        for suggestion in analysis.suggestions:
            lines.append(f"  - {suggestion.text}")
            if suggestion.rewrite:
                lines.append(f'    Try: "{suggestion.rewrite}"')
    return "\n".join(lines)


def _eval(argv: list[str], out: TextIO) -> int:
    from .evaluate import ALL_PARTS, CORPUS_DIR, RESERVE, default_parts, evaluate, format_report

    parser = _Parser(prog="closeknit coach eval", add_help=False)
    parser.add_argument("--part", choices=ALL_PARTS, action="append", default=None)
    parser.add_argument("--rules-only", dest="rules_only", action="store_true")
    parser.add_argument("--measure-the-reserve", dest="reserve", action="store_true")
    args = parser.parse_args(argv)
    parts = args.part or default_parts()
    reserved = [part for part in parts if part in RESERVE]
    if reserved and not args.reserve:
        # Once its figures are seen, the reserve is spent: asking for it takes a second word.
        raise ValueError(
            f"{' and '.join(reserved)} {'is' if len(reserved) == 1 else 'are'} kept in reserve "
            "for the next honest measurement with final weights; add --measure-the-reserve "
            "when that time has come"
        )
    paths = [CORPUS_DIR / f"{part}.jsonl" for part in dict.fromkeys(parts)]
    for path in paths:
        if not path.exists():
            raise ValueError(f"no corpus part at {path}")
    print(format_report(evaluate(paths, learned=not args.rules_only)), file=out)
    return 0


def _bench(argv: list[str], out: TextIO) -> int:
    from .bench import format_bench, run_bench

    parser = _Parser(prog="closeknit coach bench", add_help=False)
    parser.add_argument("--n", type=int, default=2000)
    args = parser.parse_args(argv)
    if args.n < 1:
        raise ValueError("--n must be at least 1")
    print(format_bench(run_bench(n=args.n)), file=out)
    return 0


def main(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the coach command line; argv excludes the word "coach"."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        if not argv or argv[0] in ("-h", "--help", "help"):
            print(USAGE, file=out if argv else err)
            return 0 if argv else 2
        if argv[0] == "eval":
            return _eval(argv[1:], out)
        if argv[0] == "bench":
            return _bench(argv[1:], out)
        args = _analyse_parser().parse_args(argv)
        if not args.text.strip():
            raise ValueError("the text to analyse is empty")
        if args.mode not in MODES:
            raise ValueError(f"--mode must be one of {', '.join(MODES)}")
        analysis = analyze(args.text, replying_to=args.replying_to, mode=args.mode)
    except ValueError as error:
        print(f"closeknit coach: {error}", file=err)
        print(USAGE, file=err)
        return 2
    print(analysis.to_json(indent=2) if args.json else format_analysis(analysis), file=out)
    return 0
