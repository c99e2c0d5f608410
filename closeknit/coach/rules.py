"""The rule engine: find cues, apply the context checks, score each label.

A label's score combines its cues like independent pieces of evidence
(1 - product of (1 - weight)), then nudges for intensity (capitals, "!") and
hedging ("a bit", "sometimes"). A label is reported when its score reaches
THRESHOLD. Weights are hand-set strengths. The learned scorer (learned.py)
reads these hits and scores as features; it does not change them.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from . import context
from .lexicon_blame import CRITICISM, DEFENSIVENESS
from .lexicon_care import APPRECIATION, OWNERSHIP, REASSURANCE, REPAIR_ATTEMPT
from .lexicon_conflict import CONTEMPT, STONEWALLING
from .lexicon_listening import DISMISSAL, FIXING_FIRST
from .lexicon_minds import MIND_READING, SELF_FOCUS
from .lexicon_openers import REFLECTION, VALIDATION
from .lexicon_openers2 import CURIOSITY, I_STATEMENT
from .patterns import (
    CONFLICT,
    HEDGED,
    NEG,
    PROMISE,
    QUESTION,
    REPORTED,
    RESPONSE,
    SARCASM,
    STATEMENT,
    Pattern,
)
from .text import Normalized, Sentence, sentences

THRESHOLD = 0.5
PATTERNS: tuple[Pattern, ...] = tuple(
    CRITICISM
    + CONTEMPT
    + DEFENSIVENESS
    + STONEWALLING
    + DISMISSAL
    + FIXING_FIRST
    + SELF_FOCUS
    + MIND_READING
    + VALIDATION
    + REFLECTION
    + CURIOSITY
    + I_STATEMENT
    + OWNERSHIP
    + APPRECIATION
    + REASSURANCE
    + REPAIR_ATTEMPT
)


def rules_fingerprint() -> str:
    """A digest of every pattern's name, regex, weight and guards.

    The learned scorer's weights refer to patterns by name ("criticism:31"), and a
    name is a row's position in its table: weights.json records this digest when
    it is trained, and a test fails when the rules change without retraining.
    """
    digest = hashlib.sha256()
    for pattern in PATTERNS:
        row = (pattern.name, pattern.regex.pattern, pattern.weight, sorted(pattern.guards))
        digest.update(repr(row).encode())
    return digest.hexdigest()[:16]


ACKNOWLEDGING = frozenset({"validation", "reflection", "reassurance", "appreciation", "ownership"})
BLAMING = frozenset({"criticism", "contempt", "mind_reading"})
# The source of a "you always/never …" the rules read as praise ("you always make me laugh").
KIND_ALWAYS = "always:kind"
_HEDGES = re.compile(
    r"\b(?:kind of|kinda|a bit|sometimes|a little|maybe|slightly|"
    r"occasionally|tends? to|at times)\b"
)
_SELF_START = re.compile(r"^\W*(?:omg |oh |ugh,? |same,? |lol,? )?(?:i|i'm|i've|i'd|my|me)\b")
_EXCUSE = re.compile(
    r"^\W*(?:no,? |yeah,? |but |well,? |look,? |um,? |because )?(?:i (?:was|wasn't|didn't|only|"
    r"just|told you|had|did|said|took|needed|laughed|corrected|try|tried|do|am|'m|cleaned|"
    r"landed|called)|it (?:was|'s|is) (?:just|only|a|my|not)|it's my|he was|she was|they "
    r"were|traffic|my phone)\b"
)
_COUNTER = re.compile(
    r"^\W*(?:and |yeah,? well,? |well,? |but )?you (?:were|weren't|did|do|tell|leave|said|knew|"
    r"also|too)\b.*\b(?:either|too|as well|first|every day|everything|all the time)\b"
)
_SELF_TURN = re.compile(r"\b(?:too|also|as well|same|worse|even more|mine)\b")


@dataclass(frozen=True)
class Hit:
    """One cue that counted: label, offsets into the tidied text, strength."""

    label: str
    start: int
    end: int
    weight: float
    source: str


def _sentence_at(found: list[Sentence], position: int) -> Sentence:
    for sentence in found:
        if sentence.start <= position < sentence.end:
            return sentence
    return found[-1]


def _is_word(char: str) -> bool:
    return char.isalnum() or char in "'_"


class _Context:
    def __init__(self, norm: Normalized, mode: str, replying_to: str | None) -> None:
        self.norm = norm
        self.mode = mode
        self.replying_to = replying_to
        self.sentences = sentences(norm.text) or [Sentence(0, len(norm.text), norm.text)]
        self.promise = context.promises_return(norm.text)
        self.responding = mode in ("reply", "conflict")
        complaint = bool(replying_to) and re.search(r"\byou\b", (replying_to or "").lower())
        self.conflict = mode == "conflict" or (mode == "reply" and bool(complaint))
        self._sarcasm: dict[int, bool] = {}

    def sarcastic(self, sentence: Sentence) -> bool:
        if sentence.start not in self._sarcasm:
            self._sarcasm[sentence.start] = context.sarcastic(sentence.text)
        return self._sarcasm[sentence.start]


def _guarded_weight(pattern: Pattern, match: re.Match[str], ctx: _Context) -> float:
    """The weight a match earns after its guards, or 0 when a guard rules it out."""
    guards = pattern.guards
    sentence = _sentence_at(ctx.sentences, match.start())
    offset = match.start() - sentence.start
    weight = pattern.weight
    if RESPONSE in guards and not ctx.responding:
        return 0.0
    if CONFLICT in guards and not ctx.conflict:
        return 0.0
    if STATEMENT in guards and sentence.is_question:
        return 0.0
    if QUESTION in guards and not sentence.is_question:
        return 0.0
    if NEG in guards and context.negated(sentence.text, offset):
        return 0.0
    if (
        REPORTED in guards
        and pattern.label != "reflection"
        and context.reported(sentence.text, offset)
    ):
        return 0.0
    if HEDGED in guards and context.hedged(sentence.text, offset):
        return 0.0
    if SARCASM in guards:
        sarcastic = ctx.sarcastic(sentence)
        if pattern.label == "contempt":
            if context.genuine(sentence.text):
                return 0.0
            weight = min(0.95, weight + 0.35) if sarcastic else weight
        elif sarcastic:
            return 0.0
    if PROMISE in guards:
        if pattern.label == "repair_attempt":
            weight = 0.82 if ctx.promise else weight
        elif ctx.promise:
            return 0.0
    return weight


def _pattern_hits(ctx: _Context) -> list[Hit]:
    hits = []
    text = ctx.norm.text
    for pattern in PATTERNS:
        if not pattern.could_match(text):
            continue
        for match in pattern.regex.finditer(text):
            start = match.start()
            if match.end() <= start:
                continue
            if (
                pattern.start_boundary
                and start > 0
                and _is_word(text[start - 1])
                and _is_word(text[start])
            ):
                continue
            weight = _guarded_weight(pattern, match, ctx)
            if weight > 0:
                hits.append(Hit(pattern.label, match.start(), match.end(), weight, pattern.name))
    return hits


def _always_never_hits(ctx: _Context) -> list[Hit]:
    """ "You always/never …": blame, unless it is praise ("you always make me laugh")."""
    hits = []
    for match in context.ALWAYS_NEVER.finditer(ctx.norm.text):
        sentence = _sentence_at(ctx.sentences, match.start())
        offset = match.start() - sentence.start
        if context.reported(sentence.text, offset) or context.negated(sentence.text, offset):
            continue
        word, rest = match.group("word"), match.group("rest")
        prefix = sentence.text[:offset]
        if sentence.is_question and not context.rhetorical(sentence.text) and "have to" not in rest:
            continue
        end = match.start("rest") + len(rest.rstrip())
        if context.kindly(word, rest) and not ctx.sarcastic(sentence):
            hits.append(Hit("appreciation", match.start(), end, 0.72, KIND_ALWAYS))
            continue
        if re.search(r"\b(?:love how|love that|love the way|appreciate how)\s*$", prefix):
            hits.append(Hit("contempt", match.start(), end, 0.8, "always:sarcasm"))
        hits.append(
            Hit("criticism", match.start(), max(end, match.end("word")), 0.82, "always:blame")
        )
    return hits


def _question_hits(ctx: _Context) -> list[Hit]:
    """Open questions invite more; rhetorical and logistics questions do not."""
    hits = []
    for sentence in ctx.sentences:
        text = sentence.text
        if not context.open_question(text) or context.rhetorical(text):
            continue
        if context.logistics(text) or len(text.split()) < 2:
            continue
        hits.append(Hit("curiosity", sentence.trimmed[0], sentence.end, 0.72, "question:open"))
    return hits


def _self_turn_hits(ctx: _Context, hits: list[Hit]) -> list[Hit]:
    """A reply that opens with the writer's own story, right after a disclosure."""
    if ctx.mode != "reply" or not ctx.replying_to:
        return []
    first = ctx.sentences[0]
    if not _SELF_START.search(first.text) or re.search(r"\byou", first.text):
        return []
    if any(hit.start < first.end and hit.label in ACKNOWLEDGING | {"curiosity"} for hit in hits):
        return []
    if not _SELF_TURN.search(first.text) or re.search(r"\b(?:miss|love|feel|sorry)\b", first.text):
        return []
    return [Hit("self_focus", first.trimmed[0], first.end, 0.6, "self:turn")]


def _excuse_hits(ctx: _Context, hits: list[Hit]) -> list[Hit]:
    """In a disagreement, an answer that opens with an excuse or a counter-complaint."""
    if not ctx.conflict or any(hit.label in ("ownership", "validation") for hit in hits):
        return []
    found = []
    for sentence in ctx.sentences:
        text = sentence.text
        if any(sentence.start <= h.start < sentence.end and h.label == "i_statement" for h in hits):
            continue
        start = sentence.trimmed[0]
        if _COUNTER.search(text):
            found.append(Hit("defensiveness", start, sentence.end, 0.6, "excuse:counter"))
        elif _EXCUSE.search(text):
            found.append(Hit("defensiveness", start, sentence.end, 0.52, "excuse:start"))
    return found[:1]


def _resolve(ctx: _Context, hits: list[Hit]) -> list[Hit]:
    """Let labels that share a sentence settle which of them really applies."""
    by_sentence: dict[int, set[str]] = {}
    for hit in hits:
        sentence = _sentence_at(ctx.sentences, hit.start)
        by_sentence.setdefault(sentence.start, set()).add(hit.label)
    first_ack = min((h.start for h in hits if h.label in ACKNOWLEDGING), default=None)
    kept = []
    for hit in hits:
        sentence = _sentence_at(ctx.sentences, hit.start)
        here = by_sentence[sentence.start]
        if hit.label == "i_statement" and here & BLAMING:
            continue
        if hit.label == "validation" and here & {"dismissal", "contempt", "criticism"}:
            continue
        if hit.label in ("curiosity", "reflection") and here & (BLAMING | {"defensiveness"}):
            continue
        if hit.label in ("appreciation", "reassurance") and "contempt" in here:
            continue
        if hit.label == "fixing_first" and first_ack is not None and first_ack < hit.start:
            continue
        if hit.label == "fixing_first" and ctx.mode != "reply":
            continue
        if hit.label == "stonewalling" and "repair_attempt" in here:
            continue
        kept.append(hit)
    return kept


def find_hits(norm: Normalized, *, mode: str, replying_to: str | None) -> list[Hit]:
    """Every cue that counts in a tidied draft, after the context checks."""
    if not norm.text.strip():
        return []
    ctx = _Context(norm, mode, replying_to)
    hits = _pattern_hits(ctx) + _always_never_hits(ctx) + _question_hits(ctx)
    hits += _self_turn_hits(ctx, hits)
    hits += _excuse_hits(ctx, hits)
    return _resolve(ctx, hits)


def score_labels(norm: Normalized, hits: list[Hit]) -> dict[str, tuple[float, Hit]]:
    """Combine each label's hits into a score, with its strongest hit as evidence."""
    grouped: dict[str, dict[str, Hit]] = {}
    for hit in hits:
        per_source = grouped.setdefault(hit.label, {})
        if hit.source not in per_source or per_source[hit.source].weight < hit.weight:
            per_source[hit.source] = hit
    scored = {}
    for label, per_source in grouped.items():
        remaining = 1.0
        for hit in per_source.values():
            remaining *= 1.0 - min(hit.weight, 0.97)
        score = 1.0 - remaining
        best = max(per_source.values(), key=lambda h: (h.weight, h.end - h.start))
        score += _intensity(norm, best, label)
        scored[label] = (round(max(0.0, min(0.99, score)), 3), best)
    return scored


def _intensity(norm: Normalized, hit: Hit, label: str) -> float:
    """Shouting and exclamation make a closer land harder; hedges soften it."""
    if label not in BLAMING | {"defensiveness", "stonewalling", "dismissal"}:
        return 0.0
    window = norm.original[max(0, norm.starts[hit.start] - 20) : norm.ends[hit.end - 1] + 20]
    letters = [c for c in window if c.isalpha()]
    bonus = 0.0
    if len(letters) >= 6 and sum(c.isupper() for c in letters) / len(letters) > 0.7:
        bonus += 0.05
    bonus += min(0.05, 0.025 * window.count("!"))
    if _HEDGES.search(norm.text[max(0, hit.start - 30) : hit.end + 20]):
        bonus -= 0.12
    return bonus
