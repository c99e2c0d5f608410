"""Train the coach's learned scorer: `python -m closeknit.coach.train`.

Reads the labelled parts in evaluate.TRAINING_PARTS, each written by a different author
(never the held-out part, kept back for a final, untouched measurement, nor the reserve,
kept for the one after), turns each example into features (features.py) and fits the
label model (net.py: a linear part and a small hidden layer the sixteen labels share).

Five-fold cross-validation, with every reply to the same message kept in one
fold, picks the L2 strength, fits a calibration so that scores are honest
probabilities, and picks each label's threshold. A second, stacked model
scores ammunition from the label probabilities and the words a conflict reply
shares with a disclosure. The cross-validated figures, and figures for each part
from a model trained on all the other parts (each by another author), are written into
weights.json; the label model's per-feature weights go to weights.bin beside it. Same
corpus and seed, same files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any, Protocol

from .ammunition import find_ammunition
from .evaluate import CORPUS_DIR, TRAINING_PARTS, load
from .features import ammunition_features, extract
from .labels import LABELS
from .learn import Example, Linear, best_threshold, counts, f1, fit, folds, platt, sigmoid
from .learned import WEIGHTS_PATH, WEIGHTS_VERSION, packed_path
from .net import Net, fit_net
from .rules import find_hits, rules_fingerprint, score_labels
from .text import normalize

L2_GRID = (0.001, 0.003)
AMMUNITION_L2 = 0.03
# Words and word pairs are the most author-specific evidence: penalise them more.
WORD_PENALTY = 5.0
# Units in the label model's shared hidden layer (net.py), and the share of them dropped
# at random while fitting. On 43 parts, 64 units ranked clearly better across authors
# than 32 and 128 no better. With 16 more parts, 128 units with dropout 0.5 ranked better
# than 64 with 0.3 under two seeds (part-grouped 5-fold macro-F1 0.857 and 0.856 against
# 0.854 and 0.854), and 256 no better than 128. Each unit costs the coach one more
# addition per feature of a draft.
HIDDEN = 128
DROPOUT = 0.5
# Passes over the corpus: 6 ranked a little better across authors than 4 (8 no better).
EPOCHS = 6
# A feature must occur in this many examples to get weights. 3 ranked as well as 2 and
# keeps a third fewer rows (weights.bin's size and the coach's memory).
MIN_COUNT = 3
SEED = 7
K = 5

Matrix = list[list[float]]
Truth = Sequence[Sequence[int]]


class Model(Protocol):
    def margins_of(self, examples: Sequence[Example]) -> Matrix: ...


Fitter = Callable[[Sequence[Example], Truth], Model]


@dataclass
class Corpus:
    """Examples ready for fitting: features, 0/1 targets, fold numbers, source part."""

    rows: list[dict[str, Any]]
    examples: list[Example]
    targets: list[list[int]]
    fold: list[int]
    part: list[str]

    def subset(self, chosen: Sequence[int]) -> Corpus:
        return Corpus(
            [self.rows[i] for i in chosen],
            [self.examples[i] for i in chosen],
            [self.targets[i] for i in chosen],
            [self.fold[i] for i in chosen],
            [self.part[i] for i in chosen],
        )


def featurize(row: dict[str, Any]) -> Example:
    """The features of one corpus example, exactly as the coach computes them at run time."""
    norm = normalize(row["text"])
    mode, replying_to = row.get("mode", "reply"), row.get("replying_to")
    hits = find_hits(norm, mode=mode, replying_to=replying_to)
    scored = {label: score for label, (score, _) in score_labels(norm, hits).items()}
    return extract(norm, mode=mode, replying_to=replying_to, hits=hits, rule_scores=scored).values


def build_corpus(rows: list[dict[str, Any]], parts: Sequence[str], seed: int) -> Corpus:
    groups = [(row.get("replying_to") or "").strip().lower() or row["id"] for row in rows]
    return Corpus(
        rows=rows,
        examples=[featurize(row) for row in rows],
        targets=[[int(label in row["labels"]) for label in LABELS] for row in rows],
        fold=folds(groups, K, seed),
        part=list(parts),
    )


# The job the forked workers share. Set just before the pool starts, so each child
# inherits it as memory instead of receiving the whole corpus through a pipe.
_SHARED: list[tuple[Fitter, Sequence[Example], Truth, Sequence[int]]] = []


def _fit_fold(held: int) -> list[tuple[int, list[float]]]:
    fitter, examples, targets, fold = _SHARED[-1]
    train = [i for i, f in enumerate(fold) if f != held]
    model = fitter([examples[i] for i in train], [targets[i] for i in train])
    chosen = [i for i, f in enumerate(fold) if f == held]
    return list(zip(chosen, model.margins_of([examples[i] for i in chosen]), strict=True))


def out_of_fold(
    examples: Sequence[Example], targets: Truth, fold: Sequence[int], fitter: Fitter
) -> Matrix:
    """Margins for every example from a model that never saw its fold.

    The folds are fitted in parallel, one forked process per core; each fit is
    seeded, so the result does not depend on how many cores there are.
    """
    held_out = sorted(set(fold))
    workers = min(len(held_out), len(os.sched_getaffinity(0)))
    _SHARED.append((fitter, examples, targets, fold))
    try:
        if workers > 1:
            with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
                results = list(pool.map(_fit_fold, held_out))
        else:
            results = [_fit_fold(held) for held in held_out]
    finally:
        _SHARED.pop()
    margins: Matrix = [[] for _ in examples]
    for result in results:
        for i, row in result:
            margins[i] = row
    return margins


def column(matrix: Sequence[Sequence[float]], k: int) -> list[float]:
    return [row[k] for row in matrix]


def truth_of(targets: Truth, k: int) -> list[bool]:
    return [bool(row[k]) for row in targets]


def calibrate(margins: Matrix, targets: Truth) -> list[tuple[float, float]]:
    return [platt(column(margins, k), truth_of(targets, k)) for k in range(len(targets[0]))]


def probabilities(margins: Matrix, calibration: Sequence[tuple[float, float]]) -> Matrix:
    return [
        [sigmoid(a * m + b) for m, (a, b) in zip(row, calibration, strict=True)] for row in margins
    ]


def thresholds(probs: Matrix, targets: Truth) -> list[float]:
    return [best_threshold(column(probs, k), truth_of(targets, k)) for k in range(len(targets[0]))]


def _figures(predicted: Sequence[bool], wanted: Sequence[bool]) -> dict[str, float]:
    tp, fp, fn = counts(predicted, wanted)
    return {
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn) if tp + fn else 0.0,
        "f1": f1(tp, fp, fn),
        "support": tp + fn,
    }


def honest_scores(probs: Matrix, targets: Truth, fold: Sequence[int]) -> list[dict[str, float]]:
    """Per column: precision, recall, F1 when each fold's threshold is chosen on the other folds."""
    result = []
    for k in range(len(targets[0])):
        scores, wanted = column(probs, k), truth_of(targets, k)
        predicted = [False] * len(scores)
        for held in sorted(set(fold)):
            rest = [i for i, f in enumerate(fold) if f != held]
            cut = best_threshold([scores[i] for i in rest], [wanted[i] for i in rest])
            for i, f in enumerate(fold):
                if f == held:
                    predicted[i] = scores[i] >= cut
        result.append(_figures(predicted, wanted))
    return result


def macro(scores: Sequence[dict[str, float]]) -> float:
    return sum(item["f1"] for item in scores) / len(scores)


def _scale(name: str) -> float:
    """How much a feature's value is scaled while fitting: an L2 penalty WORD_PENALTY
    times stronger on words and word pairs."""
    return WORD_PENALTY**-0.5 if name.startswith(("w:", "b:", "n:")) else 1.0


@dataclass(frozen=True)
class LabelsFitter:
    """Fits the sixteen label models (a class, not a closure, so worker processes can take it)."""

    l2: float
    seed: int

    def __call__(self, examples: Sequence[Example], targets: Truth) -> Net:
        return fit_net(
            examples,
            targets,
            l2=self.l2,
            hidden=HIDDEN,
            dropout=DROPOUT,
            epochs=EPOCHS,
            min_count=MIN_COUNT,
            seed=self.seed,
            scale=_scale,
        )


@dataclass(frozen=True)
class AmmunitionFitter:
    seed: int

    def __call__(self, examples: Sequence[Example], targets: Truth) -> Linear:
        return fit(examples, targets, l2=AMMUNITION_L2, seed=self.seed, min_count=1)


def leave_one_part_out(corpus: Corpus, l2: float, seed: int) -> dict[str, float]:
    """Macro-F1 on each part from a model trained on all the other parts: the nearest
    thing here to meeting a new writer.

    Each part's threshold comes from the other parts' scores. The calibration is
    fitted on every part's scores together: a monotone rescaling that leaves the
    ranking alone, so it flatters these figures only a little.
    """
    names = sorted(set(corpus.part))
    fold = [names.index(p) for p in corpus.part]
    margins = out_of_fold(corpus.examples, corpus.targets, fold, LabelsFitter(l2, seed))
    probs = probabilities(margins, calibrate(margins, corpus.targets))
    result = {}
    for k, name in enumerate(names):
        cuts = thresholds(
            [probs[i] for i, f in enumerate(fold) if f != k],
            [corpus.targets[i] for i, f in enumerate(fold) if f != k],
        )
        held = [i for i, f in enumerate(fold) if f == k]
        held_probs, held_targets = [probs[i] for i in held], [corpus.targets[i] for i in held]
        scores = [
            _figures([p >= cut for p in column(held_probs, j)], truth_of(held_targets, j))
            for j, cut in enumerate(cuts)
        ]
        result[name] = round(macro(scores), 4)
    return result


def _rounded_rows(model: Linear) -> dict[str, list[float]]:
    """Every weight, rounded, by feature name: for the small ammunition model."""
    return {name: [round(w, 4) for w in row] for name, row in sorted(model.weights.items())}


def ammunition_corpus(corpus: Corpus, probs: Matrix) -> Corpus:
    """Conflict replies with something to reply to, as features for the ammunition model."""
    chosen, examples, targets = [], [], []
    for i, row in enumerate(corpus.rows):
        replying_to = (row.get("replying_to") or "").strip()
        if row.get("mode") != "conflict" or not replying_to:
            continue
        norm = normalize(row["text"])
        hits = find_hits(norm, mode="conflict", replying_to=replying_to)
        found = find_ammunition(norm, hits, mode="conflict", replying_to=replying_to)
        examples.append(
            ammunition_features(
                norm,
                replying_to=replying_to,
                probabilities=dict(zip(LABELS, probs[i], strict=True)),
                rule_score=max((item[0] for item in found), default=0.0),
            )
        )
        targets.append([int(bool(row.get("ammunition")))])
        chosen.append(i)
    subset = corpus.subset(chosen)
    return Corpus(subset.rows, examples, targets, subset.fold, subset.part)


def _train_ammunition(corpus: Corpus, probs: Matrix, seed: int) -> dict[str, Any]:
    ammo = ammunition_corpus(corpus, probs)
    if len(set(ammo.fold)) < 2 or not any(t[0] for t in ammo.targets):
        # Nothing to learn from: a model that never reports ammunition.
        return {
            "bias": [-10.0],
            "features": {},
            "calibration": [1.0, 0.0],
            "threshold": 1.0,
            "cross_validation": {},
        }

    fitter = AmmunitionFitter(seed)
    margins = out_of_fold(ammo.examples, ammo.targets, ammo.fold, fitter)
    calibration = calibrate(margins, ammo.targets)
    ammo_probs = probabilities(margins, calibration)
    scores = honest_scores(ammo_probs, ammo.targets, ammo.fold)[0]
    model = fitter(ammo.examples, ammo.targets)
    return {
        "bias": [round(b, 4) for b in model.bias],
        "features": _rounded_rows(model),
        "calibration": [round(v, 5) for v in calibration[0]],
        "threshold": thresholds(ammo_probs, ammo.targets)[0],
        "cross_validation": {key: round(value, 4) for key, value in scores.items()},
    }


@dataclass(frozen=True)
class Trained:
    """What training produces: weights.json's contents and weights.bin's bytes."""

    data: dict[str, Any]
    weights: bytes

    def write(self, path: Path) -> None:
        """Write weights.bin and weights.json (which names weights.bin's checksum).

        Both are written in full under temporary names first, and only then renamed over
        the old files, weights.bin first: a run stopped while writing leaves the old pair
        as it was. Only one stopped between the two renames, which take microseconds,
        would leave a new weights.bin beside the old weights.json, which the coach
        refuses (it then uses its rules alone).
        """
        text = json.dumps(self.data, separators=(",", ":")) + "\n"
        files = ((packed_path(path), self.weights), (path, text.encode()))
        partials = [target.with_name(f".{target.name}.partial") for target, _ in files]
        try:
            for partial, (_, content) in zip(partials, files, strict=True):
                partial.write_bytes(content)
            for partial, (target, _) in zip(partials, files, strict=True):
                os.replace(partial, target)
        finally:
            for partial in partials:
                partial.unlink(missing_ok=True)


def train(
    *,
    parts: Sequence[str] = TRAINING_PARTS,
    seed: int = SEED,
    l2_grid: Sequence[float] = L2_GRID,
    log: Callable[[str], None] = lambda message: None,
    rows: list[dict[str, Any]] | None = None,
) -> Trained:
    """Fit everything and return the contents of weights.json and weights.bin.

    `rows` replaces the corpus files (each row's part is then its id up to the first "-").
    """
    if rows is None:
        loaded = [(part, row) for part in parts for row in load(CORPUS_DIR / f"{part}.jsonl")]
        rows, names = [row for _, row in loaded], [part for part, _ in loaded]
    else:
        names = [row["id"].split("-")[0] for row in rows]
    corpus = build_corpus(rows, names, seed)
    Choice = tuple[float, float, list[tuple[float, float]], Matrix, list[dict[str, float]]]
    best: Choice | None = None
    for l2 in l2_grid:
        margins = out_of_fold(corpus.examples, corpus.targets, corpus.fold, LabelsFitter(l2, seed))
        calibration = calibrate(margins, corpus.targets)
        probs = probabilities(margins, calibration)
        scores = honest_scores(probs, corpus.targets, corpus.fold)
        log(f"l2 {l2}: cross-validated macro-F1 {macro(scores):.3f}")
        if best is None or macro(scores) > best[0]:
            best = (macro(scores), l2, calibration, probs, scores)
    assert best is not None
    _, l2, calibration, probs, scores = best
    model = LabelsFitter(l2, seed)(corpus.examples, corpus.targets)
    ammunition = _train_ammunition(corpus, probs, seed)
    log(f"ammunition: cross-validated F1 {ammunition['cross_validation'].get('f1', 0.0):.3f}")
    by_part = {}
    for part in sorted(set(corpus.part)):
        chosen = [i for i, p in enumerate(corpus.part) if p == part]
        sub = corpus.subset(chosen)
        by_part[part] = round(
            macro(honest_scores([probs[i] for i in chosen], sub.targets, sub.fold)), 4
        )
    authors = leave_one_part_out(corpus, l2, seed) if len(set(corpus.part)) > 1 else {}
    log(f"macro-F1 on each part, trained on the others: {authors}")
    ammunition_cv = ammunition.pop("cross_validation")
    weights = model.packed()
    data = {
        "version": WEIGHTS_VERSION,
        "trained_on": sorted(set(corpus.part)),
        "rules": rules_fingerprint(),
        "examples": len(rows),
        "seed": seed,
        "l2": l2,
        "labels": list(LABELS),
        "bias": [float(b) for b in model.bias],
        "features": {"names": model.names, "sha256": hashlib.sha256(weights).hexdigest()},
        # Not rounded: these are the numbers cross-validation measured (1,000 or so).
        "hidden": {
            "bias": [float(b) for b in model.hidden_bias],
            "out": [[float(w) for w in row] for row in model.out],
        },
        "calibration": [[round(a, 5), round(b, 5)] for a, b in calibration],
        "thresholds": thresholds(probs, corpus.targets),
        "ammunition": ammunition,
        "cross_validation": {
            "folds": K,
            "macro_f1": round(macro(scores), 4),
            "macro_f1_by_part": by_part,
            "leave_one_part_out_macro_f1": authors,
            "labels": {
                label: {key: round(value, 4) for key, value in item.items()}
                for label, item in zip(LABELS, scores, strict=True)
            },
            "ammunition": ammunition_cv,
        },
    }
    return Trained(data, weights)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m closeknit.coach.train")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--out", default=str(WEIGHTS_PATH), help="weights.json (weights.bin goes beside it)"
    )
    args = parser.parse_args(argv)
    trained = train(seed=args.seed, log=lambda message: print(message, file=sys.stderr))
    out = Path(args.out)
    trained.write(out)
    macro_f1 = trained.data["cross_validation"]["macro_f1"]
    print(f"cross-validated macro-F1 {macro_f1:.3f}; wrote {out} and {packed_path(out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
