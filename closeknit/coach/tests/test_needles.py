"""A rule pattern is skipped only when the draft cannot match it.

Each pattern carries needles: strings of which every match contains one. The rules
skip a pattern whose needles are all absent, which saves most of their time; these
tests check that skipping never hides a match.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from closeknit.coach import rules
from closeknit.coach.evaluate import CORPUS_DIR
from closeknit.coach.patterns import needles
from closeknit.coach.text import normalize


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"wrong with you", ("wrong with you",)),
        # An alternation counts only when every branch has needles of its own.
        (r"you (?:always|never) ", ("always", "never")),
        (r"(?:calm down|relax)", ("calm down", "relax")),
        (r"(?:calm down|\w+ly)", ("calm down", "ly")),
        (r"(?:calm down|\w+)", ()),
        # What may be left out cannot be required; what must repeat once can.
        (r"(?:oh )?great", ("great",)),
        (r"(?:so )*lazy", ("lazy",)),
        (r"(?:ughhh )+ok", ("ughhh ",)),
        # The longest sure string wins, and a needle holding another is dropped.
        (r"i feel (?:so )?(?:sorry|bad)", ("i feel ",)),
        (r"(?:i feel|i really feel|honestly i feel)", ("i feel", "i really feel")),
        # Lookarounds and case-insensitive parts give nothing.
        (r"(?=sorry)\w+", ()),
        (r"(?i)sorry", ()),
        (r"(?i:sorry)", ()),
        (r"[a-z]+", ()),
    ],
)
def test_needles_read_from_the_pattern(source: str, expected: tuple[str, ...]) -> None:
    assert needles(source) == expected


def test_needles_honour_the_flags_a_pattern_was_compiled_with() -> None:
    assert needles(re.compile("sorry")) == ("sorry",)
    assert needles(re.compile("sorry", re.IGNORECASE)) == ()
    assert needles(re.compile("calm down  # a comment", re.VERBOSE)) == ("calmdown",)


def test_a_pattern_without_needles_is_always_searched() -> None:
    shapeless = re.compile(r"[\U0001F600-\U0001F64F]+")
    assert needles(shapeless) == ()
    from closeknit.coach.patterns import Pattern

    pattern = Pattern(label="contempt", regex=shapeless, weight=1.0)
    assert pattern.could_match("") and pattern.could_match("no faces here")


def test_nearly_every_rule_pattern_has_needles() -> None:
    # Skipping is what keeps the rules inside the latency budget; a pattern with no
    # needles still works (it is always searched) but costs time on every draft.
    with_needles = sum(1 for pattern in rules.PATTERNS if pattern.needles)
    assert with_needles >= 0.95 * len(rules.PATTERNS)


def _corpus_texts(parts: tuple[str, ...]) -> list[str]:
    texts: set[str] = set()
    for part in parts:
        for line in (CORPUS_DIR / f"{part}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts.add(row["text"])
                if row.get("replying_to"):
                    texts.add(row["replying_to"])
    return sorted(normalize(text).text for text in texts)


def test_skipping_hides_no_match_in_corpus_texts() -> None:
    texts = _corpus_texts(("dev", "test", "test2", "extra61"))
    hidden = [
        (pattern.name, text)
        for pattern in rules.PATTERNS
        for text in texts
        if not pattern.could_match(text) and pattern.regex.search(text)
    ]
    # The check is not empty: most patterns are skipped on most texts.
    skipped = sum(not p.could_match(t) for p in rules.PATTERNS[:50] for t in texts[:200])
    assert skipped > 50 * 200 // 2
    assert hidden == []


@st.composite
def pattern_and_match(draw: st.DrawFn) -> tuple[str, str]:
    pattern = draw(st.sampled_from(rules.PATTERNS))
    text = draw(st.from_regex(pattern.regex))
    return pattern.name, text


BY_NAME = {pattern.name: pattern for pattern in rules.PATTERNS}


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pattern_and_match())
def test_any_text_a_pattern_matches_contains_one_of_its_needles(case: tuple[str, str]) -> None:
    name, text = case
    pattern = BY_NAME[name]
    assert pattern.regex.search(text)
    assert pattern.could_match(text), (name, text, pattern.needles)


def test_a_draft_is_read_the_same_with_and_without_skipping(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from closeknit.coach import analyze

    drafts = [
        ("You never listen. Just calm down.", "I felt alone today.", "reply"),
        ("Oh great, thanks a lot. Typical.", None, "conflict"),
        ("I feel like you've stopped trying with us.", None, "share"),
        ("That makes sense. What happened after?", "My boss shouted at me.", "reply"),
    ]
    with_skipping = [analyze(t, replying_to=r, mode=m).to_dict() for t, r, m in drafts]
    monkeypatch.setattr(type(rules.PATTERNS[0]), "could_match", lambda self, text: True)
    without = [analyze(t, replying_to=r, mode=m).to_dict() for t, r, m in drafts]
    assert with_skipping == without
    assert any(result["labels"] for result in with_skipping)
