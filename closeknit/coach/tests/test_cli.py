"""The `closeknit coach` command line."""

from __future__ import annotations

import io
import json

import pytest

from closeknit.coach.cli import main
from closeknit.coach.evaluate import CORPUS_DIR


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_it_prints_a_readable_analysis() -> None:
    code, out, _ = run("You never listen to me.", "--mode", "conflict")
    assert code == 0
    assert "closer" in out and "criticism" in out and '"You never listen to me"' in out
    assert "Suggestions:" in out


def test_it_prints_json() -> None:
    code, out, _ = run("That sounds hard. What happened?", "--replying-to", "Bad day.", "--json")
    assert code == 0
    data = json.loads(out)
    assert {item["label"] for item in data["labels"]} >= {"validation", "curiosity"}


def test_it_rejects_empty_text() -> None:
    code, _, err = run("   ")
    assert code == 2 and "empty" in err


def test_it_rejects_an_unknown_mode() -> None:
    code, _, err = run("hello", "--mode", "shouty")
    assert code == 2 and "mode" in err


def test_it_rejects_no_arguments() -> None:
    code, _, err = run()
    assert code == 2 and "usage" in err


def test_it_evaluates_the_dev_part() -> None:
    code, out, _ = run("eval", "--part", "dev")
    assert code == 0
    assert "macro-F1" in out and "ROC-AUC" in out


def test_it_pools_the_parts_it_is_given() -> None:
    from closeknit.coach.evaluate import load

    code, out, _ = run("eval", "--part", "dev", "--part", "test", "--rules-only")
    examples = len(load(CORPUS_DIR / "dev.jsonl")) + len(load(CORPUS_DIR / "test.jsonl"))
    assert code == 0
    assert f"dev.jsonl + {CORPUS_DIR / 'test.jsonl'} ({examples} examples)" in out.splitlines()[0]


def test_it_says_which_measured_parts_the_scorer_was_trained_on() -> None:
    code, out, _ = run("eval", "--part", "dev", "--part", "test")
    assert code == 0 and "trained on dev, test, so the figures above" in out


def test_it_benchmarks() -> None:
    code, out, _ = run("bench", "--n", "30")
    assert code == 0 and "p95" in out and "drafts/second" in out


def test_it_rejects_a_bad_bench_count() -> None:
    code, _, _ = run("bench", "--n", "zero")
    assert code == 2


def test_it_will_not_measure_the_reserve_by_accident() -> None:
    from closeknit.coach.evaluate import RESERVE

    assert RESERVE, "there should always be a reserve part"
    code, out, err = run("eval", "--part", RESERVE[0])
    assert code == 2 and "--measure-the-reserve" in err
    assert out == ""  # not one figure from it
    code, out, err = run("eval", "--part", "dev", "--part", RESERVE[0])
    assert code == 2 and "--measure-the-reserve" in err and out == ""


def test_without_a_held_out_part_it_shows_the_last_measurement(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import closeknit.coach.evaluate as evaluate_module
    from closeknit.coach.evaluate import MEASURED_LAST, TRAINING_PARTS

    monkeypatch.setattr(evaluate_module, "HELD_OUT", ())
    code, out, _ = run("eval")
    assert code == 0 and " + ".join(f"{part}.jsonl" for part in MEASURED_LAST) in out.replace(
        str(CORPUS_DIR) + "/", ""
    )
    # Held out from the weights that ship, so nothing says they are training data.
    assert not set(MEASURED_LAST) & set(TRAINING_PARTS)
    assert "so the figures above are on training data" not in out


def test_it_says_when_the_last_measured_parts_have_become_training_data(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import closeknit.coach.evaluate as evaluate_module

    monkeypatch.setattr(evaluate_module, "HELD_OUT", ())
    monkeypatch.setattr(evaluate_module, "MEASURED_LAST", ("test8", "test9"))
    code, out, _ = run("eval")
    assert code == 0 and "test8.jsonl + " in out
    assert "trained on test8, test9, so the figures above are on training data" in out
