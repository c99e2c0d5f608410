"""The learned scorer at run time: weights.json and weights.bin, a small network, a
calibrated probability.

train.py fits the label model (net.py: a linear part and one small hidden layer over
the features in features.py, which include the rule engine's findings), then a
calibration that turns each margin into an honest probability, and the threshold at
which a label is reported. Here those numbers are only read and applied: pure Python,
some thousands of additions per draft.

Where a label comes with a rule hit, the hit is the evidence. Where only the
model saw it, the evidence is the sentence whose words pushed hardest towards
that label, and the explanation is the label's standard one.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import struct
import sys
import threading
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .ammunition import SENSITIVE, STOP_WORDS, find_ammunition
from .features import Features, ammunition_features, content_words, extract, stem, tokens
from .labels import AMMUNITION_EXPLANATION, LABELS
from .rules import KIND_ALWAYS, Hit
from .text import Normalized, Sentence, normalize, sentences

WEIGHTS_PATH = Path(__file__).with_name("weights.json")
# The layout train.py writes: 2 added the hidden layer and weights.bin; 3 stores
# weights.bin as bfloat16.
WEIGHTS_VERSION = 3

# (label, score, (start, end) in the tidied text)
Found = tuple[str, float, tuple[int, int]]
# (score, span in the original, explanation, disclosed word)
FoundAmmunition = tuple[float, tuple[int, int], str, str]


def _sigmoid(margin: float) -> float:
    if margin >= 0:
        return 1.0 / (1.0 + math.exp(-margin))
    exp = math.exp(margin)
    return exp / (1.0 + exp)


@dataclass(frozen=True)
class Scorer:
    """Learned weights for the sixteen labels and for ammunition.

    The label model (net.py) has a linear part and one small hidden layer that the
    labels share. Its per-feature weights are one flat array of weights.bin's bfloat16
    numbers, held as 2-byte integers: for each feature a row of `stride` numbers, sixteen
    linear weights (one per label) and then the feature's weights into each hidden unit,
    found through `rows` (feature name to where its row starts). Only the rows of a
    draft's own features are widened to floats, when it is scored: widening all of them
    at load would double the weights' memory (35 MB instead of 17 for 60,000 features),
    and tens of thousands of tuples of Python floats would cost several times more.
    """

    bias: tuple[float, ...]
    rows: dict[str, int]
    packed: array[int]
    stride: int
    hidden_bias: tuple[float, ...]
    out: tuple[tuple[float, ...], ...]
    calibration: tuple[tuple[float, float], ...]
    thresholds: tuple[float, ...]
    ammunition_bias: float
    ammunition_weights: dict[str, float]
    ammunition_calibration: tuple[float, float]
    ammunition_threshold: float
    cross_validation: dict[str, Any]
    trained_on: tuple[str, ...] = ()

    @classmethod
    def from_packed(cls, data: dict[str, Any], packed: array[int], sha256: str) -> Scorer:
        """The scorer from weights.json's contents and weights.bin as read by _read_packed."""
        if data.get("version") != WEIGHTS_VERSION:
            raise ValueError("weights.json is from another version of the coach: retrain")
        if tuple(data["labels"]) != LABELS:
            raise ValueError("weights.json was trained for a different set of labels")
        features, hidden, ammo = data["features"], data["hidden"], data["ammunition"]
        if not all(isinstance(part, dict) for part in (features, hidden, ammo)):
            raise ValueError("weights.json is not laid out as training writes it")
        if sha256 != features["sha256"]:
            raise ValueError("weights.bin does not belong to this weights.json")
        width = len(LABELS)
        hidden_bias = tuple(float(b) for b in hidden["bias"])
        out = tuple(tuple(float(w) for w in row) for row in hidden["out"])
        stride = width + len(hidden_bias)
        if len(out) != len(hidden_bias) or any(len(row) != width for row in out):
            raise ValueError("weights.json's hidden layer has the wrong shape")
        if not len(data["bias"]) == len(data["calibration"]) == len(data["thresholds"]) == width:
            raise ValueError("weights.json needs a bias, calibration and threshold per label")
        names = features["names"]
        if len(packed) != stride * len(names):
            raise ValueError("weights.bin holds a different number of weights than names")
        return cls(
            bias=tuple(float(b) for b in data["bias"]),
            rows={name: i * stride for i, name in enumerate(names)},
            packed=packed,
            stride=stride,
            hidden_bias=hidden_bias,
            out=out,
            calibration=tuple((float(a), float(b)) for a, b in data["calibration"]),
            thresholds=tuple(float(t) for t in data["thresholds"]),
            ammunition_bias=float(ammo["bias"][0]),
            ammunition_weights={name: float(row[0]) for name, row in ammo["features"].items()},
            ammunition_calibration=(float(ammo["calibration"][0]), float(ammo["calibration"][1])),
            ammunition_threshold=float(ammo["threshold"]),
            cross_validation=dict(data.get("cross_validation", {})),
            trained_on=tuple(data.get("trained_on", ())),
        )

    def weight(self, name: str, k: int) -> float:
        """Feature name's linear weight towards label k (0 for a feature the model never kept)."""
        at = self.rows.get(name)
        return 0.0 if at is None else _widen_one(self.packed[at + k])

    def margins(self, values: dict[str, float]) -> list[float]:
        """Each label's margin, in LABELS order, before calibration.

        The rows of the draft's features are gathered and widened to floats in one go,
        then summed column by column (zip and sum run in C), which is several times faster
        than adding them one by one.
        """
        rows, packed, stride = self.rows, self.packed, self.stride
        gathered: array[int] = array("H")
        scales: list[float] = []
        for name, value in values.items():
            at = rows.get(name)
            if at is not None:
                gathered += packed[at : at + stride]
                scales.append(value)
        floats = _widen(gathered)
        chosen: list[Any] = []
        for start, value in zip(range(0, len(floats), stride), scales, strict=True):
            row = floats[start : start + stride]
            chosen.append(row if value == 1.0 else [value * w for w in row])
        sums = [sum(column) for column in zip(*chosen, strict=True)] if chosen else [0.0] * stride
        width = len(self.bias)
        total = [b + s for b, s in zip(self.bias, sums[:width], strict=True)]
        for into, bias, weights in zip(sums[width:], self.hidden_bias, self.out, strict=True):
            unit = into + bias
            if unit > 0:
                total = [t + unit * w for t, w in zip(total, weights, strict=True)]
        return total

    def probabilities(self, values: dict[str, float]) -> list[float]:
        """A calibrated probability for each label, in LABELS order."""
        return [
            _sigmoid(a * m + b)
            for m, (a, b) in zip(self.margins(values), self.calibration, strict=True)
        ]

    def evidence_sentence(self, features: Features, k: int) -> int:
        """The index of the sentence whose own words count most towards label k.

        Only the linear part's weights are read: a hidden unit's share cannot be split
        between sentences, but the linear weights of a sentence's words say plainly
        which one leans towards the label."""
        best, best_index = -math.inf, 0
        for index, names in enumerate(features.by_sentence):
            total = sum(self.weight(name, k) for name in set(names))
            if total > best:
                best, best_index = total, index
        return best_index

    def ammunition_probability(self, values: dict[str, float]) -> float:
        margin = self.ammunition_bias + sum(
            value * self.ammunition_weights.get(name, 0.0) for name, value in values.items()
        )
        a, b = self.ammunition_calibration
        return _sigmoid(a * margin + b)


def packed_path(path: Path) -> Path:
    """Where the packed weights that go with a weights.json live: weights.bin beside it."""
    return path.with_suffix(".bin")


# Where a bfloat16 goes among the two 2-byte halves of a 4-byte float in memory: it is the
# float's top half, and its bottom half is zero.
_TOP_HALF = 1 if sys.byteorder == "little" else 0


def _widen(halves: array[int]) -> array[float]:
    """bfloat16 numbers, held as 2-byte integers, as 4-byte floats: exactly, since each
    is placed as the top half of a float whose bottom half is zero, not computed."""
    wide = array("H", [0]) * (2 * len(halves))
    wide[_TOP_HALF::2] = halves
    floats: array[float] = array("f")
    floats.frombytes(memoryview(wide).cast("B"))  # one copy, no bytes in between
    return floats


_FLOAT_BITS = struct.Struct("=I")
_FLOAT = struct.Struct("=f")


def _widen_one(half: int) -> float:
    """One bfloat16, held as a 2-byte integer, as a float (for a single weight)."""
    return float(_FLOAT.unpack(_FLOAT_BITS.pack(half << 16))[0])


def _read_packed(source: io.BufferedIOBase, size: int) -> tuple[array[int], str]:
    """weights.bin's little-endian bfloat16 numbers as an array of 2-byte integers in this
    machine's byte order, and the sha256 of its bytes. The file is read a piece at a
    time, so it is never held whole beside the array."""
    # `source` is a file opened "rb" or a BytesIO: each readinto fills the piece, but for
    # the file's last, so a piece of odd length means the file is not what fstat said.
    if size % 2:
        raise ValueError("weights.bin is not a whole number of 2-byte weights")
    digest = hashlib.sha256()
    halves = array("H", [0]) * (size // 2)
    piece = bytearray(1 << 16)
    at = 0
    with memoryview(halves) as view, view.cast("B") as into:
        while at < size and (count := source.readinto(piece)):
            if count % 2 or at + count > size:
                raise ValueError("weights.bin changed while it was read")
            read = piece[:count]
            digest.update(read)
            into[at : at + count] = read
            at += count
    if at != size or source.read(1):
        raise ValueError("weights.bin changed while it was read")
    if sys.byteorder != "little":
        halves.byteswap()
    return halves, digest.hexdigest()


# Per weights.json: the files' stamps when last read, and what came of reading them.
_Stamp = tuple[tuple[int, int, int], ...] | None
_LOADED: dict[Path, tuple[_Stamp, Scorer | None]] = {}
_LOADING = threading.Lock()
# Scorers kept at once: the app uses one; tests load a few from temporary folders. The
# first one read is dropped first.
_KEPT = 4


def _stamp(path: Path) -> _Stamp:
    """Inode, size and modification time of weights.json and weights.bin: any retrain
    that replaces either file changes it. None when either is missing."""
    try:
        found = [os.stat(p) for p in (path, packed_path(path))]
    except OSError:
        return None
    return tuple((st.st_ino, st.st_size, st.st_mtime_ns) for st in found)


def load_scorer(path: Path = WEIGHTS_PATH) -> Scorer | None:
    """The trained scorer, or None when no usable weights.json and weights.bin are present.

    What came of reading the two files is kept, success or not, until either file
    changes: a retrain that replaces them is picked up by the next draft (also when a
    draft came while the two were being swapped in, one missing or from the other
    training), and weights that stay broken are not read again for every draft. Two
    stat calls a draft tell whether the files changed.
    """
    stamp = _stamp(path)
    known = _LOADED.get(path)
    if known is not None and known[0] == stamp:
        return known[1]
    with _LOADING:
        known = _LOADED.get(path)
        if known is not None and known[0] == stamp:
            return known[1]
        scorer = _read_scorer(path) if stamp is not None else None
        if path not in _LOADED and len(_LOADED) >= _KEPT:
            del _LOADED[next(iter(_LOADED))]
        # Stamped before reading: if the files changed meanwhile, the next draft reads again.
        _LOADED[path] = (stamp, scorer)
    return scorer


def forget_loaded_scorers() -> None:
    """Read the weights again on next use (tests that rewrite them in place)."""
    with _LOADING:
        _LOADED.clear()


def _read_scorer(path: Path) -> Scorer | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        with packed_path(path).open("rb") as source:
            packed = _read_packed(source, os.fstat(source.fileno()).st_size)
        return Scorer.from_packed(data, *packed)
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError):
        return None


# Above this, the model's reading wins over a kind "you always…" the rules found.
KIND_ALWAYS_BAR = 0.6
_FIXING, _CRITICISM = LABELS.index("fixing_first"), LABELS.index("criticism")


def _held_to_definitions(
    probabilities: list[float],
    thresholds: tuple[float, ...],
    values: dict[str, float],
    hits: list[Hit],
) -> list[float]:
    """Two lines of the labelling guidelines that the model does not reliably learn from
    word counts alone, applied to its probabilities.

    Advice that comes only after an acknowledgement is not fixing_first, by definition.
    And where the rules read "you always…"/"you never…" as praise and found no blame,
    the model needs more than its usual threshold to call the draft criticism: its word
    features cannot tell "you always make me laugh" from "you always make me wait".
    A probability ruled out this way is kept just under its threshold, so it still
    ranks drafts (ROC-AUC) but is not reported.
    """
    adjusted = list(probabilities)
    if "advice:after_ack" in values and "advice:before_ack" not in values:
        adjusted[_FIXING] = min(adjusted[_FIXING], thresholds[_FIXING] * 0.99)
    kind = any(hit.source == KIND_ALWAYS for hit in hits)
    blamed = any(hit.label == "criticism" for hit in hits)
    if kind and not blamed and adjusted[_CRITICISM] < KIND_ALWAYS_BAR:
        adjusted[_CRITICISM] = min(adjusted[_CRITICISM], thresholds[_CRITICISM] * 0.99)
    return adjusted


def label_findings(
    scorer: Scorer,
    norm: Normalized,
    *,
    mode: str,
    replying_to: str | None,
    hits: list[Hit],
    rule_scores: dict[str, tuple[float, Hit]],
) -> tuple[list[Found], dict[str, float]]:
    """The labels the learned scorer reports, with spans, and every label's probability."""
    features = extract(
        norm,
        mode=mode,
        replying_to=replying_to,
        hits=hits,
        rule_scores={label: score for label, (score, _) in rule_scores.items()},
    )
    probabilities = _held_to_definitions(
        scorer.probabilities(features.values), scorer.thresholds, features.values, hits
    )
    found: list[Found] = []
    for k, label in enumerate(LABELS):
        probability = probabilities[k]
        if probability < scorer.thresholds[k]:
            continue
        if label in rule_scores:
            best = rule_scores[label][1]
            span = (best.start, best.end)
        else:
            span = features.sentences[scorer.evidence_sentence(features, k)].trimmed
        found.append((label, round(probability, 3), span))
    return found, dict(zip(LABELS, probabilities, strict=True))


def _disclosed_word(replying_to: str, shared: set[str]) -> str:
    """A word from the disclosure to name: a shared one, else its most sensitive one."""
    words = [w for w in tokens(normalize(replying_to).text) if w.isalpha() and w not in STOP_WORDS]
    for word in words:
        if stem(word) in shared:
            return word
    sensitive = [w for w in words if w in SENSITIVE]
    return (sensitive or sorted(words, key=len, reverse=True) or [""])[0]


def ammunition_findings(
    scorer: Scorer,
    norm: Normalized,
    *,
    hits: list[Hit],
    replying_to: str,
    probabilities: dict[str, float],
) -> list[FoundAmmunition]:
    """In a conflict, the learned judgement on whether a disclosure is used as a weapon."""
    by_rule = find_ammunition(norm, hits, mode="conflict", replying_to=replying_to)
    values = ammunition_features(
        norm,
        replying_to=replying_to,
        probabilities=probabilities,
        rule_score=max((item[0] for item in by_rule), default=0.0),
    )
    probability = round(scorer.ammunition_probability(values), 3)
    if probability < scorer.ammunition_threshold:
        return []
    if by_rule:
        return [(probability, span, why, word) for _, span, why, word in by_rule]
    theirs = content_words(normalize(replying_to).text)
    found = sentences(norm.text) or [Sentence(0, len(norm.text), norm.text)]
    best = max(found, key=lambda s: len(content_words(s.text) & theirs))
    start, end = best.trimmed
    shared = content_words(norm.text) & theirs
    return [
        (
            probability,
            norm.span(start, end),
            AMMUNITION_EXPLANATION,
            _disclosed_word(replying_to, shared),
        )
    ]
