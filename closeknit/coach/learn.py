"""Pure-Python pieces of training: a small logistic regression, calibration, thresholds, folds.

Used by train.py only; at run time the coach needs nothing but the weights. The
logistic regression fits the ammunition model (a few dozen features); the label
model is net.py's. Several columns are fitted at once (one independent logistic
regression each, sharing one pass over the data). The optimiser is stochastic
gradient descent with per-coordinate AdaGrad steps and an L2 penalty applied to the
weights an example touches; examples are visited in an order drawn from a seeded
random generator, so the same data and seed always give the same weights.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

Example = dict[str, float]


def sigmoid(margin: float) -> float:
    if margin >= 0:
        return 1.0 / (1.0 + math.exp(-margin))
    exp = math.exp(margin)
    return exp / (1.0 + exp)


@dataclass
class Linear:
    """Weights for several labels: a bias each and, per feature, one weight per label."""

    bias: list[float]
    weights: dict[str, list[float]]

    def margins(self, example: Example) -> list[float]:
        total = list(self.bias)
        for name, value in example.items():
            row = self.weights.get(name)
            if row is not None:
                total = [t + value * w for t, w in zip(total, row, strict=True)]
        return total

    def margins_of(self, examples: Sequence[Example]) -> list[list[float]]:
        return [self.margins(example) for example in examples]


def vocabulary(examples: Sequence[Example], min_count: int) -> list[str]:
    """Features seen in at least min_count examples, in a stable order."""
    counts: Counter[str] = Counter()
    for example in examples:
        counts.update(example.keys())
    return sorted(name for name, count in counts.items() if count >= min_count)


def fit(
    examples: Sequence[Example],
    targets: Sequence[Sequence[int]],
    *,
    l2: float,
    epochs: int = 15,
    rate: float = 0.3,
    min_count: int = 2,
    seed: int = 7,
) -> Linear:
    """Fit one L2-penalised logistic regression per column of targets."""
    width = len(targets[0]) if targets else 0
    names = vocabulary(examples, min_count)
    index = {name: i for i, name in enumerate(names)}
    rows = [
        [(index[name], value) for name, value in example.items() if name in index and value]
        for example in examples
    ]
    weights = [[0.0] * width for _ in names]
    squares = [[1e-8] * width for _ in names]
    bias = [0.0] * width
    bias_squares = [1e-8] * width
    order = list(range(len(rows)))
    rng = random.Random(seed)  # noqa: S311 - reproducible order, not a secret
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            row, wanted = rows[i], targets[i]
            total = list(bias)
            for j, value in row:
                total = [t + value * w for t, w in zip(total, weights[j], strict=True)]
            errors = [sigmoid(t) - y for t, y in zip(total, wanted, strict=True)]
            for k, error in enumerate(errors):
                bias_squares[k] += error * error
                bias[k] -= rate * error / math.sqrt(bias_squares[k])
            for j, value in row:
                w, g2 = weights[j], squares[j]
                grads = [e * value + l2 * x for e, x in zip(errors, w, strict=True)]
                g2[:] = [s + g * g for s, g in zip(g2, grads, strict=True)]
                w[:] = [x - rate * g / math.sqrt(s) for x, g, s in zip(w, grads, g2, strict=True)]
    return Linear(bias, {name: weights[i] for i, name in enumerate(names)})


def platt(margins: Sequence[float], truth: Sequence[bool]) -> tuple[float, float]:
    """Fit p = sigmoid(a * margin + b) to held-out margins (Newton's method, Platt's targets)."""
    positives = sum(truth)
    negatives = len(truth) - positives
    high = (positives + 1) / (positives + 2)
    low = 1 / (negatives + 2)
    goals = [high if t else low for t in truth]
    a, b = 1.0, 0.0
    for _ in range(50):
        g_a = g_b = h_aa = h_ab = h_bb = 0.0
        for m, goal in zip(margins, goals, strict=True):
            p = sigmoid(a * m + b)
            d = p - goal
            v = max(p * (1 - p), 1e-9)
            g_a += d * m
            g_b += d
            h_aa += v * m * m
            h_ab += v * m
            h_bb += v
        h_aa += 1e-6
        h_bb += 1e-6
        det = h_aa * h_bb - h_ab * h_ab
        if det <= 0:
            break
        step_a = (h_bb * g_a - h_ab * g_b) / det
        step_b = (h_aa * g_b - h_ab * g_a) / det
        a, b = a - step_a, b - step_b
        if abs(step_a) + abs(step_b) < 1e-9:
            break
    return a, b


def counts(predicted: Sequence[bool], truth: Sequence[bool]) -> tuple[int, int, int]:
    tp = sum(1 for p, t in zip(predicted, truth, strict=True) if p and t)
    fp = sum(1 for p, t in zip(predicted, truth, strict=True) if p and not t)
    fn = sum(1 for p, t in zip(predicted, truth, strict=True) if t and not p)
    return tp, fp, fn


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


GRID = tuple(round(0.1 + 0.02 * i, 2) for i in range(36))


def best_threshold(scores: Sequence[float], truth: Sequence[bool]) -> float:
    """The threshold with the best F1, smoothed over its neighbours so one lucky cut
    does not decide it."""
    raw = [f1(*counts([s >= t for s in scores], truth)) for t in GRID]
    smooth = [
        sum(raw[max(0, i - 2) : i + 3]) / len(raw[max(0, i - 2) : i + 3]) for i in range(len(raw))
    ]
    best = max(range(len(GRID)), key=lambda i: (smooth[i], -abs(GRID[i] - 0.5)))
    return GRID[best]


def folds(groups: Sequence[str], k: int, seed: int) -> list[int]:
    """A fold number for each example; examples that share a group share a fold.

    Examples written in answer to the same message are kept together, so a
    fold never scores a reply to a message the model has already seen replies to.
    """
    keys = sorted(set(groups))
    random.Random(seed).shuffle(keys)  # noqa: S311 - a reproducible split, not a secret
    sizes = [0] * k
    assigned: dict[str, int] = {}
    members: dict[str, int] = {}
    for key in groups:
        members[key] = members.get(key, 0) + 1
    for key in sorted(keys, key=lambda name: -members[name]):
        smallest = min(range(k), key=lambda f: sizes[f])
        assigned[key] = smallest
        sizes[smallest] += members[key]
    return [assigned[key] for key in groups]
