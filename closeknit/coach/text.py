"""Text normalisation with offsets that point back into the original draft.

The rules match against a lower-cased, tidied copy of the draft (straight
apostrophes, common typos and missing apostrophes repaired), but every finding
must quote the person's own words. So each character of the tidied copy
remembers which slice of the original it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CHAR_MAP = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "`": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00a0": " ",
    "\u2013": "-",
    "\u2014": "-",
    "\u2026": "...",
}

# Missing apostrophes, texting shorthand and common misspellings.
_WORDS = {
    "dont": "don't",
    "cant": "can't",
    "wont": "won't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "arent": "aren't",
    "werent": "weren't",
    "shouldnt": "shouldn't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "hadnt": "hadn't",
    "im": "i'm",
    "ive": "i've",
    "youre": "you're",
    "youve": "you've",
    "youll": "you'll",
    "theyre": "they're",
    "thats": "that's",
    "whats": "what's",
    "shes": "she's",
    "hes": "he's",
    "theres": "there's",
    "whos": "who's",
    "wheres": "where's",
    "hows": "how's",
    "wouldve": "would've",
    "shouldve": "should've",
    "couldve": "could've",
    "u": "you",
    "ya": "you",
    "r": "are",
    "ur": "your",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "thanx": "thanks",
    "thnx": "thanks",
    "tnx": "thanks",
    "ty": "thank you",
    "idk": "i don't know",
    "tbh": "to be honest",
    "rn": "right now",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "becuase": "because",
    "becasue": "because",
    "definately": "definitely",
    "definetly": "definitely",
    "defintely": "definitely",
    "beleive": "believe",
    "belive": "believe",
    "alot": "a lot",
    "realy": "really",
    "sory": "sorry",
    "srry": "sorry",
    "sry": "sorry",
    "soz": "sorry",
    "wierd": "weird",
    "tommorow": "tomorrow",
    "tomorow": "tomorrow",
    "togehter": "together",
    "overeacting": "overreacting",
    "overracting": "overreacting",
    "shoud": "should",
    "jsut": "just",
    "teh": "the",
    "yuo": "you",
    "waht": "what",
    "wat": "what",
    "luv": "love",
    "ppl": "people",
    "apreciate": "appreciate",
    "appriciate": "appreciate",
    "undestand": "understand",
    "understnad": "understand",
    "feelin": "feeling",
    "freakin": "freaking",
    "nothin": "nothing",
    "somethin": "something",
    "ok": "okay",
    "k": "okay",
    "kk": "okay",
    "whatevs": "whatever",
    "watever": "whatever",
    "whatev": "whatever",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "lemme": "let me",
    "dunno": "don't know",
    "prolly": "probably",
    "probly": "probably",
    "acutally": "actually",
    "actualy": "actually",
    "seperate": "separate",
    "wasnt't": "wasn't",
    "awsome": "awesome",
    "thankyou": "thank you",
    "thnk": "thank",
    "listenin": "listening",
    "nvm": "never mind",
    "w/e": "whatever",
    "abt": "about",
    "tho": "though",
    "happend": "happened",
    "embarassed": "embarrassed",
    "suposed": "supposed",
    "ofcourse": "of course",
    "embarrased": "embarrassed",
    "thru": "through",
    "ppl's": "people's",
    "yr": "your",
}

# "your"/"its"/"ill"/"id"/"lets" are real words too, so only repair them before
# words that make the intended contraction unmistakable.
_YOUR_BEFORE = re.compile(
    r"(?:always|never|so|not|just|such|being|a|an|the|right[,.!]|welcome|wrong|"
    r"overreacting|crazy|too|really|literally|only|still|acting|making|doing|going|"
    r"trying|getting|saying|kidding|joking|obviously|clearly|[a-z]+ing\b)"
)
_ITS_BEFORE = re.compile(
    r"(?:not|a|an|just|so|ok|okay|fine|been|like|only|going|too|really|always|never|"
    r"all|the|normal|understandable|hard|no|your|my|nothing|true|fair|over|alright)\b"
)
_ILL_BEFORE = re.compile(
    r"(?:be|always|never|come|try|call|help|do|make|stop|text|listen|wait|get|give|"
    r"talk|still|take|go|see|stay|keep|just|definitely|work)\b"
)
_ID_BEFORE = re.compile(r"(?:love|like|feel|be|have|never|rather|probably|want)\b")
_LETS_BEFORE = re.compile(
    r"(?:just|talk|take|try|start|go|not|get|figure|do|slow|pause|come|work|make|be|"
    r"have|hug|sit|reset|breathe|both|agree)\b"
)
_CONDITIONAL = {
    "your": ("you're", _YOUR_BEFORE),
    "its": ("it's", _ITS_BEFORE),
    "ill": ("i'll", _ILL_BEFORE),
    "id": ("i'd", _ID_BEFORE),
    "lets": ("let's", _LETS_BEFORE),
    "were": (
        "we're",
        re.compile(
            r"(?:in this|a team|on the same|going to be|okay|good|fine|"
            r"gonna|together)\b"
        ),
    ),
}

_TOKEN = re.compile(r"[a-z][a-z'/]*")
_REPEAT = re.compile(r"([a-z])\1{2,}")
_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+[\"')]*|\n|$)")


@dataclass(frozen=True)
class Normalized:
    """A tidied, lower-cased copy of a draft, with a map back to the original."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) range of the tidied text back onto the original."""
        if not self.text or end <= start:
            return (0, 0)
        start = max(0, min(start, len(self.text) - 1))
        end = max(start + 1, min(end, len(self.text)))
        orig_start, orig_end = self.starts[start], self.ends[end - 1]
        # Trim whitespace and light punctuation so evidence reads cleanly; at the start also
        # the end of the sentence before (patterns anchored on "[.!?] " begin there).
        while orig_start < orig_end and self.original[orig_start] in " \t\r\n,;.!?":
            orig_start += 1
        while orig_end > orig_start and self.original[orig_end - 1] in " \t\r\n,;":
            orig_end -= 1
        return (orig_start, orig_end)


def _chars(original: str) -> tuple[str, list[int], list[int]]:
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for index, char in enumerate(original):
        mapped = _CHAR_MAP.get(char)
        if mapped is None:
            mapped = char.lower()
        for piece in mapped:
            out.append(piece)
            starts.append(index)
            ends.append(index + 1)
    return "".join(out), starts, ends


def _replacement(token: str, after: str) -> str | None:
    squeezed = _REPEAT.sub(r"\1\1", token)
    if squeezed in {"soo", "noo", "whyy", "pleasee", "yess", "okayy", "heyy", "ughh"}:
        squeezed = squeezed[:-1]
    if squeezed in _WORDS:
        return _WORDS[squeezed]
    conditional = _CONDITIONAL.get(squeezed)
    if conditional is not None:
        word, follower = conditional
        return word if follower.match(after) else None
    return squeezed if squeezed != token else None


def normalize(original: str) -> Normalized:
    """Tidy a draft for matching while remembering original offsets."""
    lowered, starts, ends = _chars(original)
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    cursor = 0
    for match in _TOKEN.finditer(lowered):
        token = match.group().rstrip("'/")
        token_end = match.start() + len(token)
        if not token:
            continue
        after = lowered[token_end:].lstrip(" ")
        replacement = _replacement(token, after)
        if replacement is None:
            continue
        out.append(lowered[cursor : match.start()])
        new_starts.extend(starts[cursor : match.start()])
        new_ends.extend(ends[cursor : match.start()])
        origin_start, origin_end = starts[match.start()], ends[token_end - 1]
        out.append(replacement)
        new_starts.extend([origin_start] * len(replacement))
        new_ends.extend([origin_end] * len(replacement))
        cursor = token_end
    out.append(lowered[cursor:])
    new_starts.extend(starts[cursor:])
    new_ends.extend(ends[cursor:])
    return Normalized(original, "".join(out), tuple(new_starts), tuple(new_ends))


@dataclass(frozen=True)
class Sentence:
    """One sentence of the tidied text: [start, end) offsets and its words."""

    start: int
    end: int
    text: str

    @property
    def is_question(self) -> bool:
        return "?" in self.text

    @property
    def trimmed(self) -> tuple[int, int]:
        """[start, end) without the spaces and line breaks around the words (never empty)."""
        lead = len(self.text) - len(self.text.lstrip())
        tail = len(self.text) - len(self.text.rstrip())
        return self.start + lead, max(self.start + lead + 1, self.end - tail)


def sentences(text: str) -> list[Sentence]:
    """Split tidied text into sentences, keeping offsets."""
    found: list[Sentence] = []
    for match in _SENTENCE.finditer(text):
        chunk = match.group()
        if chunk.strip():
            found.append(Sentence(match.start(), match.end(), chunk))
    return found
