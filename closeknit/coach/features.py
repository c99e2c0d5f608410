"""Features for the learned scorer: what its model reads from a draft.

Everything here is cheap and deterministic: words and word pairs of the tidied
text (with a mark on words in a negation's reach), where questions and advice
sit, who the sentences are about, the mode, a few facts about what the draft
replies to, and the rule engine's own findings and strengths. Word features
are kept per sentence, so that when the model reports a label no rule found,
the sentence that carries most of its evidence can be quoted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Protocol

from .ammunition import DISCLOSING, SENSITIVE, STOP_WORDS, WEAPON
from .cues import sentence_cues, tokens, word_set
from .text import Normalized, Sentence, normalize, sentences

_CONTENT = re.compile(r"[a-z][a-z']{2,}")
_NEGATORS = word_set(
    "not no never don't doesn't didn't isn't aren't wasn't weren't won't wouldn't can't "
    "couldn't shouldn't haven't hasn't nobody nothing cannot hardly without"
)
_YOU = word_set("you your you're yours yourself you've you'll you'd")
_ME = word_set("i me my i'm i've i'd i'll mine myself")
_WE = word_set("we us our we're we'll let's ourselves")
_ADVICE = re.compile(
    r"\b(?:you should|you could|you need to|you have to|you must|you just need|just (?:tell|"
    r"ask|ignore|do|go|call|talk|relax|try|get|take|say|send|leave|quit)|try (?:to|and|not)|"
    r"have you tried|why don't you|why not|maybe you|you might want|i'd (?:just )?(?:tell|go|"
    r"ask|call|quit|leave)|if i were you|make sure|don't let|go to|talk to|ask (?:her|him|them)"
    r"|tell (?:her|him|them))\b"
)
_DISCLOSED = re.compile(
    r"\b(?:i told you|told you (?:about|how|that)|you know (?:i|my|how|that|being)|in confidence"
    r"|i trusted you|trusted you with|i opened up|i shared|i admitted|i confided)\b"
)
# What the other person said blames the writer: "you never…", "why did you…", "you forgot".
_COMPLAINT = re.compile(
    r"\byou (?:never|always|didn't|don't|forgot|keep|won't|can't|were|made|left|said|ignored|"
    r"promised)\b|\bwhy (?:did|do|didn't|don't|would|are) you\b|\byou(?:'re| are) (?:always|never|"
    r"so|being|not)\b|\b(?:hurt|upset|let down|embarrassed|angry) (?:when|that|because) you\b"
)
# A word or two in quotation marks, thrown back: your "anxiety", he's "sick".
# (Read from the tidied text, where curly quotes are already straight and case is lower.)
_SCARE_QUOTES = re.compile(r"\"[a-z][a-z' -]{1,24}\"")
_ACK_LABELS = ("validation", "reflection", "reassurance", "appreciation", "ownership")
_HOSTILE = ("criticism", "contempt", "mind_reading", "dismissal")


class HitLike(Protocol):
    @property
    def label(self) -> str: ...

    @property
    def start(self) -> int: ...

    @property
    def source(self) -> str: ...


@dataclass(frozen=True)
class Features:
    """One draft's features: whole-draft values and each sentence's word features."""

    values: dict[str, float]
    by_sentence: list[list[str]]
    sentences: list[Sentence]


def stem(word: str) -> str:
    """A crude stem that lets "worried", "worrying" and "worries" meet."""
    return word[:5]


def _sentence_words(words: list[str]) -> list[str]:
    feats = []
    negate = 0
    previous = "<s>"
    for word in words:
        feats.append("w:" + word)
        feats.append("b:" + previous + " " + word)
        if negate:
            feats.append("n:" + word)
            negate -= 1
        if word in _NEGATORS or word.endswith("n't"):
            negate = 3
        previous = word
    return feats


def content_words(text: str) -> set[str]:
    """Stems of the words that carry meaning (no stop words, nothing tiny)."""
    return {stem(w) for w in _CONTENT.findall(text) if w not in STOP_WORDS and len(w) > 3}


def _shape(values: dict[str, float], norm: Normalized, found: list[Sentence], words: int) -> None:
    letters = [c for c in norm.original if c.isalpha()]
    if len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.7:
        values["shape:caps"] = 1.0
    values["shape:excl"] = min(3, norm.text.count("!")) / 3
    questions = [s for s in found if s.is_question]
    if questions:
        values["q:any"] = 1.0
        values["q:count"] = min(3, len(questions)) / 3
        values["q:first" if questions[0] is found[0] else "q:later"] = 1.0
        if found[-1].is_question:
            values["q:last"] = 1.0
    if _SCARE_QUOTES.search(norm.text):
        values["shape:scare_quotes"] = 1.0
    if "..." in norm.text:
        values["shape:ellipsis"] = 1.0
    bucket = 0 if words <= 2 else 1 if words <= 5 else 2 if words <= 12 else 3 if words <= 25 else 4
    values[f"len:{bucket}"] = 1.0
    values[f"sents:{min(len(found), 3)}"] = 1.0


def _people(values: dict[str, float], all_words: list[str]) -> None:
    for name, group in (("you", _YOU), ("me", _ME), ("we", _WE)):
        count = sum(1 for w in all_words if w in group)
        if count:
            values[f"who:{name}"] = min(3, count) / 3
    if all_words:
        first = all_words[0]
        if first in _YOU:
            values["who:you_first"] = 1.0
        elif first in _ME:
            values["who:me_first"] = 1.0


def _replying(values: dict[str, float], mode: str, text: str, replying_to: str | None) -> None:
    if not replying_to or not replying_to.strip():
        values["rt:none"] = 1.0
        return
    other = replying_to.lower().replace("\u2019", "'")
    other_words = set(tokens(other))
    values["rt:yes"] = 1.0
    if other_words & _YOU:
        values["rt:you"] = 1.0
    if other_words & _ME:
        values["rt:me"] = 1.0
    if "?" in other:
        values["rt:question"] = 1.0
    if _COMPLAINT.search(other):
        values["rt:complaint"] = 1.0
        values[f"rt:complaint|{mode}"] = 1.0
        if "who:me_first" in values:
            values["rt:complaint&me_first"] = 1.0
        if "who:you_first" in values:
            values["rt:complaint&you_first"] = 1.0
    if DISCLOSING.search(other) or _DISCLOSED.search(other):
        values["rt:disclosure"] = 1.0
        values[f"rt:disclosure|{mode}"] = 1.0
    mine, theirs = content_words(text), content_words(other)
    shared = mine & theirs
    if shared:
        values["rt:overlap"] = min(1.0, len(shared) / 3)
        values[f"rt:overlap|{mode}"] = values["rt:overlap"]


def _rules(
    values: dict[str, float],
    mode: str,
    found: list[Sentence],
    hits: Sequence[HitLike],
    rule_scores: dict[str, float],
) -> None:
    for label, score in rule_scores.items():
        values["r:" + label] = score
        values[f"r:{label}|{mode}"] = score
    first_end = found[0].end if found else 0
    for hit in hits:
        values[f"c:{hit.label}/{hit.source}"] = 1.0
        where = "first" if hit.start < first_end else "later"
        values[f"rp:{hit.label}:{where}"] = 1.0
    ack = [h.start for h in hits if h.label in _ACK_LABELS]
    advice = [s for s in found if _ADVICE.search(s.text)]
    if advice:
        first_ack = min(ack, default=None)
        before = first_ack is None or advice[0].start <= first_ack
        values["advice:before_ack" if before else "advice:after_ack"] = 1.0
        values[f"advice:{'first' if advice[0] is found[0] else 'later'}|{mode}"] = 1.0


def extract(
    norm: Normalized,
    *,
    mode: str,
    replying_to: str | None,
    hits: Sequence[HitLike],
    rule_scores: dict[str, float],
) -> Features:
    """Everything the learned scorer reads from one draft."""
    found = sentences(norm.text) or [Sentence(0, len(norm.text), norm.text)]
    values: dict[str, float] = {"bias:" + mode: 1.0}
    by_sentence: list[list[str]] = []
    all_words: list[str] = []
    for position, sentence in enumerate(found):
        words = tokens(sentence.text)
        all_words.extend(words)
        cues = sentence_cues(words, sentence.text)
        by_sentence.append(_sentence_words(words) + cues)
        if position == 0:
            for name in cues:
                values[name + "@1"] = 1.0
    for feats in by_sentence:
        for name in feats:
            values[name] = 1.0
    for word in all_words[:2]:
        values["start:" + word] = 1.0
    if len(all_words) >= 2:
        values["start:" + " ".join(all_words[:2])] = 1.0
    _shape(values, norm, found, len(all_words))
    _people(values, all_words)
    _replying(values, mode, norm.text, replying_to)
    _rules(values, mode, found, hits, rule_scores)
    return Features(values, by_sentence, found)


def ammunition_features(
    norm: Normalized,
    *,
    replying_to: str,
    probabilities: dict[str, float],
    rule_score: float,
) -> dict[str, float]:
    """What the ammunition scorer reads: shared words, a hostile frame, a disclosure."""
    other = normalize(replying_to).text
    values: dict[str, float] = {"a:bias": 1.0}
    if rule_score:
        values["a:rule"] = rule_score
    if DISCLOSING.search(other):
        values["a:disclosing"] = 1.0
    if _DISCLOSED.search(other):
        values["a:disclosed"] = 1.0
    mine, theirs = content_words(norm.text), content_words(other)
    shared = mine & theirs
    if shared:
        values["a:overlap"] = min(1.0, len(shared) / 2)
        sensitive = {stem(w) for w in SENSITIVE}
        if shared & sensitive:
            values["a:sensitive"] = 1.0
    if WEAPON.search(norm.text):
        values["a:weapon"] = 1.0
    words = tokens(norm.text)
    for word, after in pairwise(words):
        if word == "your" and stem(after) in theirs:
            values["a:your_shared"] = 1.0
    hostile = max(probabilities.get(label, 0.0) for label in _HOSTILE)
    values["a:hostile"] = hostile
    values["a:hostile_shared"] = hostile if shared else 0.0
    for label in ("ownership", "validation", "i_statement", "reassurance", "repair_attempt"):
        values["a:open:" + label] = probabilities.get(label, 0.0)
    values["a:defensive"] = probabilities.get("defensiveness", 0.0)
    return values
