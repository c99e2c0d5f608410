"""The feelings vocabulary and the current-need choices used by daily check-ins.

Slugs are stored in the database and sent over the API, so a slug never changes
once released. Words, titles, labels and descriptions are display text and may
be reworded freely. Pleasant and hard feelings sit side by side on purpose:
naming "irritable" should feel as ordinary as naming "calm".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

Tone = Literal["pleasant", "hard"]

SLUG_PATTERN = re.compile(r"^[a-z]+$")


@dataclass(frozen=True, slots=True)
class Feeling:
    """One feeling word a person can pick in a check-in."""

    slug: str
    word: str
    group: str  # slug of the FeelingGroup it belongs to


@dataclass(frozen=True, slots=True)
class FeelingGroup:
    """A small family of related feelings, shown together in the picker."""

    slug: str
    title: str
    tone: Tone
    feelings: tuple[Feeling, ...]


@dataclass(frozen=True, slots=True)
class Need:
    """What a person would most like right now, and how the other person could help."""

    slug: str
    label: str
    description: str


def _group(slug: str, title: str, tone: Tone, words: tuple[str, ...]) -> FeelingGroup:
    # Every word is a single lowercase ascii word, so the word doubles as its slug.
    feelings = tuple(Feeling(slug=word, word=word, group=slug) for word in words)
    return FeelingGroup(slug=slug, title=title, tone=tone, feelings=feelings)


FEELING_GROUPS: tuple[FeelingGroup, ...] = (
    _group(
        "settled",
        "Calm and settled",
        "pleasant",
        ("calm", "peaceful", "relaxed", "content", "rested", "steady"),
    ),
    _group(
        "bright",
        "Bright and glad",
        "pleasant",
        ("happy", "joyful", "cheerful", "playful", "excited", "proud"),
    ),
    _group(
        "warm",
        "Close and warm",
        "pleasant",
        ("loved", "tender", "grateful", "connected", "affectionate", "safe"),
    ),
    _group(
        "open",
        "Hopeful and open",
        "pleasant",
        ("hopeful", "curious", "inspired", "confident", "motivated", "brave"),
    ),
    _group(
        "low_energy",
        "Running low",
        "hard",
        ("tired", "drained", "flat", "foggy", "numb", "bored"),
    ),
    _group(
        "heavy",
        "Sad and heavy",
        "hard",
        ("sad", "lonely", "disappointed", "hurt", "homesick", "discouraged"),
    ),
    _group(
        "uneasy",
        "Worried and uneasy",
        "hard",
        ("anxious", "worried", "nervous", "insecure", "unsettled", "scared"),
    ),
    _group(
        "stretched",
        "Stretched thin",
        "hard",
        ("overwhelmed", "stressed", "rushed", "scattered", "pressured", "restless"),
    ),
    _group(
        "prickly",
        "Prickly and frustrated",
        "hard",
        ("irritable", "frustrated", "annoyed", "resentful", "impatient", "angry"),
    ),
    _group(
        "exposed",
        "Unsure and exposed",
        "hard",
        ("vulnerable", "embarrassed", "guilty", "confused", "torn", "jealous"),
    ),
)

FEELINGS: Mapping[str, Feeling] = MappingProxyType(
    {feeling.slug: feeling for group in FEELING_GROUPS for feeling in group.feelings}
)

# Order and wording follow PRODUCT.md (capability B). Descriptions speak to the
# other person: a gentle hint at what would help, never an instruction.
NEEDS: Mapping[str, Need] = MappingProxyType(
    {
        need.slug: need
        for need in (
            Need(
                "talk",
                "To talk",
                "Make a little unhurried time to talk soon, even a short call.",
            ),
            Need(
                "heard",
                "To be heard",
                "Listen without fixing anything; let them finish, then ask how it feels.",
            ),
            Need(
                "reassurance",
                "Reassurance",
                "Say plainly that you're there for them and that the two of you are okay.",
            ),
            Need(
                "space",
                "Space",
                "Give some room for now, warmly; they'll reach out when they're ready.",
            ),
            Need(
                "help",
                "Help",
                "Offer a practical hand: ask what you could take off their plate today.",
            ),
            Need(
                "closeness",
                "Closeness",
                "Be near in whatever way you can: a hug, a call, or quiet time side by side.",
            ),
            Need(
                "fun",
                "Fun",
                "Suggest something light to share: a game, a walk, a silly plan.",
            ),
            Need(
                "nothing",
                "Nothing right now",
                "Nothing is needed at the moment; a friendly hello is plenty.",
            ),
        )
    }
)


def is_feeling(slug: str) -> bool:
    """True when ``slug`` names a word in the feelings vocabulary."""
    return slug in FEELINGS


def is_need(slug: str) -> bool:
    """True when ``slug`` names one of the current-need choices."""
    return slug in NEEDS
