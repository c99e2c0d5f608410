"""The cues for blame and excuses: they fire on blame, stay quiet on kindness, and stay fast."""

from __future__ import annotations

import pytest

from closeknit.coach import analyze
from closeknit.coach.rules import find_hits
from closeknit.coach.text import normalize

BLAME = ("criticism", "defensiveness", "contempt")


def blame_cues(text: str, *, mode: str, replying_to: str | None = None) -> list[str]:
    hits = find_hits(normalize(text), mode=mode, replying_to=replying_to)
    return [hit.label for hit in hits if hit.label in BLAME]


@pytest.mark.parametrize(
    "text",
    [
        "I was worried you were cold last night.",
        "You were just a child, it wasn't your fault.",
        "I loved you even when you were a mess.",
        "You always know what I mean.",
        "You never judge me when I'm a mess.",
        "You never make me feel like the problem.",
        "You always find a way to fix the problem.",
        "You've always been so kind to me.",
        "You can't even imagine how grateful I am.",
        "It's your birthday, so today everything is about you!",
        "Maybe if you'd like, we could go together?",
        "What more do you want for your birthday?",
        "In case you forgot, I love you.",
    ],
)
def test_it_hears_no_blame_in_kind_words(text: str) -> None:
    assert blame_cues(text, mode="share") == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("You have been selfish all week.", "criticism"),
        ("You've become so cold.", "criticism"),
        ("You were always so careless.", "criticism"),
        ("You've always been so ungrateful.", "criticism"),
        ("Can't even handle a family dinner without falling apart.", "criticism"),
        ("You've never held a job for a year in your life.", "criticism"),
        ("Stop playing the victim.", "criticism"),
        ("I feel like you just don't care about us anymore.", "criticism"),
        ("What more do you want from me?", "defensiveness"),
        ("Maybe if you didn't pick places across town I'd be on time.", "defensiveness"),
        ("Says the person who was on their phone all dinner.", "defensiveness"),
        ("I've been so busy with the baby, I can't text everyone.", "defensiveness"),
        ("I had nothing to do with it, don't drag me into this.", "defensiveness"),
        ("So you're saying I'm a bad partner?", "defensiveness"),
    ],
)
def test_it_finds_blame_and_excuses(text: str, label: str) -> None:
    assert label in blame_cues(text, mode="conflict", replying_to="You never call me back.")


def test_you_have_always_been_is_praise_only_when_what_follows_is() -> None:
    kind = analyze("You've always been so patient with me.", mode="share", learned=False)
    harsh = analyze("You've always been so ungrateful.", mode="share", learned=False)
    assert "appreciation" in kind.names() and "criticism" not in kind.names()
    assert "criticism" in harsh.names() and "appreciation" not in harsh.names()


@pytest.mark.parametrize("unit", ["being so ", "so really just being too "])
def test_a_long_run_of_intensifiers_is_read_in_one_pass(unit: str) -> None:
    # A pattern that could split "being so being so …" in many ways would take
    # exponential time here; these words split only one way, so this returns at once.
    # (Speed itself is measured by `closeknit coach bench`, never asserted here.)
    text = ("you were " + unit * 1000)[:4990] + " nice"
    assert analyze(text, mode="reply").text == text


def contempt_cues(text: str, *, mode: str = "conflict") -> list[str]:
    hits = find_hits(normalize(text), mode=mode, replying_to=None)
    return [text[hit.start : hit.end].lower() for hit in hits if hit.label == "contempt"]


# Words that can mock, said here to encourage, to ask, or about oneself. Cues for
# mocking names and talking down ("are you mad?", "it's not rocket science", "martyr")
# were tried and taken out again: they fired on texts like these.
@pytest.mark.parametrize(
    "text",
    [
        "Sorry I was late last night. Are you mad?",
        "Are you mad at me?",
        "are you crazy?! Tickets to Paris?!",
        "How were the kids today?",
        "Wow, you made your bed! Thank you.",
        "Don't worry, it's not rocket science, I'll show you tonight.",
        "Honestly it's not hard, I promise.",
        "How do I stop a baby crying at night?",
        "Did you talk to the cat sitter?",
        "I played the martyr yesterday, I'm sorry.",
        "Sorry, I was talking nonsense.",
        "We took the kids to see Sleeping Beauty.",
        "I'm gonna go cry about it lol",
        "Someone's grumpy today, poor teething baby.",
        "I worry a child could work out the gate latch.",
        "Night, sweetheart, sleep well.",
        "Love you, you muppet x",
    ],
)
def test_it_hears_no_mockery_in_kind_questions_or_owning_up(text: str) -> None:
    assert contempt_cues(text) == []


@pytest.mark.parametrize(
    "text", ["Oh great, thanks a lot.", "Whatever you say, genius.", "Grow up.", "Pathetic."]
)
def test_the_same_helper_does_hear_mockery(text: str) -> None:
    # The control for the list above: it would pass, too, if contempt's cues were gone.
    assert contempt_cues(text) != []
