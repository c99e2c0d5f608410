"""Conflict mode: notice when a draft turns a past disclosure into a weapon.

Principle 1 of the product: nothing shared can be used against the person who
shared it. The coach cannot stop anyone, but it can point it out gently.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from .labels import AMMUNITION_EXPLANATION
from .text import Normalized, sentences

DISCLOSING = re.compile(
    r"\b(?:i feel|i felt|i'm (?:scared|afraid|insecure|ashamed|anxious|worried|embarrassed)|"
    r"i told you|i've never told|i struggle|i struggled|when i was|i used to|i get (?:anxious|"
    r"scared|jealous|insecure|nervous|panicky)|my (?:dad|father|mum|mom|mother|parents|ex|"
    r"anxiety|depression|therapist|therapy|childhood|family|weight|body|past|brother|sister)|"
    r"i'm not proud|i was (?:bullied|abused|fired|cheated|left)|i (?:still )?have (?:panic|"
    r"nightmares)|i can't stop|i hate (?:my|that i|how i)|i'm (?:still )?not over|i cried|"
    r"i worry|it reminds me)\b"
)
WEAPON = re.compile(
    r"\b(?:you told me|you said you|you admitted|you confessed|like you said|by your own|your "
    r"own words|remember when you (?:told|said|cried)|no wonder (?:your|you)|that's (?:why|"
    r"probably why) (?:your|you|he|she|they)|this is (?:your|why you)|maybe (?:that's|this is) "
    r"why|you're (?:just )?like your|just like your|your (?:issues|baggage|trust issues|"
    r"daddy issues|mommy issues|mummy issues|insecurit|anxiety|therapy|therapist|problems?|"
    r"drama|past|childhood|family|damage)|go cry to|of course you (?:are|feel|would|do)|"
    r"someone (?:who|with) your|people like you|with your history|after what you told me|"
    r"you're damaged|because of your|again with your|here we go with your|still crying about|"
    r"still hung up|you and your)\b"
)
STOP_WORDS = frozenset(
    [
        "about",
        "after",
        "again",
        "always",
        "because",
        "been",
        "before",
        "being",
        "could",
        "didn't",
        "does",
        "doesn't",
        "don't",
        "every",
        "feel",
        "feeling",
        "felt",
        "from",
        "have",
        "having",
        "into",
        "it's",
        "just",
        "know",
        "like",
        "made",
        "make",
        "more",
        "much",
        "never",
        "other",
        "really",
        "said",
        "should",
        "some",
        "still",
        "than",
        "that",
        "that's",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "thing",
        "think",
        "this",
        "those",
        "told",
        "very",
        "want",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "with",
        "would",
        "your",
        "you're",
        "you've",
        "yours",
        "i'm",
        "i've",
        "myself",
        "things",
        "people",
        "time",
        "today",
        "because",
        "though",
        "through",
        "thought",
        "going",
        "getting",
        "right",
        "sure",
        "okay",
        "yeah",
    ]
)
SENSITIVE = frozenset(
    [
        "anxiety",
        "anxious",
        "depression",
        "depressed",
        "therapy",
        "therapist",
        "dad",
        "father",
        "mum",
        "mom",
        "mother",
        "parents",
        "childhood",
        "trauma",
        "weight",
        "body",
        "insecure",
        "insecurity",
        "jealous",
        "jealousy",
        "abandoned",
        "trust",
        "panic",
        "drinking",
        "drink",
        "addiction",
        "divorce",
        "cheated",
        "affair",
        "fired",
        "debt",
        "family",
        "scared",
        "afraid",
        "ashamed",
        "shame",
        "secret",
        "past",
        "abuse",
        "eating",
        "diet",
        "lonely",
        "failure",
        "miscarriage",
        "diagnosis",
        "medication",
        "meds",
        "grief",
        "bullied",
        "ex",
        "crying",
        "cried",
        "nightmares",
    ]
)


class _HitLike(Protocol):
    @property
    def label(self) -> str: ...

    @property
    def start(self) -> int: ...


Found = tuple[float, tuple[int, int], str, str]


def _terms(replying_to: str) -> dict[str, str]:
    """Salient words of the disclosure, keyed by a short stem."""
    terms: dict[str, str] = {}
    for sentence in sentences(replying_to.lower()):
        if not DISCLOSING.search(sentence.text):
            continue
        for word in re.findall(r"[a-z][a-z']{2,}", sentence.text):
            if word in STOP_WORDS or (len(word) < 4 and word not in SENSITIVE):
                continue
            terms.setdefault(word[:5], word)
    return terms


def find_ammunition(
    norm: Normalized, hits: Sequence[_HitLike], *, mode: str, replying_to: str | None
) -> list[Found]:
    """Places in a conflict reply that turn what the other person disclosed into a weapon."""
    if mode != "conflict" or not replying_to or not norm.text.strip():
        return []
    terms = _terms(replying_to)
    if not terms:
        return []
    found: list[Found] = []
    for sentence in sentences(norm.text):
        words = re.findall(r"[a-z][a-z']{2,}", sentence.text)
        shared = [terms[w[:5]] for w in words if w[:5] in terms and w not in STOP_WORDS]
        if not shared:
            continue
        weapon = WEAPON.search(sentence.text)
        closer = any(
            sentence.start <= hit.start < sentence.end
            and hit.label in {"criticism", "contempt", "mind_reading", "dismissal"}
            for hit in hits
        )
        if not weapon and not closer:
            continue
        sensitive = any(word in SENSITIVE for word in shared)
        score = 0.45 + (0.25 if weapon else 0.0) + (0.15 if closer else 0.0)
        score += 0.1 if sensitive else 0.0
        if score < 0.6:
            continue
        span = norm.span(sentence.trimmed[0], sentence.end)
        found.append((round(min(score, 0.97), 3), span, AMMUNITION_EXPLANATION, shared[0]))
    return found
