"""Training the learned scorer: deterministic, loadable, and able to learn."""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path
from typing import Any

import pytest

from closeknit.coach import LABELS, analyze
from closeknit.coach.bench import run_bench
from closeknit.coach.evaluate import HELD_OUT, default_parts
from closeknit.coach.learn import best_threshold, fit, folds, platt, sigmoid
from closeknit.coach.learned import Scorer, forget_loaded_scorers, load_scorer
from closeknit.coach.net import fit_net
from closeknit.coach.train import Trained, train

OPENERS = ["Okay.", "Right.", "Hmm.", "Well.", "So."]
ENDINGS = ["the bus was late", "we had soup", "it rained again", "the cat slept", "work ran on"]


def synthetic_rows(count: int = 60) -> list[dict[str, Any]]:
    """Replies where "pineapple" (and only it) marks appreciation: a separable label."""
    rng = random.Random(3)
    rows = []
    for index in range(count):
        marked = index % 2 == 0
        words = f"{rng.choice(OPENERS)} {rng.choice(ENDINGS)}"
        text = f"{words}, pineapple." if marked else f"{words}."
        rows.append(
            {
                "id": f"syn-{index:03d}",
                "mode": "reply",
                "replying_to": f"Message number {index // 3}.",
                "text": text,
                "labels": ["appreciation"] if marked else [],
                "ammunition": False,
            }
        )
    return rows


@pytest.fixture(scope="module")
def trained() -> Trained:
    return train(rows=synthetic_rows(), l2_grid=(0.01,))


def test_it_trains_deterministically(trained: Trained) -> None:
    again = train(rows=synthetic_rows(), l2_grid=(0.01,))
    assert json.dumps(again.data, sort_keys=True) == json.dumps(trained.data, sort_keys=True)
    assert again.weights == trained.weights


def _loaded(trained: Trained, folder: Path) -> Scorer:
    """What load_scorer makes of these weights once written out, as the coach reads them."""
    trained.write(folder / "weights.json")
    scorer = load_scorer(folder / "weights.json")
    assert scorer is not None
    return scorer


def test_it_learns_a_separable_label(trained: Trained, tmp_path: Path) -> None:
    k = LABELS.index("appreciation")
    assert trained.data["cross_validation"]["labels"]["appreciation"]["f1"] >= 0.95
    scorer = _loaded(trained, tmp_path)
    assert scorer.thresholds[k] <= 0.9
    assert scorer.weight("w:pineapple", k) > 0
    assert scorer.weight("w:never-seen", k) == 0.0
    marked = scorer.probabilities({"bias:reply": 1.0, "w:pineapple": 1.0})[k]
    assert marked > scorer.probabilities({"bias:reply": 1.0, "w:soup": 1.0})[k]


def test_the_scorer_keeps_two_bytes_a_weight_and_widens_only_what_it_reads(
    trained: Trained, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import struct
    import sys
    from array import array

    from closeknit.coach.learned import _widen

    scorer = _loaded(trained, tmp_path)
    # Held as weights.bin holds them: half the memory of 4-byte floats.
    assert scorer.packed.itemsize == 2
    assert len(scorer.packed) == scorer.stride * len(scorer.rows)
    stored = array("H", trained.weights)  # weights.bin is little-endian
    if sys.byteorder != "little":
        stored.byteswap()
    assert scorer.packed == stored
    k = LABELS.index("appreciation")
    at = scorer.rows["w:pineapple"]
    # The weight read is the 4-byte float whose top two bytes are the stored bfloat16.
    top = trained.weights[2 * (at + k) : 2 * (at + k) + 2]
    assert scorer.weight("w:pineapple", k) == struct.unpack("<f", b"\0\0" + top)[0]
    assert list(_widen(scorer.packed[at : at + 2])) == [
        struct.unpack("<f", b"\0\0" + trained.weights[2 * i : 2 * i + 2])[0] for i in (at, at + 1)
    ]

    # Scoring a draft widens the rows of its own features and nothing else.
    import closeknit.coach.learned as learned_module

    widened: list[int] = []

    def counting(halves: array[int]) -> array[float]:
        widened.append(len(halves))
        return _widen(halves)

    monkeypatch.setattr(learned_module, "_widen", counting)
    draft = {"w:pineapple": 1.0, "bias:reply": 0.5, "w:never-seen": 1.0}
    known = sum(1 for name in draft if name in scorer.rows)
    assert known == 2
    scorer.margins(draft)
    assert widened == [known * scorer.stride]


def test_it_writes_weights_that_load(trained: Trained, tmp_path: Path) -> None:
    path = tmp_path / "weights.json"
    trained.write(path)
    assert (tmp_path / "weights.bin").read_bytes() == trained.weights
    scorer = load_scorer(path)
    assert scorer is not None
    assert len(scorer.bias) == len(LABELS) == len(scorer.thresholds)
    assert scorer.stride == len(LABELS) + len(scorer.hidden_bias) and scorer.hidden_bias
    assert all(0 < t < 1 for t in scorer.thresholds)


def test_a_write_that_fails_leaves_the_old_weights_whole(
    trained: Trained, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "weights.json"
    trained.write(path)
    before = path.read_bytes()
    real_replace = os.replace

    def failing(source: object, target: object) -> None:
        if Path(str(target)) == path:
            raise OSError("disk full")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(OSError):
        Trained({**trained.data, "seed": -1}, trained.weights).write(path)
    assert path.read_bytes() == before
    monkeypatch.setattr(os, "replace", real_replace)
    Trained({**trained.data, "seed": -1}, trained.weights).write(path)
    assert json.loads(path.read_text(encoding="utf-8"))["seed"] == -1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["weights.bin", "weights.json"]

    # Other weights, stopped while weights.json is written: the old pair still loads
    # (weights.bin must not have been replaced before weights.json was ready).
    import hashlib

    other = bytes([trained.weights[0] ^ 1]) + trained.weights[1:]
    data = json.loads(json.dumps(trained.data))
    data["features"]["sha256"] = hashlib.sha256(other).hexdigest()
    real_write = Path.write_bytes

    def cut_short(self: Path, content: bytes) -> int:
        if self.name == ".weights.json.partial":
            real_write(self, content[:100])
            raise OSError("disk full")
        return real_write(self, content)

    monkeypatch.setattr(Path, "write_bytes", cut_short)
    with pytest.raises(OSError):
        Trained(data, other).write(path)
    monkeypatch.setattr(Path, "write_bytes", real_write)
    assert load_scorer(path) is not None
    assert (tmp_path / "weights.bin").read_bytes() == trained.weights
    assert sorted(p.name for p in tmp_path.iterdir()) == ["weights.bin", "weights.json"]
    loaded_first = load_scorer(path)
    Trained(data, other).write(path)
    # No forgetting needed: replacing the files is enough for the new pair to be read.
    after = load_scorer(path)
    assert after is not None and after is not loaded_first
    assert (tmp_path / "weights.bin").read_bytes() == other


def test_the_pure_python_scorer_gives_the_networks_margins(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """What ships (weights.bin, weights.json, read by learned.py) scores a draft as the
    fitted network (net.py, numpy) does: hidden layer, layout and scale all included."""
    import closeknit.coach.train as train_module
    from closeknit.coach.net import Net

    fitted: list[Net] = []
    original = train_module.LabelsFitter.__call__

    def keep(self: Any, examples: Any, targets: Any) -> Net:
        net = original(self, examples, targets)
        fitted.append(net)
        return net

    monkeypatch.setattr(train_module.LabelsFitter, "__call__", keep)
    trained = train(rows=synthetic_rows(), l2_grid=(0.01,))
    scorer = _loaded(trained, tmp_path)
    net = fitted[-1]  # the final fit, on every row
    drafts = [train_module.featurize(row) for row in synthetic_rows(12)]
    drafts += [{**d, "w:never-seen": 1.0, "w:pineapple": 0.37} for d in drafts[:3]]
    drafts += [{}, {"w:never-seen": 2.0}]
    for values, expected in zip(drafts, net.margins_of(drafts), strict=True):
        assert scorer.margins(values) == pytest.approx(expected, abs=1e-4)
    assert scorer.stride == len(LABELS) + len(scorer.hidden_bias) > len(LABELS)
    from closeknit.coach.learned import _widen

    weights = _widen(scorer.packed)
    units = [
        sum(
            v * weights[scorer.rows[n] + len(LABELS) + h]
            for n, v in drafts[0].items()
            if n in scorer.rows
        )
        + bias
        for h, bias in enumerate(scorer.hidden_bias)
    ]
    assert any(unit > 0 for unit in units), "the hidden layer takes part"


def test_a_scale_is_folded_into_the_weights() -> None:
    """Fitting x with scale s gives the weights of fitting x * s, expressed for raw x."""
    examples = [{"a": 1.0, "w:b": 1.0}, {"w:b": 1.0}, {"a": 1.0}, {"c": 1.0}] * 10
    targets = [[1], [0], [1], [0]] * 10

    def half(name: str) -> float:
        return 0.5 if name == "w:b" else 1.0

    scaled = fit_net(examples, targets, l2=0.01, hidden=4, scale=half)
    by_hand = fit_net(
        [{n: v * half(n) for n, v in e.items()} for e in examples], targets, l2=0.01, hidden=4
    )
    raw = [{"a": 1.0, "w:b": 1.0}, {"w:b": 1.0}]
    halved = [{"a": 1.0, "w:b": 0.5}, {"w:b": 0.5}]
    for mine, theirs in zip(scaled.margins_of(raw), by_hand.margins_of(halved), strict=True):
        assert mine == pytest.approx(theirs, abs=1e-9)
    assert scaled.margins_of(raw) != by_hand.margins_of(raw)


def test_the_networks_gradients_match_finite_differences() -> None:
    """One minibatch step's gradients, for every kind of weight, against central
    differences of the loss it minimises."""
    import numpy as np
    from scipy import sparse, special

    from closeknit.coach import net as net_module

    rng = np.random.default_rng(4)
    x = sparse.csr_matrix(rng.random((7, 9)) * (rng.random((7, 9)) < 0.5))
    y = (rng.random((7, 3)) < 0.4).astype(float)
    l2 = 0.07
    weights = {
        "bias": rng.normal(size=3),
        "linear": rng.normal(size=(9, 3)),
        "hidden_bias": rng.normal(size=4),
        "hidden": rng.normal(size=(9, 4)),
        "out": rng.normal(size=(4, 3)),
    }

    def loss() -> float:
        pre = x @ weights["hidden"] + weights["hidden_bias"]
        z = np.maximum(pre, 0) @ weights["out"] + x @ weights["linear"] + weights["bias"]
        p = special.expit(z)
        cross = -(y * np.log(p) + (1 - y) * np.log(1 - p)).sum() / x.shape[0]
        counts = np.asarray((x != 0).sum(axis=0)).ravel()[:, None] / x.shape[0]
        rows = (counts * (weights["linear"] ** 2)).sum() + (counts * weights["hidden"] ** 2).sum()
        return float(cross + l2 * rows)

    class Record:
        def __init__(self) -> None:
            self.grad: Any = None
            self.rows: Any = None

        def step(self, grad: Any, t: int, rows: Any = None) -> None:
            self.grad, self.rows = grad, rows

    record = {key: Record() for key in weights}
    net_module._step(x, y, weights, record, 1, l2=l2, dropout=0.0, rng=rng)  # type: ignore[arg-type]
    for key, array in weights.items():
        grad = np.zeros_like(array)
        rows = record[key].rows
        if rows is None:
            grad = record[key].grad
        else:
            grad[rows] = record[key].grad
        for index in np.ndindex(array.shape):
            was = array[index]
            array[index] = was + 1e-6
            up = loss()
            array[index] = was - 1e-6
            down = loss()
            array[index] = was
            assert grad[index] == pytest.approx((up - down) / 2e-6, abs=1e-6), (key, index)


def test_only_the_rows_a_batch_touched_move_and_a_late_newcomer_moves_further() -> None:
    import numpy as np

    from closeknit.coach.net import _Adam

    weights = np.zeros((3, 2))
    adam = _Adam(weights, rate=0.1)
    adam.step(np.ones((2, 2)), 1, rows=np.array([0, 2]))
    assert (weights[1] == 0).all() and weights[[0, 2]] == pytest.approx(np.full((2, 2), -0.1))
    before = weights.copy()
    adam.step(np.ones((1, 2)), 1000, rows=np.array([1]))
    assert (weights[[0, 2]] == before[[0, 2]]).all()
    # The bias correction counts the fit's steps, not the row's (see _Adam).
    assert 2 * 0.1 < -weights[1, 0] < 3.2 * 0.1


def test_the_coach_never_imports_numpy_or_scipy() -> None:
    import subprocess

    code = (
        "import sys; from closeknit.coach import analyze; "
        "analyze('You never listen.', replying_to='I had a bad day.', mode='conflict'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('numpy', 'scipy')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_it_refuses_a_weights_bin_from_another_training(trained: Trained, tmp_path: Path) -> None:
    path = tmp_path / "weights.json"
    trained.write(path)
    other = train(rows=synthetic_rows(40), l2_grid=(0.01,))
    (tmp_path / "weights.bin").write_bytes(other.weights)
    forget_loaded_scorers()
    assert load_scorer(path) is None
    # The same size, one bit different: only the checksum can tell.
    spoiled = bytes([trained.weights[0] ^ 1]) + trained.weights[1:]
    (tmp_path / "weights.bin").write_bytes(spoiled)
    forget_loaded_scorers()
    assert load_scorer(path) is None
    (tmp_path / "weights.bin").unlink()
    forget_loaded_scorers()
    assert load_scorer(path) is None


def test_weights_are_rounded_to_bfloat16_to_nearest_and_ties_to_even() -> None:
    import numpy as np

    from closeknit.coach.net import _bfloat16

    step = 2.0**-7  # bfloat16's spacing just above 1
    before = np.array([1 + step / 2, 1 + 3 * step / 2, 1 + step / 2 + 2.0**-20, -0.1, 0.0])
    after = _bfloat16(before)
    assert list(after[:3]) == [1.0, 1 + 2 * step, 1 + step]
    assert after[3] != -0.1 and abs(after[3] + 0.1) <= 0.1 * 2.0**-8
    assert after[4] == 0.0


def test_weights_bin_holds_two_bytes_a_weight_and_widens_to_exactly_the_nets_weights() -> None:
    import io

    import numpy as np

    from closeknit.coach.learned import _read_packed, _widen
    from closeknit.coach.net import Net, _bfloat16

    rng = np.random.default_rng(3)
    linear, hidden = rng.normal(size=(3, 16)), rng.normal(size=(3, 4))
    net = Net(
        names=["a", "b", "c"],
        bias=np.zeros(16),
        linear=linear,
        hidden_bias=np.zeros(4),
        hidden=hidden,
        out=np.zeros((4, 16)),
    )
    packed = net.packed()
    assert len(packed) == 2 * 3 * (16 + 4)
    halves, _ = _read_packed(io.BytesIO(packed), len(packed))
    floats = _widen(halves)
    # Net rounds what it is given, so the file holds exactly the net's own weights.
    assert list(floats) == list(np.hstack([net.linear, net.hidden]).ravel())
    assert list(floats) == list(_bfloat16(np.hstack([linear, hidden])).ravel())


def test_a_weights_bin_of_many_pieces_widens_whole() -> None:
    import hashlib
    import io

    import numpy as np

    from closeknit.coach.learned import _read_packed, _widen
    from closeknit.coach.net import _bfloat16

    # 100,001 weights: 200,002 bytes, read in several 64 KiB pieces and a short last one.
    weights = _bfloat16(np.random.default_rng(5).normal(size=100_001)).astype("<f4")
    packed = weights.view("<u2")[1::2].tobytes()
    halves, digest = _read_packed(io.BytesIO(packed), len(packed))
    assert len(halves) == 100_001
    assert _widen(halves).tobytes() == weights.tobytes()
    assert digest == hashlib.sha256(packed).hexdigest()
    # A file that grew or shrank after its size was taken is refused.
    for changed in (packed + b"\0\0", packed[:-2], packed[:-1]):
        with pytest.raises(ValueError):
            _read_packed(io.BytesIO(changed), len(packed))


def test_an_odd_sized_or_cut_weights_bin_falls_back_to_the_rules(
    trained: Trained, tmp_path: Path
) -> None:
    import hashlib

    path = tmp_path / "weights.json"
    for spoiled in (trained.weights + b"\x00", trained.weights[:-2], trained.weights):
        # The right checksum, so that the size is what must refuse the first two.
        data = json.loads(json.dumps(trained.data))
        data["features"]["sha256"] = hashlib.sha256(spoiled).hexdigest()
        Trained(data, spoiled).write(path)
        forget_loaded_scorers()
        loaded = load_scorer(path)
        assert (loaded is not None) == (spoiled == trained.weights)  # the last is the control


def test_weights_are_read_again_when_their_files_change(
    trained: Trained, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Mid-retrain, weights.bin can be missing for a moment: the coach must find the
    # pair once it is whole again, not fall back to the rules until a restart.
    from closeknit.coach import learned

    path = tmp_path / "weights.json"
    assert load_scorer(path) is None
    trained.write(path)
    first = load_scorer(path)
    assert first is not None
    # Unchanged files are not read again: the same object comes back.
    assert load_scorer(path) is first
    # A retrain that replaces them is picked up by the next draft.
    other = train(rows=synthetic_rows(40), l2_grid=(0.01,))
    other.write(path)
    second = load_scorer(path)
    assert second is not None and second is not first
    (tmp_path / "weights.bin").unlink()
    assert load_scorer(path) is None

    # A pair that stays broken is read once, not for every draft, until it changes.
    reads: list[Path] = []
    real_read = learned._read_scorer

    def counting(p: Path) -> Scorer | None:
        reads.append(p)
        return real_read(p)

    monkeypatch.setattr(learned, "_read_scorer", counting)
    (tmp_path / "weights.bin").write_bytes(trained.weights)  # not other's: refused
    assert [load_scorer(path) for _ in range(5)] == [None] * 5
    assert len(reads) == 1
    (tmp_path / "weights.bin").write_bytes(other.weights)
    assert load_scorer(path) is not None and len(reads) == 2


def test_loading_weights_from_many_threads_and_paths_is_safe(
    trained: Trained, tmp_path: Path
) -> None:
    import threading

    paths = []
    for n in range(8):
        folder = tmp_path / str(n)
        folder.mkdir()
        trained.write(folder / "weights.json")
        paths.append(folder / "weights.json")
    errors: list[BaseException] = []

    def load_all() -> None:
        try:
            for _ in range(60):
                for p in paths:
                    if load_scorer(p) is None:
                        raise AssertionError(f"no scorer from {p}")
        except BaseException as exc:
            errors.append(exc)

    import sys

    # Switch threads as often as the interpreter allows, so that an unguarded
    # check-then-evict between threads shows up within the test's few seconds.
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=load_all) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert errors == []


def test_it_falls_back_to_the_rules_without_usable_weights(tmp_path: Path) -> None:
    assert load_scorer(tmp_path / "missing.json") is None
    broken = tmp_path / "broken.json"
    broken.write_text('{"labels": ["criticism"]}', encoding="utf-8")
    assert load_scorer(broken) is None


def test_it_refuses_weights_whose_count_does_not_match_their_names(
    trained: Trained, tmp_path: Path
) -> None:
    short = json.loads(json.dumps(trained.data))
    short["features"]["names"].append("w:one-too-many")
    path = tmp_path / "short.json"
    Trained(short, trained.weights).write(path)
    assert load_scorer(path) is None


@pytest.mark.parametrize(
    "spoil",
    [
        lambda d: d.update(hidden=[]),
        lambda d: d.update(version=1),
        lambda d: d["bias"].pop(),
        lambda d: d["calibration"].pop(),
        lambda d: d["thresholds"].pop(),
        lambda d: d["hidden"]["out"].pop(),
        lambda d: d["hidden"]["out"][0].pop(),
        lambda d: d["ammunition"].update(features=[]),
        lambda d: d.pop("hidden"),
    ],
)
def test_a_malformed_weights_json_falls_back_to_the_rules(
    trained: Trained, tmp_path: Path, spoil: Any
) -> None:
    data = json.loads(json.dumps(trained.data))
    spoil(data)
    path = tmp_path / "weights.json"
    Trained(data, trained.weights).write(path)
    assert load_scorer(path) is None


def test_it_fits_a_tiny_problem_and_ranks_by_probability() -> None:
    examples = [{"a": 1.0}, {"a": 1.0, "b": 1.0}, {"b": 1.0}, {"c": 1.0}] * 5
    targets = [[1], [1], [0], [0]] * 5
    model = fit(examples, targets, l2=0.001, epochs=30, seed=1)
    assert model.margins({"a": 1.0})[0] > 0 > model.margins({"c": 1.0})[0]
    assert fit(examples, targets, l2=0.001, seed=1) == fit(examples, targets, l2=0.001, seed=1)


def test_the_network_fits_a_label_only_a_combination_of_features_marks() -> None:
    """Exclusive or: "a" or "b" alone marks the label, both together do not. No linear
    model can rank that; the hidden layer must."""
    examples = [{"a": 1.0}, {"b": 1.0}, {"a": 1.0, "b": 1.0}, {"c": 1.0}] * 40
    targets = [[1], [1], [0], [0]] * 40
    # Three batches a pass: min_updates, not epochs, sets how long this fits.
    net = fit_net(examples, targets, l2=0.0, hidden=8, rate=0.02, dropout=0.0)
    single, both, neither = net.margins_of([{"a": 1.0}, {"a": 1.0, "b": 1.0}, {"c": 1.0}])
    assert single[0] > 0 > both[0] and single[0] > neither[0]
    again = fit_net(examples, targets, l2=0.0, hidden=8, rate=0.02, dropout=0.0)
    assert (again.hidden == net.hidden).all() and (again.out == net.out).all()


def test_it_keeps_replies_to_one_message_in_one_fold() -> None:
    groups = ["x", "x", "y", "z", "y", "w", "x", "v"]
    fold = folds(groups, 3, seed=5)
    for group in set(groups):
        assert len({f for f, g in zip(fold, groups, strict=True) if g == group}) == 1
    assert fold == folds(groups, 3, seed=5)


def test_it_calibrates_monotonically() -> None:
    margins = [-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 0.5]
    truth = [False, False, False, True, True, True, True, False]
    a, b = platt(margins, truth)
    assert a > 0
    probabilities = [sigmoid(a * m + b) for m in sorted(margins)]
    assert probabilities == sorted(probabilities)
    assert 0.3 <= best_threshold(probabilities, [p > 0.5 for p in probabilities]) <= 0.7


def test_it_can_still_use_the_rules_alone() -> None:
    text = "You never listen to me."
    assert "criticism" in analyze(text, mode="conflict", learned=False).names()


def test_it_quotes_a_whole_sentence_when_only_the_model_saw_a_label() -> None:
    text = "Okay. The bus was late, pineapple."
    scorer = load_scorer()
    analysis = analyze(text, replying_to="Hi.")
    for item in analysis.labels:
        assert text[item.span[0] : item.span[1]] == item.evidence
        assert 0 < item.score <= 1
    assert scorer is None or all(item.evidence.strip() for item in analysis.labels)


def test_the_bench_reports_ordered_percentiles() -> None:
    # Speed itself is measured by `closeknit coach bench`, never asserted in a test.
    result = run_bench(n=20)
    assert 0 < result["p50_ms"] <= result["p95_ms"] <= result["p99_ms"]
    assert result["drafts"] == 20 and result["drafts_per_second"] > 0
    if sys.platform.startswith("linux"):
        # Measured in a fresh interpreter: importing the coach and its weights takes room.
        assert result["rss_growth_mb"] > 1


def test_it_evaluates_the_held_out_parts_by_default_only_when_they_exist(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import closeknit.coach.evaluate as evaluate_module

    monkeypatch.setattr(evaluate_module, "HELD_OUT", ("first", "second"))
    monkeypatch.setattr(evaluate_module, "MEASURED_LAST", ("before",))
    assert default_parts(tmp_path) == ("test",)
    (tmp_path / "before.jsonl").write_text("", encoding="utf-8")
    assert default_parts(tmp_path) == ("before",)
    (tmp_path / "second.jsonl").write_text("", encoding="utf-8")
    assert default_parts(tmp_path) == ("second",)
    (tmp_path / "first.jsonl").write_text("", encoding="utf-8")
    assert default_parts(tmp_path) == ("first", "second")


def test_the_bench_leaves_the_coach_modules_as_it_found_them() -> None:
    import closeknit
    import closeknit.coach
    import closeknit.coach.learned as learned_before

    run_bench(n=3)
    import closeknit.coach.learned as learned_after

    assert learned_after is learned_before
    assert closeknit.coach is sys.modules["closeknit.coach"]
    assert closeknit.coach.learned is learned_before


def test_the_shipped_weights_were_trained_on_these_rules(trained: Trained) -> None:
    from closeknit.coach.learned import WEIGHTS_PATH
    from closeknit.coach.rules import rules_fingerprint

    assert trained.data["rules"] == rules_fingerprint()
    shipped = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    # Weights name rule patterns by position: changed rules need
    # `python -m closeknit.coach.train` before they ship.
    assert shipped["rules"] == rules_fingerprint()


def test_the_shipped_weights_were_trained_on_the_training_parts_only() -> None:
    from closeknit.coach.evaluate import RESERVE, TRAINING_PARTS
    from closeknit.coach.learned import WEIGHTS_PATH

    shipped = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    # File names, as `coach eval --part` knows them, so eval can say when a part is
    # training data; and never the held-out or reserve part.
    assert shipped["trained_on"] == sorted(TRAINING_PARTS)
    assert not set(HELD_OUT + RESERVE) & set(shipped["trained_on"])


def test_it_records_each_part_by_its_file_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import closeknit.coach.train as train_module

    rows = synthetic_rows()  # ids start "syn-": the file's name is what counts
    for name, half in (("first", rows[:30]), ("second", rows[30:])):
        lines = [json.dumps(row) for row in half]
        (tmp_path / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(train_module, "CORPUS_DIR", tmp_path)
    result = train(parts=("first", "second"), l2_grid=(0.01,)).data
    assert result["trained_on"] == ["first", "second"]
    assert set(result["cross_validation"]["leave_one_part_out_macro_f1"]) == {"first", "second"}


def test_it_packs_weights_as_little_endian_bfloat16_a_row_per_feature() -> None:
    import struct

    import numpy as np

    from closeknit.coach.net import Net

    width, hidden = len(LABELS), 2
    kept = [0.5, -1.25, 3.0] + [0.0] * (width - 3)
    model = Net(
        names=["a", "b"],
        bias=np.zeros(width),
        linear=np.array([kept, [0.0] * width]),
        hidden_bias=np.zeros(hidden),
        hidden=np.array([[0.25, -2.0], [0.0, 0.75]]),
        out=np.zeros((hidden, width)),
    )
    packed = model.packed()
    assert len(packed) == 2 * 2 * (width + hidden)
    # Each weight is the top two bytes of a little-endian 4-byte float.
    widened = b"".join(b"\0\0" + packed[i : i + 2] for i in range(0, len(packed), 2))
    rows = struct.unpack(f"<{2 * (width + hidden)}f", widened)
    assert list(rows) == [*kept, 0.25, -2.0, *([0.0] * width), 0.0, 0.75]


def test_the_bench_summary_says_when_resident_size_was_not_measured() -> None:
    from closeknit.coach.bench import format_bench

    result = {
        "drafts": 10,
        "draft_chars": 500.0,
        "p50_ms": 1.0,
        "p95_ms": 2.0,
        "p99_ms": 3.0,
        "drafts_per_second": 400.0,
        "tracemalloc_peak_mb": 5.0,
        "rss_growth_mb": None,
    }
    summary = format_bench(result)
    assert "(not measured here)" in summary and "within" in summary
    assert "OVER" in format_bench({**result, "rss_growth_mb": 60.0})


def test_eval_ranks_by_the_confidence_of_labels_it_does_not_report(tmp_path: Path) -> None:
    from closeknit.coach.evaluate import evaluate, roc_auc

    # Neither draft is reported as criticism, but one leans further towards it: ROC-AUC
    # must see that, not a tie of zeros (which would give 0.5).
    texts = {"You were late again today.": ["criticism"], "ok see you at six": []}
    lines = [
        json.dumps(
            {
                "id": f"t-{i}",
                "mode": "reply",
                "replying_to": None,
                "text": text,
                "labels": labels,
                "ammunition": False,
            }
        )
        for i, (text, labels) in enumerate(texts.items())
    ]
    path = tmp_path / "two.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    drafts = [analyze(text) for text in texts]
    assert all("criticism" not in draft.names() for draft in drafts)
    leaning = [draft.confidence["criticism"] for draft in drafts]
    assert leaning[0] != leaning[1]
    result = evaluate([path])
    assert result["labels"]["criticism"]["auc"] == roc_auc(leaning, [True, False]) != 0.5


def test_a_word_thrown_back_in_quotation_marks_is_a_feature_whatever_the_quotes() -> None:
    from closeknit.coach.train import featurize

    def quoted(text: str) -> bool:
        return "shape:scare_quotes" in featurize({"text": text, "mode": "conflict"})

    assert quoted('Oh, your "anxiety" again.')
    assert quoted("Oh, your \u201cAnxiety\u201d again.")
    assert quoted("Oh, your \u201cmum\u2019s\u201d cooking again.")  # a curly apostrophe inside
    assert not quoted("Oh, your anxiety again.")
    assert not quoted('She said "I will be late because the trains are all cancelled today".')
