"""Broad word classes for the learned scorer.

Unlike the rule tables, these are loose families of phrasing taken from the
labelling guidelines (praise, offers of support, absolutes, counter-blame,
minimising, a story about oneself, …). None of them decides a label; each is a
feature whose weight the training learns, so they can be generous. They help
the model recognise phrasing it has not seen word for word.

Classes are plain phrase lists ("{a|b}" spells alternatives, "{a|}" an
optional word), matched as word sequences: a sentence's word n-grams are
looked up in a set, once with every word and once without intensifiers, so
"you're so selfish" meets the phrase "you're selfish". That keeps the whole
step to a few set look-ups per sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import product

from . import context
from .patterns import FEELINGS, FLAWS, INSULTS, STATES


def word_set(words: str) -> frozenset[str]:
    """A set of the space-separated words given."""
    return frozenset(words.split())


_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)*|[^\x00-\x7f\ufe0f\u200d\s]")
_LONGEST = 5
_SOFTENERS = word_set(
    "so really such just very too totally completely literally honestly actually seriously "
    "absolutely pretty truly genuinely incredibly being quite super"
)
_FILLERS = word_set("just maybe so honestly seriously and but oh okay well look um")


def tokens(text: str) -> list[str]:
    """Words (and emoji, one character each) of a tidied piece of text."""
    return _TOKEN.findall(text)


def _expand(spec: str) -> set[str]:
    """Turn "i'll {be|come} back|see you" into every phrase it spells."""
    phrases: set[str] = set()
    for branch in re.split(r"\|(?![^{]*\})", spec):
        parts = re.split(r"(\{[^}]*\})", branch)
        options = [p[1:-1].split("|") if p.startswith("{") else [p] for p in parts]
        for choice in product(*options):
            phrase = " ".join(tokens("".join(choice)))
            if phrase:
                phrases.add(phrase)
    return phrases


def _words(alternation: str) -> str:
    """The plain entries of a rule-table word list, as a phrase spec."""
    return "|".join(w for w in alternation[3:-1].split("|") if "\\" not in w)


_FLAW, _INSULT, _FEELING = _words(FLAWS), _words(INSULTS), _words(FEELINGS)
_SPECS: dict[str, str] = {
    "you_flaw": "{you're|you are|you've been|you were} {" + _FLAW + "}",
    "flaw": _FLAW,
    "insult": _INSULT,
    "feeling": _FEELING + "|" + _words(STATES),
    "you_subject": "{you're|you are|you must be|you must have been|you seem|you sound|you feel|"
    "you felt|you've been|you were|you get|made you|making you|left you}",
    "sounds": "sounds|sound|seems|seem|must be|must have been|must feel|looks like|i bet",
    "i_feel": "i {feel|felt|'m feeling|am feeling|get|got|'ve been feeling|'ve felt}",
    "i_need": "i {need|want|would like|'d like|'d love|would love|miss|wish}",
    "motive": "you {only|just|clearly|obviously|really|} {want|wanted|care|cared|like|liked|love|"
    "loved|don't care|never cared|said that|say that|think you're|think i'm}|because you|"
    "you're {only|just} {saying|doing|upset|mad|angry}|so you|so you're|on purpose",
    "absolute": "always|never|every time|every single|all the time|everything|constantly",
    "people": "everyone|everybody|nobody|no one|people|anyone",
    "counter": "you're the one|you were the one|you {too|also|as well}|what about {you|when|me}|"
    "coming from you|at least i|well you|but you|if you",
    "i_not": "i {didn't|did not|wasn't|was not|never|'m not|am not|don't|can't}",
    "excuse": "i was {busy|tired|working|trying|only|just}|i had {to|a}|what was i supposed|"
    "how was i supposed|not my fault|i can't help|it was {just|only} a|i {only|just} "
    "{said|did|asked|told|wanted}",
    "shutdown": "whatever|done talking|not talking|drop it|leave it|leave me alone|not now|"
    "forget it|i'm done|end of|not discussing|don't want to {talk|discuss|hear}|"
    "i'm not doing this|fine|noted|got it|bye|night",
    "apology": "sorry|apologise|apologize|my fault|my bad|on me|i was wrong|you're right|"
    "you were right|i shouldn't have|i should have|i should've|that wasn't fair|not okay",
    "sorry_if": "sorry {you feel|if you|that you feel|you're upset|you took}",
    "thanks": "thank|thanks|thank you|grateful|appreciate|appreciated|thankful",
    "praise": "proud|amazing|incredible|brilliant|well done|great job|congrats|congratulations|"
    "impressive|awesome|so good|talented|beautiful|kind|kindest|thoughtful|lovely|genius|"
    "the best|wonderful|strong|brave|guts|earned|deserve|deserved",
    "support": "i'm here|i am here|here for you|with you|by your side|not going anywhere|"
    "together|we'll|we will|got you|whatever you need|anything you need|call me|i'm around|"
    "on my way|i'll {be|come|stay|help|bring|drive|call|sit|make|cook|pick|take|stick|text|"
    "look}|let me|want me to|would it help|can i {help|bring|do|come}|love you|all yours|"
    "i'm listening|no matter what|never change",
    "minimise": "at least|it's {just|only}|{not|no} {a|} big deal|calm down|relax|chill|"
    "overreacting|overreact|overreacted|too sensitive|dramatic|get over|move on|could be worse"
    "|that's life|you'll be fine|it'll be fine|don't worry|cheer up|bright side|stop worrying|"
    "it happens|happens to everyone|toughen|grow up|not that bad|anyway",
    "advice": "you should|you could|you need to|you have to|you must|have you tried|"
    "why don't you|why not|maybe you|you might want|if i were you|make sure|i'd {tell|go|ask|"
    "call|quit|leave|get}|try {to|and|not|being|doing}",
    "self_story": "me too|same here|same|reminds me|when i was|i had {a|the|that|my}|"
    "i've {had|been|got}|happened to me|i remember when|i once|mine|my {mum|mom|dad|boss|"
    "sister|brother|friend|cousin|ex|manager} {did|was|had|got|is}|i'm {tired|stressed|"
    "exhausted|busy|sick}",
    "worse": "worse|try being|try having|try doing|you think that's|you think you're|imagine",
    "tell_me": "tell me|talk to me|i'd love to hear|i want to {hear|know|understand}",
    "laugh": "lol|lmao|haha|hahaha|rofl|lmfao|😂|🤣",
    "eyeroll": "🙄|😒|💅|🙃|😑|🤦",
    "heart": "❤|💕|🥰|💛|🥹|🤍|💙|😘|🫶|🤗|💗|💜|🥺",
    "validating": "make sense|makes sense|of course you|no wonder you|anyone would|"
    "understandable|i get it|i get why|i get that|i'd feel the same|i'd be {upset|angry|hurt}|"
    "{that's|that is|it's} {hard|awful|rough|tough|horrible|scary|a lot|a big|heavy}|"
    "sounds {hard|awful|rough|tough|horrible|scary|exhausting|stressful|painful|lonely}|"
    "valid|fair enough|no wonder",
    "i_think_you": "i feel like you|i think you|i feel that you|i think that you|admit it|"
    "be honest",
    "we": "we|us|let's|our",
    "later": "later|tomorrow|tonight|after|then|in a bit|in a minute|in an hour|in ten|"
    "in twenty|in half",
}
_STARTS: dict[str, str] = {
    "imperative": "go|try|call|tell|ask|talk|get|take|stop|do|make|put|send|delete|block|"
    "ignore|quit|leave|book|write|see|find|buy|use|eat|sleep|breathe|focus|move|start|"
    "unfollow|apply|drink|pray|text|email",
    "reflect_start": "so|sounds like|it sounds|it seems|seems like|it's like|you're saying|"
    "what i'm hearing|if i'm hearing|i hear|i'm hearing",
}
_INDEX: dict[str, tuple[str, ...]] = {}
for _name, _spec in _SPECS.items():
    for _phrase in _expand(_spec):
        _INDEX[_phrase] = (*_INDEX.get(_phrase, ()), "k:" + _name)
_START_INDEX: dict[str, tuple[str, ...]] = {}
for _name, _spec in _STARTS.items():
    for _phrase in _expand(_spec):
        _START_INDEX[_phrase] = (*_START_INDEX.get(_phrase, ()), "k:" + _name)
_CHECKS = (
    ("open_question", context.open_question),
    ("rhetorical", context.rhetorical),
    ("logistics", context.logistics),
    ("promise", context.promises_return),
)


def _grams(words: Sequence[str]) -> Iterable[str]:
    for size in range(1, _LONGEST + 1):
        for start in range(len(words) - size + 1):
            yield " ".join(words[start : start + size])


def _lookup(words: Sequence[str]) -> set[str]:
    found: set[str] = set()
    softened = [w for w in words if w not in _SOFTENERS]
    for sequence in (words, softened) if len(softened) < len(words) else (words,):
        for gram in _grams(sequence):
            names = _INDEX.get(gram)
            if names:
                found.update(names)
    return found


def sentence_cues(words: Sequence[str], text: str) -> list[str]:
    """The word classes and context checks one sentence shows, as feature names."""
    found = _lookup(words)
    if "k:you_subject" in found and "k:feeling" in found:
        found.add("k:you_feel")
    if words.count("you're") >= 2 and "not" in words:
        found.add("k:you_not")
    lead = 0
    while lead < len(words) and words[lead] in _FILLERS:
        lead += 1
    for begin in {0, lead}:
        for size in range(1, 4):
            names = _START_INDEX.get(" ".join(words[begin : begin + size]))
            if names:
                found.update(names)
    found.update("k:" + name for name, check in _CHECKS if check(text))
    return sorted(found)
