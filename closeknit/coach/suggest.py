"""Suggestions: one warm sentence per problem, with a rewrite where one can be made.

The rewrites follow the product's advice: turn "you never …" into "I feel …
when …, and I need …"; put a validating sentence before advice; turn a
statement about the other's motives into a story to check.
"""

from __future__ import annotations

import re

from .text import sentences

Span = tuple[int, int]


def _overlaps(start: int, end: int, spans: tuple[Span, ...]) -> bool:
    return any(s < end and start < e for s, e in spans)


Suggested = tuple[str | None, str, str | None]

_ALWAYS_NEVER = re.compile(
    r"\byou(?:'re| are|r|re)? (?:just |literally |honestly )?(always|never|constantly) "
    r"([^.!?,;]+)",
    re.IGNORECASE,
)
_PAST = {
    "did": "do",
    "said": "say",
    "came": "come",
    "told": "tell",
    "took": "take",
    "made": "make",
    "gave": "give",
    "thought": "think",
    "went": "go",
    "cared": "care",
    "noticed": "notice",
    "shared": "share",
    "included": "include",
    "invited": "invite",
    "liked": "like",
    "loved": "love",
    "tried": "try",
    "replied": "reply",
    "apologised": "apologise",
    "apologized": "apologize",
    "saved": "save",
    "forgot": "forget",
    "got": "get",
    "brought": "bring",
    "paid": "pay",
    "was": "are",
    "were": "are",
    "has": "have",
    "does": "do",
    "is": "are",
    "helps": "help",
    "listens": "listen",
    "asks": "ask",
    "calls": "call",
    "texts": "text",
    "cleans": "clean",
    "cooks": "cook",
}
_FEELING_BY_TOPIC = (
    (
        r"listen|hear|look at me|pay attention|ignore|phone",
        "unheard",
        "to feel heard when I'm talking to you",
    ),
    (
        r"help|clean|dish|chore|laundry|cook|tidy|lift a finger|bins|house",
        "overwhelmed",
        "us to share the load more evenly",
    ),
    (
        r"call|text|repl|answer|message|check in",
        "forgotten",
        "a quick message so I know where we stand",
    ),
    (
        r"late|on time|wait|cancel|plans|forget|remember",
        "unimportant",
        "to be able to count on what we agree",
    ),
    (r"ask|interest|how i am|about me|my day", "unseen", "to feel that my day matters to you too"),
    (r"home|around|time for|busy|work|out", "lonely", "some time together that we protect"),
)
_VALIDATE_BY_FEELING = (
    (r"scar|afraid|terrif|frighten|panic", "That sounds really scary."),
    (r"tired|exhaust|drain|worn|burn", "That sounds exhausting."),
    (r"lonely|alone|left out|isolat", "That sounds so lonely."),
    (r"embarrass|humiliat|in front of", "That sounds humiliating."),
    (r"died|passed away|funeral|lost my|grief|griev", "I'm so sorry, that's so painful."),
    (r"angry|furious|mad|unfair|annoy|frustrat", "That sounds really frustrating."),
    (r"nervous|anxious|worr|stress|overwhelm|deadline", "That sounds really stressful."),
    (r"sad|cry|hurt|upset|down", "That sounds really hurtful."),
)


def _base(verb: str) -> str:
    lowered = verb.lower()
    if lowered in _PAST:
        return _PAST[lowered]
    if lowered.endswith("ied") and len(lowered) > 4:
        return lowered[:-3] + "y"
    if lowered.endswith("ed") and len(lowered) > 4:
        stem = lowered[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
            stem = stem[:-1]
        return stem
    return lowered


def _topic(predicate: str) -> tuple[str, str]:
    for pattern, feeling, need in _FEELING_BY_TOPIC:
        if re.search(pattern, predicate):
            return feeling, need
    return "hurt", "us to talk about what would help"


def i_statement_rewrite(text: str, kind: tuple[Span, ...] = ()) -> str | None:
    """Turn the draft's first blaming "you never/always …" into "I feel … when …, and I
    need …". `kind` are the spans where the rules read "always"/"never" as praise ("you
    always make me laugh"): those are never the one rewritten."""
    blaming = (m for m in _ALWAYS_NEVER.finditer(text) if not _overlaps(m.start(), m.end(), kind))
    match = next(blaming, None)
    if match is None:
        return None
    word, predicate = match.group(1).lower(), match.group(2).strip().lower()
    predicate = re.sub(r"\s*(?:anymore|ever|at all|again)$", "", predicate)
    if not predicate:
        return None
    feeling, need = _topic(predicate)
    is_state = match.group(0).lower().startswith(("you're", "you are", "your", "youre"))
    first, _, rest = predicate.partition(" ")
    if word == "never":
        if is_state:
            clause = f"you're not {predicate}"
        else:
            clause = f"you don't {_base(first)} {rest}".rstrip()
    else:
        clause = f"you're {predicate}" if is_state else f"you {predicate}"
    return f"I feel {feeling} when {clause}, and I need {need}."


def validating_opener(replying_to: str | None) -> str:
    lowered = (replying_to or "").lower()
    for pattern, sentence in _VALIDATE_BY_FEELING:
        if re.search(pattern, lowered):
            return sentence
    return "That sounds really hard."


def _sentence_span(text: str, span: Span) -> Span:
    """The sentence holding span, without the spaces and line break around it."""
    for sentence in sentences(text):
        if sentence.start <= span[0] < sentence.end:
            return sentence.trimmed
    return span


# Closers a rewrite must never carry forward from the draft: a wording offered with one
# tap should not still hold a verdict on the other person, a sneer, or a door shut on the
# conversation. (analysis.py passes their spans: reported labels, and the rules' own
# findings of blame, sarcasm and mind-reading even where the model did not report them.)
LEFT_OUT_OF_REWRITES = ("criticism", "contempt", "mind_reading", "stonewalling")
# Of those, the ones whose rule findings count even where the model reported nothing: a
# lone "fine" or "whatever" turns up in friendly sentences too, so a shut-down counts
# only when reported.
TRUSTED_FROM_RULES = ("criticism", "contempt", "mind_reading")


def _cut(text: str, pieces: list[tuple[int, int, str]]) -> str:
    """The text with each [start, end) range replaced by its string (ranges in order, not
    overlapping); line breaks elsewhere are kept, runs of spaces left by a cut closed up."""
    out, at = [], 0
    for start, end, replacement in pieces:
        out.append(text[at:start])
        out.append(replacement)
        at = end
    out.append(text[at:])
    joined = re.sub(r"[ \t]{2,}", " ", "".join(out))
    joined = re.sub(r"[ \t]*\n[ \t]*", "\n", joined)
    return re.sub(r"\n{3,}", "\n\n", joined).strip()


def _replace_sentence(text: str, span: Span, replacement: str, drop: tuple[Span, ...]) -> str:
    """The draft with the sentence holding span replaced, and without any other sentence
    that overlaps drop."""
    start, end = _sentence_span(text, span)
    pieces = [
        (x.start, x.end, " ")
        for x in sentences(text)
        if _overlaps(x.start, x.end, drop) and not _overlaps(x.start, x.end, ((start, end),))
    ]
    pieces.append((start, end, f" {replacement} "))
    return _cut(text, sorted(pieces))


def _without(text: str, drop: tuple[Span, ...]) -> str:
    """The draft without its sentences that overlap drop (empty if that is all of it)."""
    pieces = [(x.start, x.end, " ") for x in sentences(text) if _overlaps(x.start, x.end, drop)]
    return _cut(text, pieces) if pieces else text.strip()


def _story_check(text: str, span: Span, drop: tuple[Span, ...]) -> str:
    start, end = _sentence_span(text, span)
    claim = text[start:end].strip().rstrip(".!?").strip()
    claim = claim[:1].lower() + claim[1:]
    claim = re.sub(
        r"^(?:i (?:just )?feel (?:like|that)|i think|obviously|clearly),? ",
        "",
        claim,
        flags=re.IGNORECASE,
    )
    check = f"The story I'm telling myself is that {claim}; is that right?"
    return _replace_sentence(text, span, check, drop)


def suggest(
    text: str,
    found: dict[str, tuple[int, int]],
    *,
    mode: str,
    replying_to: str | None,
    ammunition: bool,
    hostile: tuple[Span, ...],
    kind: tuple[Span, ...],
) -> list[Suggested]:
    """Concrete alternatives for what the coach found in a draft.

    `hostile` are spans of the draft with a closer in LEFT_OUT_OF_REWRITES: the rewrites
    leave those sentences out. `kind` are the "you always/never …" read as praise."""
    out: list[Suggested] = []
    if "criticism" in found:
        rewrite = i_statement_rewrite(text, kind)
        tip = (
            "Try describing one moment and how it felt, instead of who they are: "
            '"I feel … when …, and I need …".'
        )
        out.append(("criticism", tip, rewrite))
    if "contempt" in found:
        out.append(
            (
                "contempt",
                "Say the frustration plainly, without the sarcasm, so they "
                "can hear what is really bothering you.",
                _replace_sentence(
                    text,
                    found["contempt"],
                    "I'm really frustrated about this, and I want us to talk about it.",
                    hostile,
                ),
            )
        )
    if "defensiveness" in found:
        out.append(
            (
                "defensiveness",
                "Before explaining, look for the part of their point you "
                "can agree with, even a small one.",
                _replace_sentence(
                    text,
                    found["defensiveness"],
                    "You're right that this matters, and "
                    "I want to hear it properly before I explain my side.",
                    hostile,
                ),
            )
        )
    if "stonewalling" in found:
        out.append(
            (
                "stonewalling",
                "If you need a break, say so and say when you will come back to it.",
                _replace_sentence(
                    text,
                    found["stonewalling"],
                    "I'm getting overwhelmed, so I need "
                    "twenty minutes, and then I want to come back and talk.",
                    hostile,
                ),
            )
        )
    if "dismissal" in found:
        out.append(
            (
                "dismissal",
                "Let the feeling be as big as it is for them before offering any comfort.",
                _replace_sentence(
                    text, found["dismissal"], "It makes sense that this got to you.", hostile
                ),
            )
        )
    if "fixing_first" in found:
        # With nothing left once the blame is out, there is no idea to keep: the general
        # "name the feeling, then ask" suggestion below is the better start.
        kept = _without(text, hostile)
        out.append(
            (
                "fixing_first",
                "Start with a sentence that shows you heard the feeling, then offer the idea.",
                f"{validating_opener(replying_to)} {kept}" if kept else None,
            )
        )
    if "self_focus" in found:
        out.append(
            (
                "self_focus",
                "Stay with their story a little longer before sharing yours.",
                _replace_sentence(
                    text, found["self_focus"], "What was that like for you?", hostile
                ),
            )
        )
    if "mind_reading" in found:
        out.append(
            (
                "mind_reading",
                "Check the story instead of stating it, so they can tell "
                "you what is really going on.",
                _story_check(text, found["mind_reading"], hostile),
            )
        )
    if ammunition:
        out.append(
            (
                None,
                "Leave what they told you in confidence out of this disagreement, "
                "and talk about what happened today instead.",
                None,
            )
        )
    openers = {"validation", "reflection", "curiosity", "reassurance"}
    if mode == "reply" and replying_to and not openers & set(found):
        out.append(
            (
                None,
                "Try naming the feeling you imagine they have, then ask an open "
                'question like "What was the hardest part?"',
                f"{validating_opener(replying_to)} What was the hardest part?",
            )
        )
    return out
