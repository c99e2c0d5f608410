"""Spans, scores, JSON and suggestions."""

from __future__ import annotations

import json

import pytest

from closeknit.coach import CLOSERS, LABELS, OPENERS, Analysis, analyze
from closeknit.coach.suggest import suggest
from closeknit.coach.text import normalize


def _rewrite(analysis: Analysis, label: str) -> str | None:
    """The rewrite the coach offers for one label it reported."""
    return next(s.rewrite for s in analysis.suggestions if s.label == label)


def test_it_lists_the_sixteen_labels_in_product_order() -> None:
    assert len(LABELS) == 16
    assert LABELS[:8] == CLOSERS and LABELS[8:] == OPENERS
    assert LABELS[0] == "criticism" and LABELS[-1] == "repair_attempt"


def test_it_points_spans_at_the_original_text() -> None:
    text = "Honestly?? YOUR overreacting, it\u2019s definately not that bad 🙄"
    analysis = analyze(text, replying_to="I'm upset.", mode="reply")
    assert analysis.labels
    for item in analysis.labels:
        start, end = item.span
        assert text[start:end] == item.evidence
        assert item.evidence.strip()


def test_it_ranks_a_strong_criticism_above_a_weak_one() -> None:
    strong = analyze(
        "You NEVER listen, you're so selfish, what's wrong with you?!", mode="conflict"
    ).score("criticism")
    weak = analyze("You're kind of messy sometimes.", mode="conflict").score("criticism")
    assert strong > weak
    assert 0 < strong <= 1


def test_it_round_trips_through_json() -> None:
    analysis = analyze("You never help. That sounds hard though.", mode="conflict")
    data = json.loads(analysis.to_json())
    assert Analysis.from_dict(data) == analysis
    assert {"labels", "suggestions", "ammunition"} <= data.keys()


def test_it_rewrites_you_never_as_an_i_statement() -> None:
    analysis = analyze("You never help with the dishes.", mode="conflict")
    rewrites = [s.rewrite for s in analysis.suggestions if s.label == "criticism"]
    assert rewrites and rewrites[0] is not None
    assert rewrites[0].startswith("I feel ")
    assert " when you don't help with the dishes" in rewrites[0]
    assert "and I need" in rewrites[0]


def test_it_puts_a_validating_sentence_before_advice() -> None:
    analysis = analyze(
        "You should go to HR first thing tomorrow.",
        replying_to="My manager humiliated me in front of everyone.",
    )
    rewrite = _rewrite(analysis, "fixing_first")
    assert rewrite is not None
    assert rewrite.startswith("That sounds")
    assert rewrite.endswith("You should go to HR first thing tomorrow.")
    assert "fixing_first" not in analyze(rewrite, replying_to="My manager humiliated me.").names()


def test_a_rewrite_leaves_out_blame_even_where_the_coach_did_not_report_it() -> None:
    # The model reads this as advice first; the rules still see "you never" as blame,
    # and the wording offered with one tap must not carry it.
    analysis = analyze(
        "Have you tried updating your CV? You never plan ahead.",
        replying_to="I lost my job today and I feel useless.",
    )
    rewrite = _rewrite(analysis, "fixing_first")
    assert rewrite is not None
    assert rewrite.endswith("Have you tried updating your CV?")
    assert "never" not in rewrite


def test_a_rewrite_of_one_closer_drops_the_sentences_of_the_others() -> None:
    analysis = analyze(
        "Oh great, thanks a lot. You never help with anything. The bins go out tonight.",
        mode="conflict",
    )
    rewrites = {s.label: s.rewrite for s in analysis.suggestions}
    assert "contempt" in rewrites and "criticism" in analysis.names()
    assert rewrites["contempt"] == (
        "I'm really frustrated about this, and I want us to talk about it. The bins go out tonight."
    )


def test_it_turns_mind_reading_into_a_story_to_check() -> None:
    analysis = analyze("You just want attention.", mode="conflict")
    rewrite = _rewrite(analysis, "mind_reading")
    assert rewrite is not None and "story I'm telling myself" in rewrite


def test_it_explains_every_label_in_one_sentence() -> None:
    analysis = analyze("You never listen. Whatever. I'm sorry, can we start over?", mode="conflict")
    for item in analysis.labels:
        assert item.explanation.count(".") == 1 and item.explanation.endswith(".")


def test_it_counts_openers_and_closers() -> None:
    counts = analyze("That makes sense. You should call her.", replying_to="Sad day.").kinds_count()
    assert counts["opener"] >= 1


@pytest.mark.parametrize("mode", ["loud", "", "REPLY"])
def test_it_rejects_an_unknown_mode(mode: str) -> None:
    with pytest.raises(ValueError):
        analyze("hello", mode=mode)


def test_it_returns_nothing_for_empty_text() -> None:
    assert analyze("").labels == []
    assert analyze("   ").labels == []


@pytest.mark.parametrize("learned", [True, False])
def test_it_keeps_a_confidence_for_every_label_for_ranking(learned: bool) -> None:
    analysis = analyze("You never listen. Thank you for trying though.", learned=learned)
    assert set(analysis.confidence) <= set(LABELS)
    assert len(analysis.confidence) >= 2
    for item in analysis.labels:
        assert analysis.confidence[item.label] == pytest.approx(item.score, abs=5e-4)
    if learned:
        # Labels under the threshold still have a confidence, lower than any reported one.
        assert set(analysis.confidence) == set(LABELS)
        quiet = set(LABELS) - analysis.names()
        assert max(analysis.confidence[name] for name in quiet) < 0.9
        # Real values under each label's threshold, not zeros: they rank drafts (ROC-AUC).
        from closeknit.coach.learned import load_scorer

        scorer = load_scorer()
        assert scorer is not None
        for name in quiet:
            assert 0 < analysis.confidence[name] < scorer.thresholds[LABELS.index(name)]
    assert "confidence" not in analysis.to_dict()


def _at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_rewrite_keeps_the_drafts_line_breaks_when_it_leaves_a_sentence_out() -> None:
    text = "ok\nyou never listen\nyou should just call her"
    found = {"fixing_first": _at(text, "you should")}
    hostile = (_at(text, "you never listen"),)
    rewrites = suggest(
        text, found, mode="reply", replying_to="x", ammunition=False, hostile=hostile, kind=()
    )
    assert rewrites[0][2] == "That sounds really hard. ok\nyou should just call her"
    # And when nothing is left out: the same line breaks, not a different layout.
    text = "ok\nyou just want attention\nsee you at six"
    (rewrite,) = [
        r
        for _, _, r in suggest(
            text,
            {"mind_reading": _at(text, "you just want attention")},
            mode="conflict",
            replying_to=None,
            ammunition=False,
            hostile=(),
            kind=(),
        )
    ]
    assert rewrite == (
        "ok\nThe story I'm telling myself is that you just want attention; is that right?"
        "\nsee you at six"
    )


def test_a_replaced_sentence_drops_the_others_blame_but_keeps_its_own_place() -> None:
    text = "You just want attention. You never listen. See you at six."
    found = {"mind_reading": _at(text, "You just want attention")}
    hostile = (_at(text, "You never listen"),)
    (rewrite,) = [
        r
        for _, _, r in suggest(
            text,
            found,
            mode="conflict",
            replying_to=None,
            ammunition=False,
            hostile=hostile,
            kind=(),
        )
    ]
    assert rewrite == (
        "The story I'm telling myself is that you just want attention; is that right? "
        "See you at six."
    )


def test_advice_that_is_all_blame_gets_no_rewrite_of_its_own() -> None:
    text = "You should just get over it, you're so dramatic."
    rewrites = suggest(
        text,
        {"fixing_first": _at(text, "You should")},
        mode="reply",
        replying_to="I'm so hurt by what she said.",
        ammunition=False,
        hostile=((0, len(text)),),
        kind=(),
    )
    assert rewrites[0] == (
        "fixing_first",
        "Start with a sentence that shows you heard the feeling, then offer the idea.",
        None,
    )
    assert rewrites[1][2] == "That sounds really hurtful. What was the hardest part?"


def test_a_span_does_not_start_at_the_end_of_the_sentence_before() -> None:
    norm = normalize("I love you. Whatever.")
    at = norm.text.index(". whatever")
    assert norm.span(at, len(norm.text)) == (12, 21)  # "Whatever.", not ". Whatever."
    analysis = analyze("I love you. Whatever.", mode="conflict")
    rewrite = _rewrite(analysis, "stonewalling")
    assert rewrite is not None and rewrite.startswith("I love you. ")


def test_the_i_statement_rewrite_never_turns_a_kind_always() -> None:
    from closeknit.coach.suggest import i_statement_rewrite

    text = "You always make me laugh, but you're being dramatic about this."
    kind = (_at(text, "You always make me laugh"),)
    assert i_statement_rewrite(text) is not None  # the kind "always" alone would be taken
    assert i_statement_rewrite(text, kind) is None
    text = "You always make me laugh. But you never listen."
    rewrite = i_statement_rewrite(text, (_at(text, "You always make me laugh"),))
    assert rewrite is not None and "listen" in rewrite and "laugh" not in rewrite
    # Through analyze, which finds the kind ones with the rules.
    rewrite = _rewrite(analyze(text, mode="conflict"), "criticism")
    assert rewrite is not None and "listen" in rewrite and "laugh" not in rewrite


def test_the_i_statement_rewrite_finds_blame_before_the_criticism_the_coach_reports() -> None:
    # The strongest criticism is "what is wrong with you"; the "you never" before it is
    # still the one to turn into an I-statement.
    analysis = analyze("You never listen to a word I say. What is wrong with you?", mode="conflict")
    assert "criticism" in analysis.names()
    rewrite = _rewrite(analysis, "criticism")
    assert rewrite is not None and rewrite.startswith("I feel ") and "listen" in rewrite


def test_a_reported_shut_down_is_left_out_of_the_other_rewrites() -> None:
    # Stonewalling counts only when reported (the rules alone are not trusted with it),
    # so this fails if reported labels stop being left out.
    analysis = analyze("Oh great, thanks a lot. I'm done talking about this.", mode="conflict")
    assert {"contempt", "stonewalling"} <= analysis.names()
    assert _rewrite(analysis, "contempt") == (
        "I'm really frustrated about this, and I want us to talk about it."
    )
