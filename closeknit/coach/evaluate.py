"""Measure the coach on a labelled corpus part: precision, recall, F1, ROC-AUC.

ROC-AUC uses each label's confidence for every draft (also where it stays under
the reporting threshold), computed with the rank (Mann-Whitney) formula, ties
counted as half.

The learned scorer is trained on the parts TRAINING_PARTS names, so figures on those
parts are figures on training data; the report says so and adds the
cross-validated figures saved at training time. Each part is by its own author, who
read only corpus/GUIDELINES.md.

Where things stand: the weights that ship (85 training parts) were measured once on
test18 + test19, the parts of the last honest measurement (MEASURED_LAST, 2,280 examples
by two authors none of whose texts are in training): macro-F1 0.884 and every label's F1
at 0.75 or more (contempt 0.776 lowest), so the issue's targets are met there. Authors
differ: on test16 + test17 (measured before, with the previous weights) these weights
score criticism 0.731; pooled over all ten parts never trained on (test10 to test19,
11,552 examples, though the errors of test10 to test17 had been read before this
training) macro-F1 is 0.877, criticism 0.774 and contempt 0.768 lowest. test20
and test21 are the reserve (RESERVE): nothing is tuned or measured on them until the next
honest measurement, and eval refuses them without --measure-the-reserve. Every
measurement so far, the rule set down before each, and what was learnt from it are in
corpus/MEASUREMENTS.md. The corpus test checks that no part outside training shares a
text with training data.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .analysis import analyze
from .labels import LABELS
from .learned import load_scorer

CORPUS_DIR = Path(__file__).with_name("corpus")
# Each part by a different author, who read only corpus/GUIDELINES.md.
TRAINING_PARTS = (
    "dev",
    "test",
    "test2",
    "extra",
    "test3",
    "extra2",
    "extra3",
    "test4",
    "extra4",
    "extra5",
    "extra6",
    "extra7",
    "extra8",
    "extra9",
    "extra10",
    "extra11",
    "extra12",
    "extra13",
    "test5",
    "extra14",
    "extra15",
    "extra16",
    "extra17",
    "extra18",
    "extra19",
    "extra20",
    "extra21",
    "extra22",
    "extra23",
    "extra24",
    "extra25",
    "test6",
    "test7",
    "test8",
    "test9",
    "extra26",
    "extra27",
    "extra28",
    "extra29",
    "extra30",
    "extra31",
    "extra32",
    "extra33",
    "extra34",
    "extra35",
    "extra36",
    "extra37",
    "extra38",
    "extra39",
    "extra40",
    "extra41",
    "extra42",
    "extra43",
    "extra44",
    "extra45",
    "extra46",
    "extra47",
    "extra48",
    "extra49",
    "extra50",
    "extra51",
    "extra52",
    "extra53",
    "extra54",
    "extra55",
    "extra56",
    "extra57",
    "extra58",
    "extra59",
    "extra60",
    "extra61",
    "extra62",
    "extra63",
    "extra64",
    "extra65",
    "extra66",
    "extra67",
    "extra68",
    "extra69",
    "extra70",
    "extra71",
    "extra72",
    "extra73",
    "extra74",
    "extra75",
)
# Parts kept back from training and not yet measured (none just now), the parts of the last
# honest measurement, and the reserve (corpus/MEASUREMENTS.md has the history).
HELD_OUT: tuple[str, ...] = ()
MEASURED_LAST: tuple[str, ...] = ("test18", "test19")
RESERVE: tuple[str, ...] = ("test20", "test21")
# Measured before the last measurement and still outside training; their errors were read.
MEASURED_BEFORE: tuple[str, ...] = tuple(f"test{n}" for n in range(10, 18))
# Written after the last training, for the next one (their texts found in training or in
# any test part are dropped from them). None just now.
NOT_YET_TRAINED: tuple[str, ...] = ()
ALL_PARTS = tuple(
    dict.fromkeys(
        (*TRAINING_PARTS, *HELD_OUT, *MEASURED_LAST, *RESERVE, *MEASURED_BEFORE, *NOT_YET_TRAINED)
    )
)


def default_parts(corpus_dir: Path | None = None) -> tuple[str, ...]:
    """What eval measures when no part is named: the held-out parts that exist, else the
    parts of the last honest measurement (the report says so if they have since become
    training data), else test."""
    folder = corpus_dir or CORPUS_DIR
    for parts in (HELD_OUT, MEASURED_LAST):
        found = tuple(part for part in parts if (folder / f"{part}.jsonl").exists())
        if found:
            return found
    return ("test",)


def load(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSONL corpus part."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def roc_auc(scores: list[float], truth: list[bool]) -> float | None:
    """Area under the ROC curve by the rank formula; None when one class is empty."""
    positives = sum(truth)
    negatives = len(truth) - positives
    if positives == 0 or negatives == 0:
        return None
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    index = 0
    while index < len(order):
        end = index
        while end + 1 < len(order) and scores[order[end + 1]] == scores[order[index]]:
            end += 1
        average = (index + end) / 2 + 1
        for k in range(index, end + 1):
            ranks[order[k]] = average
        index = end + 1
    positive_ranks = sum(rank for rank, is_true in zip(ranks, truth, strict=True) if is_true)
    return (positive_ranks - positives * (positives + 1) / 2) / (positives * negatives)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate(paths: Sequence[str | Path], *, learned: bool = True) -> dict[str, Any]:
    """Run the coach over one or more corpus parts, pooled, and score it label by label."""
    rows = [row for path in paths for row in load(path)]
    counts = {label: {"tp": 0, "fp": 0, "fn": 0} for label in LABELS}
    scores: dict[str, list[float]] = {label: [] for label in LABELS}
    truths: dict[str, list[bool]] = {label: [] for label in LABELS}
    ammo = {"tp": 0, "fp": 0, "fn": 0}
    errors = []
    for row in rows:
        analysis = analyze(
            row["text"],
            replying_to=row.get("replying_to"),
            mode=row.get("mode", "reply"),
            learned=learned,
        )
        predicted = analysis.names()
        expected = set(row["labels"])
        for label in LABELS:
            hit, wanted = label in predicted, label in expected
            if hit and wanted:
                counts[label]["tp"] += 1
            elif hit:
                counts[label]["fp"] += 1
            elif wanted:
                counts[label]["fn"] += 1
            scores[label].append(analysis.confidence.get(label, 0.0))
            truths[label].append(wanted)
        got_ammo, want_ammo = bool(analysis.ammunition), bool(row.get("ammunition"))
        outcome = (
            "tp" if got_ammo and want_ammo else "fp" if got_ammo else "fn" if want_ammo else "tn"
        )
        ammo[outcome] = ammo.get(outcome, 0) + 1
        if predicted != expected:
            errors.append(
                {
                    "id": row.get("id"),
                    "text": row["text"],
                    "missing": sorted(expected - predicted),
                    "extra": sorted(predicted - expected),
                }
            )
    per_label = {}
    for label in LABELS:
        c = counts[label]
        precision, recall, f1 = _prf(c["tp"], c["fp"], c["fn"])
        per_label[label] = {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "support": c["tp"] + c["fn"],
            "auc": roc_auc(scores[label], truths[label]),
        }
    macro = sum(float(item["f1"] or 0.0) for item in per_label.values()) / len(LABELS)
    a_precision, a_recall, a_f1 = _prf(ammo["tp"], ammo["fp"], ammo["fn"])
    scorer = load_scorer() if learned else None
    return {
        "paths": [str(path) for path in paths],
        "engine": "learned" if scorer else "rules",
        "trained_on": list(scorer.trained_on) if scorer else [],
        "cross_validation": scorer.cross_validation if scorer else {},
        "examples": len(rows),
        "labels": per_label,
        "macro_f1": macro,
        "ammunition": {
            "precision": a_precision,
            "recall": a_recall,
            "f1": a_f1,
            "support": ammo["tp"] + ammo["fn"],
        },
        "exact_match": 1 - len(errors) / len(rows) if rows else 0.0,
        "errors": errors,
    }


def format_report(result: dict[str, Any]) -> str:
    """A plain table of the evaluation."""
    lines = [
        f"Coach evaluation on {' + '.join(result['paths'])} ({result['examples']} examples)",
        "",
        f"{'label':<16}{'kind':<8}{'precision':>10}{'recall':>8}{'F1':>7}"
        f"{'support':>9}{'ROC-AUC':>9}",
    ]
    for label, item in result["labels"].items():
        kind = "opener" if LABELS.index(label) >= 8 else "closer"
        auc = "-" if item["auc"] is None else f"{item['auc']:.3f}"
        lines.append(
            f"{label:<16}{kind:<8}{item['precision']:>10.3f}{item['recall']:>8.3f}"
            f"{item['f1']:>7.3f}{item['support']:>9}{auc:>9}"
        )
    ammo = result["ammunition"]
    lines += [
        "",
        f"macro-F1: {result['macro_f1']:.3f}",
        f"ammunition: precision {ammo['precision']:.3f}, recall {ammo['recall']:.3f}, "
        f"F1 {ammo['f1']:.3f}, support {ammo['support']}",
        f"exact label-set match: {result['exact_match']:.3f}",
    ]
    return "\n".join(lines + _learned_notes(result))


def _learned_notes(result: dict[str, Any]) -> list[str]:
    """Which engine ran and, for the learned one, its cross-validated figures."""
    if result.get("engine") != "learned":
        return ["", "engine: hand-written rules only"]
    cv = result.get("cross_validation") or {}
    lines = ["", "engine: learned scorer over the rules (weights.json, weights.bin)"]
    parts = [Path(path).stem for path in result["paths"]]
    seen = [part for part in parts if part in result.get("trained_on", [])]
    if seen:
        lines.append(
            f"note: the scorer was trained on {', '.join(seen)}, so the figures above are on "
            "training data; the cross-validated ones below are the honest estimate"
        )
    if cv:
        by_part = ", ".join(f"{k} {v:.3f}" for k, v in cv.get("macro_f1_by_part", {}).items())
        authors = ", ".join(
            f"{k} {v:.3f}" for k, v in cv.get("leave_one_part_out_macro_f1", {}).items()
        )
        ammo = cv.get("ammunition", {})
        lines.append(
            f"cross-validated ({cv.get('folds')}-fold) macro-F1: {cv.get('macro_f1', 0):.3f}"
            + (f" (by part: {by_part})" if by_part else "")
        )
        if authors:
            lines.append(f"each part measured by a model trained on the others: {authors}")
        if ammo:
            lines.append(f"cross-validated ammunition F1: {ammo.get('f1', 0):.3f}")
    return lines
