"""Context checks that decide whether a matched cue really counts.

These are the hard cases: negation ("I don't think you're overreacting"),
reported speech ("my boss said I was overreacting"), rhetorical questions,
polite-looking sarcasm, "always"/"never" used kindly, and pauses that promise a
return.
"""

from __future__ import annotations

import re

from .patterns import FLAWS, INTENS

_CLAUSE_BREAK = re.compile(r"(?:[;:]| - |\bbut\b|\band\b|\bso\b|\bbecause\b|\bthen\b|\bwhile\b)")
_NEGATOR = re.compile(
    r"\b(?:don't|do not|doesn't|does not|didn't|did not|never|not|no|nobody|no one|won't|"
    r"wouldn't|isn't|aren't|wasn't|weren't|hardly|without|stop saying|quit saying)\b"
    r"(?:\s+[\w']+){0,3}\s*$"
)
_REPORTING = re.compile(
    r"\b(?:said|says|say|told|tells|tell me|telling me|keeps? saying|kept saying|was like|"
    r"goes|asked|called me|calls me|thinks|accused me|accuses me|yelled|texted|wrote|replied|"
    r"answered|claims|claimed|reckons|insists|insisted|mentioned|messaged|commented|"
    r"snapped|shouted|responded|hear|heard|saying|quote)\b"
)
_QUOTED = re.compile(r"[\"']\s*$|\b(?:like|goes|went),?\s*$")
_HEDGE = re.compile(
    r"(?:story i'm telling myself|story i tell myself|i wonder|i worry|i'm worried|i'm "
    r"afraid|i might be wrong|is it that|i'm guessing|part of me|sometimes i think|i know "
    r"that's not|probably not true|i doubt|not that|i don't think|i'm not saying|\bif\b|"
    r"i know|i'm not sure|i can't tell|do you|does it feel|i don't believe|i'm scared|"
    r"i'm scared that|i fear|it's not that|i'm starting to|i was afraid|i used to think|"
    r"i realise|i realize|i get that|i understand|even if|it's not like|doesn't mean)"
)

SARCASM_CUES = re.compile(
    r"🙄|😒|🙃|👏|\beye ?roll|\brolls? (?:my |his |her )?eyes|^\W*(?:oh|gee|wow|great|"
    r"perfect|wonderful|fantastic|brilliant|lovely|super|terrific),|^\W*oh (?:great|wonderful|"
    r"perfect|fantastic|lovely|brilliant|joy|sure|how)|\bthanks for nothing|\b(?:thanks|"
    r"thank you|great job|good job|nice going|nice job|well done|way to go|nice work|"
    r"congrats|love how|love that|love the way|appreciate|appreciate how|bravo)(?: so much)?"
    r",? (?:for )?(?:\w+ )?(?:ruining|forgetting|ignoring|embarrassing|wasting|leaving|"
    r"abandoning|blowing|breaking|losing|missing|interrupting|yelling|lying|spoiling|"
    r"standing me up|showing up late|being late|nothing|once again|finally|as usual|again|"
    r"making me wait|making me look|making everything|the reminder|letting me down|"
    r"bailing|flaking|ditching|never|always|making this|making it|telling everyone|"
    r"humiliating)|\bas usual\b|\byet again\b|\bjust perfect\b|\bjust great\b|\bjust "
    r"wonderful\b|\breal nice\b|\breally nice of you\b|\bgenius\b|\bfor once\b|\bcan't "
    r"wait\b|\bthanks a lot\b|\bsure you\b|\bwhat a treat\b|\bhow thoughtful\b|\bso "
    r"helpful\b|\bvery helpful\b|\breally helpful\b|\b(?:once )?again\b|\banother\b|"
    r"\.\.\.\s*$|\bnot\b.*\bagain\b|\b(?:lol|lmao|haha)\b.*\byou\b|\bwhat a surprise|"
    r"\bclassic\b|\bgood for you\b|\bso proud of you for\b.*\b(?:finally|once)\b"
)
GENUINE_CUES = re.compile(
    r"❤|💕|🥰|😊|🙏|🎉|💛|💙|💜|🤍|🧡|💗|😍|🥹|☺|\bso much\b|\bproud of you\b(?!.*\b(?:finally|"
    r"once)\b)|\bmeans? (?:a lot|so much|the world)\b|\bi mean it\b|\bseriously though\b|"
    r"\b(?:for|about) (?:listening|being there|being so|telling me|helping|everything|"
    r"sharing|checking in|understanding|dinner|the flowers|the card|noticing|remembering|"
    r"asking|making time|coming|driving|looking after|taking care|trusting|opening up)\b|"
    r"\bgreat news\b|\bso happy for you\b|\bthat's amazing\b|\bi'm so glad\b|\bhow exciting\b"
)
_PROMISE = re.compile(
    r"\b(?:then (?:i|we|let's|can we)|and then|afterwards|after (?:that|dinner|work|a|i|we|"
    r"my|the)|later|tonight|tomorrow|in (?:an? |\d+ |twenty |ten |thirty |fifteen |five |a "
    r"few |half an )|when i(?:'ve| have| am|'m)? (?:calm|cooled|thought|had|got|get|feel)|"
    r"come back|get back to|pick (?:this|it) (?:up|back)|talk (?:about (?:it|this) )?(?:later"
    r"|tonight|after|again|tomorrow|soon|properly|more)|i (?:do |really |still )?want to "
    r"(?:talk|sort|work|fix|figure|finish|hear|understand)|i promise|we can (?:talk|finish|"
    r"continue|pick)|before bed|this evening|after dinner|in the morning|once i|i'll be back|"
    r"i'll come|i'm not going anywhere|we'll talk|let's talk|in a bit|in a minute|in a "
    r"while|by (?:tonight|dinner|the evening|\d)|until (?:tonight|tomorrow|later)|give me "
    r"(?:a|an|\d+|ten|twenty) (?:minute|hour|sec|min)|right now,? but)\b"
)
_KIND_ALWAYS = re.compile(
    r"^\s*(?:just |really |so |somehow |genuinely |honestly |still )*(?:make (?:me|us|"
    r"everyone|things|it|everything|my)|know (?:how|what|exactly|just|when|the right)|"
    r"help|support|listen|remember|show up|find (?:a way|time|the|something)|cheer|"
    r"look(?:ing)? (?:out|after)|take care|manage to|are there|were there|there for|been "
    r"there|have my back|had my back|bring|get me|understand|believe in|come through|say "
    r"the right|surprise|brighten|encourage|put (?:me|us|others|everyone)|make time|ask "
    r"(?:about|how)|check (?:in|on)|notice|give (?:the best|great|me|the)|hold me|keep me "
    r"(?:sane|grounded|going|laughing|safe)|treat me|so (?:kind|patient|generous|thoughtful|"
    r"sweet|good|calm|lovely|supportive|caring|fun|funny)|the (?:first|one|best|kindest)|"
    r"on my side|welcome|happy to|ready to|willing to|thinking of|save|fix things|cook|"
    r"hug|care|got my back|manage|see the (?:best|good)|have (?:the|a) (?:best|kind|good)|"
    r"been (?:so|the|my|amazing|kind|good)|lift|light up|smell|know what to say|"
    r"laugh at my|do (?:so much|the|such)|going (?:above|out of your way)|stand up for|"
    r"defend|protect|forgive|been patient|have time for me|pick up (?:when|the phone "
    r"when))"
)
_KIND_NEVER = re.compile(
    r"^\s*(?:once |ever |really |even )*(?:let (?:me|us|anyone) down|judge|complain|give up|"
    r"fail|forget (?:my|our|to|a|the|about me)|miss (?:a|my|our|an)|push|pressure|rush|"
    r"hesitate|stop (?:trying|caring|supporting|believing|making|being|showing)|make me "
    r"feel (?:bad|stupid|small|judged|silly|guilty|like|less|unwanted|alone)|blame|"
    r"criticise|criticize|hold (?:it|that|things) against|take me for granted|leave me "
    r"(?:alone|hanging|out)|raise your voice|lose your temper|say no|ask for (?:anything|"
    r"much|a thing)|doubt|mock|laugh at me|make fun|gossip|lie to me|cease|back down from "
    r"(?:a|helping)|shy away|leave (?:anyone|someone) out|turn (?:me|anyone) away)"
)
# Right after "always"/"never": "you've always been so selfish" (not "…what I mean").
_FLAW_AFTER = re.compile(r"^\s*(?:been |become )?" + INTENS + r"(?:an? )?" + FLAWS + r"\b")
ALWAYS_NEVER = re.compile(
    r"\byou(?:'re| are|'ve| have| just| literally| basically| pretty much| seriously| "
    r"honestly)? (?P<word>always|never|constantly|forever|never ever|always always|"
    r"literally never|literally always)\b(?P<rest>[^.!?,;]*)"
)
RHETORICAL = re.compile(
    r"^\W*(?:and |so |but |like |seriously,? |honestly,? |oh |ugh,? |wow,? |okay,? |"
    r"well,? |i mean,? )*(?:why (?:are|do|can't|won't|don't|would|did|must|is it|should|does "
    r"it always|on earth|the hell|even|bother|is everything|am i always|do i (?:even|always))|"
    r"what(?:'s| is| the hell is) (?:wrong|your problem|the point|the big deal|the problem|up "
    r"with you)|what were you thinking|what did you expect|what do you want (?:from me|me to "
    r"say)|what else is new|what now|how (?:could|dare|hard|many times|is that my|is this my|"
    r"was i supposed|am i supposed|would i|come you never|come you always|is it my)|who "
    r"(?:does|cares|says|asked|do you think)|are you (?:serious|kidding|joking|for real|"
    r"even|deaf|blind|five|insane|crazy|out of your mind|always)|do you (?:even|ever|always|"
    r"never|really think|seriously)|did you (?:even|seriously|really think)|can you (?:not|"
    r"even|ever|just stop)|can't you|would it kill|is it (?:too much|so hard|really that "
    r"hard)|really\?|seriously\?|so what|whose fault|isn't it obvious|don't you (?:ever|"
    r"think|care|see))"
)
LOGISTICS = re.compile(
    r"\bwhat time\b|\bhow much\b|\bhow long (?:until|till|is|will)\b|\bwhat (?:do you want|"
    r"should we (?:have|get|eat|watch)|are we having) (?:for|to eat|to watch|to order)|"
    r"\bwhere (?:is|are|did|do|should)\b|\bwhen (?:is|are|do|does|should|will)\b|\bwhich "
    r"(?:day|time|one)\b|\bwhat's the (?:address|plan for|password|date)\b|\bwhat (?:day|"
    r"date)\b|\bwhat should i (?:wear|bring|cook|get)\b"
)
OPEN_START = re.compile(
    r"^\W*(?:and |so |but |oh |okay,? |ok,? |hey,? |hmm,? |um,? |well,? |also,? |"
    r"honestly,? |genuinely,? |can i ask,? |if you don't mind me asking,? )*(?:what|how|"
    r"why do you think|why does|why did (?:it|that|this)|why was (?:it|that)|which part|in "
    r"what way|where do you|when did you (?:start|first|notice|realise|realize))\b"
)


def clause_prefix(sentence_text: str, offset: int) -> str:
    """The words of the sentence before offset, back to the last clause break."""
    prefix = sentence_text[:offset]
    breaks = list(_CLAUSE_BREAK.finditer(prefix))
    return prefix[breaks[-1].end() :] if breaks else prefix


def negated(sentence_text: str, offset: int) -> bool:
    prefix = clause_prefix(sentence_text, offset)
    tail = prefix[-40:]
    if re.search(r"\bcan't believe\b|\bcannot believe\b|\bnot only\b|\bnot just\b", tail):
        return False
    return _NEGATOR.search(tail) is not None


def reported(sentence_text: str, offset: int) -> bool:
    prefix = clause_prefix(sentence_text, offset)
    if _REPORTING.search(prefix):
        return True
    # Words quoted from someone else: 'he was like "calm down"'.
    before = sentence_text[:offset]
    return before.count('"') % 2 == 1 and _REPORTING.search(before) is not None


def hedged(sentence_text: str, offset: int) -> bool:
    return _HEDGE.search(sentence_text[:offset]) is not None


def sarcastic(sentence_text: str) -> bool:
    return SARCASM_CUES.search(sentence_text.strip()) is not None and not genuine(sentence_text)


def genuine(sentence_text: str) -> bool:
    return GENUINE_CUES.search(sentence_text) is not None


def promises_return(text: str) -> bool:
    return _PROMISE.search(text) is not None


def kindly(word: str, rest: str) -> bool:
    """Is "you always …"/"you never …" praise rather than blame?"""
    if _FLAW_AFTER.match(rest):
        # "You've always been so ungrateful" starts like praise and is not.
        return False
    if re.search(r"\band i (?:love|adore|appreciate)\b|\bthank", rest):
        return True
    if "never" in word:
        return _KIND_NEVER.match(rest) is not None
    return _KIND_ALWAYS.match(rest) is not None


def rhetorical(sentence_text: str) -> bool:
    return RHETORICAL.search(sentence_text) is not None


def logistics(sentence_text: str) -> bool:
    return LOGISTICS.search(sentence_text) is not None


def open_question(sentence_text: str) -> bool:
    return "?" in sentence_text and OPEN_START.search(sentence_text) is not None
