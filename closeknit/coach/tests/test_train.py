"""Training the learned scorer: deterministic, loadable, and able to learn."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest

from closeknit.coach import LABELS, analyze
from closeknit.coach.bench import run_bench
from closeknit.coach.evaluate import HELD_OUT, default_part
from closeknit.coach.learn import best_threshold, fit, folds, platt, sigmoid
from closeknit.coach.learned import Scorer, load_scorer
from closeknit.coach.train import train

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
def trained() -> dict[str, Any]:
    return train(rows=synthetic_rows(), l2_grid=(0.01,))


def test_it_trains_deterministically(trained: dict[str, Any]) -> None:
    again = train(rows=synthetic_rows(), l2_grid=(0.01,))
    assert json.dumps(again, sort_keys=True) == json.dumps(trained, sort_keys=True)


def test_it_learns_a_separable_label(trained: dict[str, Any]) -> None:
    k = LABELS.index("appreciation")
    assert trained["cross_validation"]["labels"]["appreciation"]["f1"] >= 0.95
    scorer = Scorer.from_dict(trained)
    assert scorer.thresholds[k] <= 0.9
    assert scorer.weight("w:pineapple", k) > 0
    assert scorer.weight("w:never-seen", k) == 0.0


def test_it_writes_weights_that_load(trained: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "weights.json"
    path.write_text(json.dumps(trained), encoding="utf-8")
    scorer = load_scorer(path)
    assert scorer is not None
    assert len(scorer.bias) == len(LABELS) == len(scorer.thresholds)
    assert all(0 < t < 1 for t in scorer.thresholds)


def test_it_falls_back_to_the_rules_without_usable_weights(tmp_path: Path) -> None:
    assert load_scorer(tmp_path / "missing.json") is None
    broken = tmp_path / "broken.json"
    broken.write_text('{"labels": ["criticism"]}', encoding="utf-8")
    assert load_scorer(broken) is None


def test_it_refuses_weights_whose_count_does_not_match_their_names(
    trained: dict[str, Any], tmp_path: Path
) -> None:
    short = json.loads(json.dumps(trained))
    short["features"]["names"].append("w:one-too-many")
    path = tmp_path / "short.json"
    path.write_text(json.dumps(short), encoding="utf-8")
    assert load_scorer(path) is None


def test_it_fits_a_tiny_problem_and_ranks_by_probability() -> None:
    examples = [{"a": 1.0}, {"a": 1.0, "b": 1.0}, {"b": 1.0}, {"c": 1.0}] * 5
    targets = [[1], [1], [0], [0]] * 5
    model = fit(examples, targets, l2=0.001, epochs=30, seed=1)
    assert model.margins({"a": 1.0})[0] > 0 > model.margins({"c": 1.0})[0]
    assert fit(examples, targets, l2=0.001, seed=1) == fit(examples, targets, l2=0.001, seed=1)


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


def test_it_evaluates_the_held_out_part_by_default_only_when_it_exists(tmp_path: Path) -> None:
    assert default_part(tmp_path) == "test"
    (tmp_path / f"{HELD_OUT}.jsonl").write_text("", encoding="utf-8")
    assert default_part(tmp_path) == HELD_OUT


def test_the_bench_leaves_the_coach_modules_as_it_found_them() -> None:
    import closeknit
    import closeknit.coach
    import closeknit.coach.learned as learned_before

    run_bench(n=3)
    import closeknit.coach.learned as learned_after

    assert learned_after is learned_before
    assert closeknit.coach is sys.modules["closeknit.coach"]
    assert closeknit.coach.learned is learned_before


def test_the_shipped_weights_were_trained_on_these_rules(trained: dict[str, Any]) -> None:
    from closeknit.coach.learned import WEIGHTS_PATH
    from closeknit.coach.rules import rules_fingerprint

    assert trained["rules"] == rules_fingerprint()
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
    assert HELD_OUT not in shipped["trained_on"] and RESERVE not in shipped["trained_on"]


def test_it_records_each_part_by_its_file_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import closeknit.coach.train as train_module

    rows = synthetic_rows()  # ids start "syn-": the file's name is what counts
    for name, half in (("first", rows[:30]), ("second", rows[30:])):
        lines = [json.dumps(row) for row in half]
        (tmp_path / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(train_module, "CORPUS_DIR", tmp_path)
    result = train(parts=("first", "second"), l2_grid=(0.01,))
    assert result["trained_on"] == ["first", "second"]
    assert set(result["cross_validation"]["leave_one_part_out_macro_f1"]) == {"first", "second"}


def test_it_packs_weights_as_little_endian_floats_and_drops_tiny_rows() -> None:
    import base64
    import struct

    from closeknit.coach.learn import Linear
    from closeknit.coach.train import _packed_rows

    kept = [0.5, -1.25, 3.0] + [0.0] * (len(LABELS) - 3)
    tiny = [1e-5] * len(LABELS)
    packed = _packed_rows(Linear(bias=[0.0] * len(LABELS), weights={"b": kept, "a": tiny}))
    assert packed["names"] == ["b"]
    raw = base64.b64decode(packed["float32"])
    assert list(struct.unpack(f"<{len(LABELS)}f", raw)) == kept


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
    result = evaluate(path)
    assert result["labels"]["criticism"]["auc"] == roc_auc(leaning, [True, False]) != 0.5
