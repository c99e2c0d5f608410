"""Cues for the door-openers. Weights are starting strengths; see rules.py."""

from __future__ import annotations

from .patterns import FEELINGS, STATES, YOU_ARE, table

_HARD = (
    r"(?:hard|awful|horrible|painful|terrible|scary|frightening|exhausting|overwhelming|"
    r"lonely|frustrating|humiliating|embarrassing|stressful|rough|tough|difficult|upsetting|"
    r"heartbreaking|infuriating|maddening|draining|unfair|hurtful|confusing|miserable|"
    r"brutal|devastating|crushing|isolating|intense|a lot|so much|heavy|disappointing|"
    r"annoying|awkward|nerve-?wracking|sad|tiring|like a lot|horrid|grim|crap|shit|shitty|"
    r"crappy|hellish|unbearable|hurt|stung|upset you|terrifying|worrying|disheartening|"
    r"discouraging|lonely|rubbish|bad|sucky|lame|sickening|gutting|a nightmare|agonising|"
    r"agonizing|hard to hear|hard to carry|really hard|really tough|such a lot|"
    r"overwhelming|infuriating|degrading|demoralising|demoralizing|unsettling|"
    r"disorienting|jarring|nasty|cruel|stressful|a huge deal|a big deal|scary)"
)
_ADV = (
    r"(?:so |really |incredibly |super |pretty |genuinely |absolutely |just |very |"
    r"truly |totally |honestly |kind of |kinda |a bit |quite |such |seriously |"
    r"unbelievably |utterly |deeply |beyond |extra |rather |awfully )*"
)

VALIDATION = table(
    "validation",
    [
        (
            r"\b(?:that|it|this|all of that|all that|everything you said)(?: totally| completely| "
            r"really| honestly| absolutely)? makes (?:so much |total |complete |perfect |a lot of |"
            r"sense|such sense)",
            0.86,
            "neg",
        ),
        (r"\bmakes (?:so much |total |complete |perfect )?sense (?:that )?you\b", 0.86, "neg"),
        (
            r"\bof course you(?:'re| are| feel| felt| were|'d be| would be| want| wanted| need| "
            r"miss)\b(?! (?:always|never|did|would\b|forgot))",
            0.78,
            "neg",
        ),
        (
            r"\bof course (?:it|that) (?:hurt|hurts|stung|stings|upset you|got to you|matters|"
            r"bothered you|bothers you)\b",
            0.82,
            "",
        ),
        (
            r"\b(?:anyone|anybody|most people|everyone|any \w+) (?:would|'d|would have|would've) "
            r"(?:feel|be|have been|have felt|find)\b",
            0.8,
            "neg",
        ),
        (
            r"\bwho wouldn't (?:be|feel)\b|\bi(?:'d| would) (?:feel|be) (?:the same|that way|exactly "
            r"the same)\b|\bi would have felt (?:the same|that way)\b",
            0.78,
            "",
        ),
        (
            r"\bno wonder you(?:'re| are| feel| felt| were|'ve been| have been| can't)\b|\bno wonder "
            r"(?:it|that) (?:hurt|stung|got to you)\b",
            0.82,
            "",
        ),
        (
            r"\bit(?:'s| is) (?:completely |totally |perfectly |so |really |absolutely |entirely )?"
            r"(?:understandable|normal|natural|okay|ok|fine|valid|fair|reasonable|human|allowed|"
            r"alright|all right) (?:to (?:feel|be|want|need|cry|miss|not|grieve|struggle|have)|that "
            r"you|you feel|you're|for you to)\b",
            0.8,
            "neg",
        ),
        (
            r"\byou have every (?:right|reason)\b|\byour feelings (?:are|make)\b|\byour (?:feelings|"
            r"reaction|anger|hurt|sadness|frustration) (?:is|are|makes) (?:valid|real|fair|"
            r"understandable|totally fair|completely fair|sense)\b",
            0.85,
            "",
        ),
        (
            YOU_ARE
            + r" allowed to (?:feel|be|cry|want|need)\b|"
            + YOU_ARE
            + r" right to (?:be|feel)"
            r"\b",
            0.82,
            "",
        ),
        (
            r"\b(?:that's|that is|it's|it is|that feels|that seems) (?:a )?(?:totally |completely |"
            r"so |really |perfectly )?(?:valid|understandable|fair(?! enough)|reasonable|relatable)\b"
            r"(?! of you)",
            0.62,
            "neg",
        ),
        (
            r"\b(?:that|it|this|all that|all of this|everything) (?:sounds|sound|must be|must have been"
            r"|must've been|musta been|seems|looks|has been|was|is|feels|felt|sounds like it was|"
            r"sounds like it's been) " + _ADV + _HARD + r"\b(?! (?:of you|excuse|on purpose))",
            0.84,
            "neg",
        ),
        (
            r"\b(?:that|it) (?:sucks|stinks|blows|bites)\b|\bthat's the worst\b|\bugh,? that(?:'s| "
            r"is)\b",
            0.66,
            "neg",
        ),
        (
            r"\b(?:that's|that is|what a|such a|how) " + _ADV + r"(?:a )?" + _HARD + r"\b(?! (?:of "
            r"you|excuse|thing to say|for me to believe|for you to))",
            0.7,
            "neg",
        ),
        (
            r"\bi(?:'m| am) (?:so |really |truly |very |deeply )?sorry (?:that (?:happened|you|he|"
            r"she|they|it|this|your)|to hear|you(?:'re| are| had| went| have|'ve| were| got| "
            r"felt)(?! feel)|about (?:your|that|what happened|all this|today)|this happened|for your "
            r"loss|it went|it happened|things are|that's|you're going)\b",
            0.72,
            "",
        ),
        (
            r"\bi (?:get|understand|see) (?:it|why|that|how|what you mean|where you're coming from)"
            r"\b(?!,? but)",
            0.55,
            "neg",
        ),
        (r"\bi hear you\b(?!,? but)|\bi hear how\b|\bi hear that\b", 0.6, ""),
        (
            r"\bi can (?:totally |really |completely |absolutely |only )?(?:see|understand|imagine|"
            r"picture) (?:why|how|that|what)\b|\bi can only imagine\b|\bi can't imagine how\b",
            0.72,
            "neg",
        ),
        (
            YOU_ARE
            + r" not (?:overreacting|being dramatic|dramatic|crazy|too sensitive|being silly|"
            r"silly|being unreasonable|unreasonable|wrong to|wrong for|alone in|imagining|being "
            r"petty|petty|being selfish|selfish for|a burden|being too much|too much|asking too "
            r"much|being needy|needy|overthinking|weak)\b",
            0.88,
            "anyspeech",
        ),
        (
            r"\bi (?:don't|do not) think you(?:'re| are) (?:overreacting|being dramatic|dramatic|crazy|"
            r"too sensitive|silly|being silly|being unreasonable|unreasonable|wrong|petty|selfish|"
            r"asking too much|too much|needy|overthinking)\b",
            0.9,
            "anyspeech",
        ),
        (
            r"\b(?:it's|it is|that's|that is|this is|it isn't|it wasn't|that isn't|that wasn't) "
            r"(?:not )?(?:silly|stupid|dumb|crazy|small|petty|nothing|a small thing|an overreaction|"
            r"too much to ask)\b",
            0.55,
            "resp",
        ),
        (
            r"\bit(?:'s| is| was) (?:a|such a) (?:big|huge|real) (?:deal|thing)\b|\bit(?:'s| is) "
            r"not (?:a small thing|nothing|silly|stupid|petty|dumb|an overreaction)\b",
            0.72,
            "",
        ),
        (
            r"\bthat (?:would|'d|would've|would have|will) (?:hurt|upset|scare|frighten|break|sting|"
            r"shake|rattle|get to|bother|make) (?:anyone|me|anybody|most people|everyone)\b",
            0.8,
            "",
        ),
        (r"\b(?:it|this|that|your feelings?|your \w+) (?:matters|matter|counts)\b", 0.5, "neg"),
        (r"\b(?:oh no|oh,? no|ugh|oof|oh love|aww+|aw+,? (?:no|love|babe|hon))\b", 0.42, ""),
        (
            r"\bi(?:'d| would|'d have| would have) (?:be|been|feel|felt) "
            + _ADV
            + r"(?:upset|hurt|"
            r"angry|furious|sad|mad|scared|annoyed|heartbroken|gutted|devastated|nervous|anxious|"
            r"livid|crushed|frustrated|shaken|rattled|wrecked|a mess|exhausted|lost|terrified|"
            r"stressed|overwhelmed|fuming|embarrassed|humiliated)\b",
            0.78,
            "",
        ),
        (
            r"\bi believe you\b|\bthat's real\b|\bthose feelings are real\b|\bthat's so valid\b",
            0.64,
            "neg",
        ),
        (
            r"\bit makes (?:total |complete |so much )?sense (?:that|you|why)\b|\bmakes sense\b",
            0.7,
            "neg",
        ),
        (
            r"\byou(?:'ve| have) (?:had|been through|been carrying|been dealing with) (?:so much|a lot|"
            r"such a|a really|a rough|a hard|a tough)\b|\byou(?:'ve| have) been through (?:a lot|so "
            r"much|hell|it)\b",
            0.7,
            "",
        ),
        (
            r"\bthat's (?:a lot|so much|too much) (?:to (?:carry|deal with|handle|hold|take|process"
            r"))\b|\bthat's a lot\b",
            0.68,
            "",
        ),
        (r"\bfair enough\b|\byou(?:'re| are) (?:completely |totally )?right to\b", 0.45, "neg"),
        (
            r"\bi would be too\b|\bi'd be too\b|\bme too,? i'd\b|\bso would i\b|\bsame,? i'd\b",
            0.66,
            "",
        ),
        (r"\bthat (?:hurts|stings)\b|\bthat hurt\b|\bthat would hurt\b", 0.5, "neg resp"),
    ],
)

REFLECTION = table(
    "reflection",
    [
        (
            r"\b(?:it |that |this )?sounds like (?!(?:you )?(?:need to|should|have to)|a you problem|an "
            r"excuse|you're overreacting|fun|a plan|a good|a great|a lot\b|a nightmare|hell|a "
            r"disaster|torture|my|me\b|i\b)",
            0.7,
            "neg",
        ),
        (
            r"(?:^|[.!?]\s+)so (?:on top of|work|it's|it wasn't|it was|the|basically|underneath|really|"
            r"you|your)\b(?! (?:what|saying|telling))",
            0.58,
            "stmt resp",
        ),
        (
            r"(?:^|[.!?]\s+)you (?:feel like|want (?:them|him|her|us|people|someone) to|keep (?:listening|"
            r"waiting|hoping|looking)|'ve been feeling|have been feeling|'re worried the|'re missing)\b",
            0.68,
            "stmt resp",
        ),
        (
            r"\b(?:it |that |this )?sounds (?:like|as if|as though) (?:you(?:'re| are|'ve| have| felt|"
            r" feel| were| got| wanted| need(?:ed)? (?:to be|someone|him|her|them|more|support|"
            r"space|time|a break|to feel|to know|to hear)| really| kind of| kinda| didn't| don't| "
            r"can't| couldn't| just| miss| worry| care| hoped| hope| wish| put| spent| carry| "
            r"carried| haven't| still)|it (?:was|is|'s|'s been|has been|hit|felt|really|left)|that "
            r"(?:was|is|'s|really|hit|left|felt)|he|she|they|nobody|no one|part of you|work|"
            r"your|there's|this)\b(?! (?:need to|should|have to|a you problem|an excuse|overreacting|"
            r"'re overreacting))",
            0.82,
            "neg",
        ),
        (
            r"(?:^|[.!?,]\s*)(?:so |okay,? so |so basically |if i get it,? |ok,? so )(?:you(?:'re| are"
            r"| feel| felt| were| want| wanted| need| needed| wish|'ve been| have been| miss| "
            r"worry| didn't| don't| kind of| really| just| got| had)|it felt|it feels|what i'm "
            r"hearing|it's like|it was like|part of you|the hard part)\b(?! saying| telling me| "
            r"think i| blaming)",
            0.62,
            "neg",
        ),
        (
            r"\bit (?:seems|feels|felt) like (?:you|it|that|he|she|they|nobody|no one)\b",
            0.62,
            "neg resp",
        ),
        (
            r"\bif i(?:'m| am) hearing you (?:right|correctly)\b|\bwhat i(?:'m| am) hearing (?:is|you)"
            r"\b|\bi(?:'m| am) hearing (?:that )?you\b|\bif i understand you\b|\bif i understand "
            r"(?:right|correctly)\b|\blet me see if i(?:'ve)? got this\b|\bcorrect me if\b",
            0.9,
            "",
        ),
        (
            r"\byou (?:felt|feel|must (?:have )?felt|must feel|might (?:have )?felt|probably felt|"
            r"must've felt|were feeling|are feeling|'re feeling|ended up feeling|'ve been feeling|"
            r"have been feeling) (?:really |so |kind of |kinda |pretty |completely |totally |a bit "
            r"|a little |quite |very |incredibly )?(?:like |so )?" + FEELINGS + r"\b",
            0.78,
            "stmt neg resp",
        ),
        (
            YOU_ARE
            + r" (?:really |so |a bit |kind of |pretty |quite |still |also )?"
            + STATES
            + r" (?:that|about|because|by|when|and|,|you|he|she|they|it|whether|if|for|since|the)",
            0.58,
            "stmt resp neg hedged",
        ),
        (
            r"\byou wanted (?:him|her|them|me|someone|people|your \w+|us) to (?:notice|see|ask|"
            r"understand|care|listen|say|recognise|recognize|acknowledge|know|remember|be there|"
            r"show up|check in|back you|hear|take)\b|\byou were (?:hoping|looking) for\b|\byou "
            r"(?:just |really )?wanted (?:some|a bit|to be|to feel|someone|them|him|her)\b",
            0.74,
            "stmt resp",
        ),
        (
            r"\byou were hoping\b|\byou've been hoping\b|\byou'd hoped\b|\byou hoped\b",
            0.74,
            "stmt resp",
        ),
        (
            r"\bit felt like (?:nobody|no one|you|they|he|she|everyone|your)\b|\bthat left you\b|"
            r"\bleft you feeling\b|\bthat must have made you feel\b",
            0.72,
            "stmt resp",
        ),
        (
            r"\b(?:the|your) (?:hard|worst|painful|scary) part (?:is|was|seems)\b|\bwhat hurt (?:most|"
            r"the most) was\b|\bit's not (?:really )?about the \w+,? it's\b|\bit wasn't (?:really )?"
            r"about the\b",
            0.74,
            "resp",
        ),
        (
            r"\bpart of you\b|\byou're carrying\b|\byou've been carrying\b|\bon your shoulders\b",
            0.62,
            "resp stmt",
        ),
        (
            r"\byou miss (?:him|her|them|it|home|the|your|how|having|being)\b|\byou're (?:still )?"
            r"grieving\b",
            0.62,
            "stmt resp",
        ),
    ],
)
