"""The small vocabulary shared by the rule tables: a pattern and word lists."""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from typing import Any

# The standard library's own regular-expression parser: the same one re.compile uses,
# so the needles below are read from the pattern exactly as the engine reads it. It is
# private (re._parser) and has no type stubs, hence importlib and Any; if a later Python
# changes its shape, test_needles.py fails loudly rather than anything being skipped.
_parser: Any = importlib.import_module("re._parser")
_codes: Any = importlib.import_module("re._constants")

# Guards a pattern can carry (see rules.py for what each one checks).
NEG = "neg"  # not when negated just before ("I don't think you're overreacting")
REPORTED = "rep"  # not inside reported speech ("my boss said I was overreacting")
STATEMENT = "stmt"  # not inside a question
QUESTION = "q"  # only inside a question
RESPONSE = "resp"  # only when answering someone (reply or conflict mode)
CONFLICT = "conf"  # only in conflict mode, or a reply to a complaint
SARCASM = "sarc"  # polite words: dropped when the sentence reads as sarcastic
LATE_OK = "late"  # advice: only a closer when no acknowledgement came first
PROMISE = "promise"  # a pause: only an opener when a return is promised
HEDGED = "hedged"  # not after "the story I'm telling myself", "I wonder if"

DEFAULT_GUARDS = frozenset({REPORTED})


@dataclass(frozen=True)
class Pattern:
    """One cue for one label: a regular expression and how much it counts."""

    label: str
    regex: re.Pattern[str]
    weight: float
    guards: frozenset[str] = field(default=DEFAULT_GUARDS)
    name: str = ""
    # The leading \b of each top-level branch is checked in code instead: a pattern
    # that starts with a plain word lets the regex engine skip ahead quickly,
    # which keeps a 500-character draft well inside the latency budget.
    start_boundary: bool = False
    # Every match contains at least one of these strings (empty: no such set is
    # known). A draft without any of them cannot match, so the search is skipped.
    needles: tuple[str, ...] = ()

    def could_match(self, text: str) -> bool:
        return not self.needles or any(needle in text for needle in self.needles)


def strip_leading_boundaries(source: str) -> tuple[str, bool]:
    """Drop the \b that opens each top-level alternative; report whether any was dropped."""
    out: list[str] = []
    depth = 0
    in_class = False
    stripped = False
    index = 0
    at_branch_start = True
    while index < len(source):
        char = source[index]
        if at_branch_start and depth == 0 and source.startswith("\\b", index):
            index += 2
            stripped = True
            at_branch_start = False
            continue
        at_branch_start = False
        if char == "\\":
            out.append(source[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            at_branch_start = True
        out.append(char)
        index += 1
    return "".join(out), stripped


def needles(pattern: str | re.Pattern[str]) -> tuple[str, ...]:
    """Strings of which every match of pattern contains at least one; () if none known.

    Read from the parsed pattern: a run of plain characters in the main sequence, a
    group that must match, a repeat that must happen once, or an alternation whose
    every branch has needles of its own. Lookarounds, character classes and anything
    under a case-insensitive flag give none. Of the candidates, the one whose shortest
    string is longest wins (fewer strings on a tie): it rules out the most drafts.
    """
    if isinstance(pattern, re.Pattern):
        # Read with the flags it was compiled with (verbose, case-insensitive...).
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    else:
        parsed = _parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return ()
    found = _needles_of(list(parsed))
    if not found:
        return ()
    # A string that contains another needle adds nothing: the shorter one is found first.
    return tuple(sorted(n for n in found if not any(o != n and o in n for o in found)))


def _needles_of(sequence: list[Any]) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in [*sequence, (None, None)]:
        if op is _codes.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        inner: frozenset[str] | None = None
        if op is _codes.SUBPATTERN:
            _group, add_flags, del_flags, body = arg
            if not (add_flags | del_flags) & re.IGNORECASE:
                inner = _needles_of(list(body))
        elif op is _codes.ATOMIC_GROUP:
            inner = _needles_of(list(arg))
        elif op in (_codes.MAX_REPEAT, _codes.MIN_REPEAT, _codes.POSSESSIVE_REPEAT):
            low, _high, body = arg
            if low >= 1:
                inner = _needles_of(list(body))
        elif op is _codes.BRANCH:
            branches = [_needles_of(list(branch)) for branch in arg[1]]
            if all(branches):
                inner = frozenset().union(*(b for b in branches if b))
        if inner:
            candidates.append(inner)
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def table(label: str, rows: list[tuple[str, float, str]]) -> list[Pattern]:
    """Build patterns from (regex, weight, guards separated by spaces) rows."""
    built = []
    for index, (source, weight, guards) in enumerate(rows):
        names = frozenset(guards.split()) | DEFAULT_GUARDS
        if "anyspeech" in names:
            names = names - {REPORTED, "anyspeech"}
        fast, boundary = strip_leading_boundaries(source)
        regex = re.compile(fast)
        name = f"{label}:{index}"
        built.append(
            Pattern(
                label=label,
                regex=regex,
                weight=weight,
                guards=names,
                name=name,
                start_boundary=boundary,
                needles=needles(regex),
            )
        )
    return built


def alt(words: str) -> str:
    """Turn 'a|b c|d' into a non-capturing alternation."""
    return "(?:" + words + ")"


YOU_ARE = r"\byou(?:'re| are| r|re)"
# "You've always been so ungrateful", "you were always careless", "you've become cold".
# "You were" only with a word that makes it a verdict: "when you were a child" is not one.
YOU_HAVE_BEEN = (
    r"\byou(?:(?:'ve| have|ve)? (?:always |forever |just |really |honestly |only ever )?"
    r"(?:been|become) | were (?:always |so |such |being |really |completely |totally ))"
)
# Every word here ends in a space and none is the start of another, so a run of
# them can be split only one way: the regex engine cannot backtrack exponentially.
INTENS = (
    r"(?:so |really |such |just |being |too |very |incredibly |totally |completely |"
    r"always |honestly |literally |kind of |kinda |a bit |pretty |the most |acting |"
    r"a little |genuinely |truly |actually |seriously |absolutely )*"
)

# Character words: saying the person IS one of these is criticism.
FLAWS = alt(
    "selfish|lazy|careless|thoughtless|inconsiderate|useless|hopeless|irresponsible|"
    "immature|childish|self-centered|self-centred|self-absorbed|rude|cold|heartless|mean|"
    "cruel|controlling|needy|clingy|unreliable|impossible|exhausting|toxic|manipulative|"
    "ungrateful|stubborn|arrogant|insensitive|flaky|cheap|boring|annoying|incompetent|"
    "sloppy|disorganised|disorganized|messy|lazy|unbearable|difficult|negative|"
    "a liar|a mess|a slob|a nightmare|a hypocrite|a narcissist|a disappointment|"
    "the worst|the problem|a bad \\w+|a terrible \\w+|a horrible \\w+|a failure|"
    "hypocritical|spoiled|spoilt|entitled|fake|two-faced|dishonest|untrustworthy|"
    "judgmental|judgemental|bossy|nasty|vain|jealous and|greedy|cowardly|a coward|"
    "no help|never there|impossible to talk to|hard to love|too much|a child|"
    "a joke|unreasonable|irrational|passive aggressive|passive-aggressive|"
    "condescending|patronising|patronizing|cold-hearted|uncaring|unfeeling|clueless|"
    "a mess|a wreck|hopeless|a pushover|weak|spineless|obsessed|paranoid and|crazy|"
    "jealous|a flake|a jerk|unstable|dramatic|a drama queen|bad with money|hopeless with money|"
    "a snob|a control freak|a know-it-all|self-pitying|a doormat|ungrateful|a bully|a cheat|"
    "disloyal|a baby about|a martyr|a quitter|lazy about everything"
)

# Plain insults: contempt.
INSULTS = alt(
    "idiot|moron|stupid|dumb|loser|clown|pathetic|imbecile|dumbass|jerk|psycho|"
    "pig|baby|crybaby|cry baby|drama queen|snowflake|princess|genius|brat|fool|"
    "joke|laughing stock|embarrassment|waste of space|nutcase|nut job|lunatic|"
    "ridiculous|a child|five|a toddler|an idiot|an embarrassment|useless|worthless|"
    "disgusting|a disgrace|a clown|a loser|a joke|a baby|a moron|a fool|a jerk|"
    "a brat|a princess|a genius|insane|unhinged|delusional|boring|dull|a bore"
)

# Feelings a person names back or names for themselves.
FEELINGS = alt(
    "lonely|hurt|sad|anxious|scared|worried|overwhelmed|frustrated|angry|upset|"
    "exhausted|tired|stressed|nervous|afraid|ignored|invisible|unheard|disconnected|"
    "left out|alone|insecure|ashamed|embarrassed|jealous|disappointed|unappreciated|"
    "taken for granted|resentful|confused|stuck|lost|hopeless|down|low|drained|"
    "happy|grateful|loved|close to you|safe|excited|proud|relieved|guilty|small|"
    "dismissed|rejected|unimportant|neglected|helpless|uneasy|on edge|heartbroken|"
    "homesick|burnt out|burned out|panicky|numb|raw|vulnerable|terrified|miserable|"
    "furious|mad|annoyed|irritated|humiliated|betrayed|abandoned|unseen|unloved|"
    "unwanted|worthless|like a failure|like a burden|like an afterthought|"
    "like nobody cares|like no one cares|like i don't matter|like i'm invisible|"
    "like i'm not enough|not good enough|not enough|out of place|pressured|torn|"
    "trapped|powerless|judged|misunderstood|defeated|discouraged|empty|heavy|"
    "disrespected|uncomfortable|awkward|shaky|fragile|touched|hopeful|content|"
    "calm|cared for|seen|heard|understood|nervous|distant|far away|disheartened|"
    "gutted|crushed|devastated|sick|restless|scared|sore|bitter|let down|weird|off|"
    "a bit off|overlooked|left behind|replaced|second best|like second best|"
    "like an outsider|like a third wheel|like i'm failing|like i'm drowning|"
    "overstretched|stretched thin|worn out|wiped out|on my own|isolated"
)

# Emotional states the other person is described as being in.
STATES = alt(
    "feeling|worried|scared|afraid|hurt|disappointed|nervous|anxious|frustrated|torn|"
    "exhausted|upset|sad|lonely|stuck|overwhelmed|angry|ashamed|embarrassed|confused|"
    "heartbroken|excited|stressed|dreading|grieving|struggling|missing|burnt out|"
    "burned out|tired|disheartened|gutted|terrified|unsure|questioning|doubting|mad"
)
