"""Cues for the remaining door-openers: curiosity, i_statement, ownership,
appreciation, reassurance and repair_attempt."""

from __future__ import annotations

from .patterns import FEELINGS, table

CURIOSITY = table(
    "curiosity",
    [
        (
            r"\btell me (?:more|about|what|how|everything|the whole|if|whatever)\b|\bkeep going\b|"
            r"\bgo on\b",
            0.85,
            "",
        ),
        (r"\b(?:can|could|would|will) you tell me (?:more|about|what|how|why)\b", 0.86, ""),
        (
            r"\bi(?:'d| would) (?:really )?love to (?:hear|know|understand) (?:more|about|what|how|"
            r"why|your)\b",
            0.82,
            "",
        ),
        (
            r"\bi(?:'m| am) (?:really |genuinely )?curious (?:about|what|how|why|to hear|if)\b",
            0.78,
            "",
        ),
        (
            r"\bhelp me understand\b|\bwalk me through\b|\bi want to understand\b|\bi want to hear "
            r"(?:more|about|what|how|your)\b",
            0.82,
            "",
        ),
        (
            r"\b(?:do you )?want to (?:talk|tell me) about (?:it|what|how)\b|\bdo you want to "
            r"(?:talk|vent|tell me)\b|\bwould it help to talk\b|\bif you want to talk\b",
            0.7,
            "",
        ),
        (
            r"\bhow (?:are|were) you (?:feeling|doing|holding up|coping|managing|going)\b|\bhow do "
            r"you feel\b|\bhow did (?:that|it|you) (?:feel|go|land|make you feel)\b",
            0.88,
            "q",
        ),
        (
            r"\bare you (?:okay|alright|all right|doing okay)\b|\bis everything okay\b|\byou okay\?",
            0.55,
            "q",
        ),
        (
            r"\bwhat(?:'s| is| was) (?:it|that|this) like\b|\bwhat (?:was|is) going on\b|\bwhat's "
            r"going on\b|\bwhat happened\b|\bwhat do you need\b|\bwhat would (?:help|feel)\b",
            0.78,
            "q",
        ),
        (
            r"\bwhy do you think\b|\bwhat do you think (?:made|is|was|it|caused|would)\b|\bwhat "
            r"(?:part|bit)\b|\bwhat's on your mind\b|\bwhat's weighing\b|\bwhere are you at\b",
            0.78,
            "q",
        ),
        (
            r"\bdid (?:that|it|he|she|they) (?:hurt|feel|scare|upset|make you)\b|\bdo you feel\b|"
            r"\bis (?:that|it) (?:how|what) (?:you|it)\b|\bwas (?:that|it) (?:hard|scary|lonely|"
            r"awful|painful)\b|\bhave you been feeling\b|\bdoes (?:that|it) (?:feel|make sense)\b",
            0.56,
            "q",
        ),
        (
            r"\banything else (?:on your mind|you want|going on|bothering)\b|\bis there more\b|"
            r"\bwhat else\b",
            0.62,
            "q",
        ),
        (r"\bwhat do you mean\b|\bwhat did you mean\b|\bhow so\b|\bin what way\b", 0.55, "q"),
        (r"\bi(?:'m| am) all ears\b|\bi'm listening\b|\bi want to know\b", 0.6, ""),
    ],
)

I_STATEMENT = table(
    "i_statement",
    [
        (
            r"\bi(?:'m| am|'ve been| have been| was| get| got| start to| kind of| kinda| just| "
            r"really| still| always| often| sometimes| honestly)? ?(?:feel|felt|feeling|'m feeling|"
            r"am feeling) (?:really |so |a bit |a little |kind of |kinda |pretty |very |super |quite "
            r"|incredibly |totally |completely |just |a lot |more |less |very very |so so |extra "
            r"|deeply |horribly |awfully |slightly |somewhat )*" + FEELINGS + r"\b",
            0.82,
            "neg",
        ),
        (
            r"\bi(?:'m| am|'ve been| have been| was| get| got| get so| got so| get really| always "
            r"get) (?:really |so |a bit |a little |kind of |kinda |pretty |very |super |quite |"
            r"incredibly |totally |honestly |just |still |getting |starting to (?:feel|get) )*"
            r"(?:scared|worried|afraid|anxious|nervous|sad|hurt|lonely|upset|frustrated|angry|"
            r"overwhelmed|exhausted|stressed|disappointed|confused|embarrassed|ashamed|heartbroken|"
            r"homesick|jealous|insecure|terrified|struggling|drowning|burnt out|burned out|"
            r"miserable|resentful|tired of|dreading|grieving|lost|panicking|crushed|gutted|"
            r"on edge|shaken|rattled|drained|stuck|torn)\b",
            0.66,
            "neg",
        ),
        (
            r"\bi need (?:you to|us to|some|a |more|to (?:talk|feel|know|hear|be|vent|rest|sleep "
            r"on|say|tell|ask|share)|help|space|time|reassurance|a hug|support|you|us|to know|"
            r"someone|a break|a bit|quiet|closeness|less|it|your|an? \w+ from you)\b",
            0.62,
            "neg",
        ),
        (
            r"\bi(?:'d| would) (?:really |honestly )?(?:love|like|appreciate|prefer) (?:it )?(?:if (?:"
            r"we|you)|for us|to (?:spend|talk|have|feel|hear|try|plan|know))\b",
            0.7,
            "",
        ),
        (
            r"\bit would (?:really |honestly )?(?:help me|mean a lot|make me feel|mean so much|help "
            r"if|be nice if|be lovely if)\b|\bwhat would help me\b|\bwhat i need (?:is|most|right "
            r"now)\b|\bwhat i(?:'m| am) hoping for\b",
            0.75,
            "",
        ),
        (
            r"\bwhen (?:you|we|i|he|she|they|it|people|my)\b[^.!?]{0,90}\bi (?:feel|felt|get|got|"
            r"start to feel|end up feeling|find myself feeling)\b",
            0.86,
            "",
        ),
        (
            r"\bi miss (?:you|us|when|how|the way|talking|spending|having|being|our|home|him|her|"
            r"them|my|the)\b",
            0.68,
            "",
        ),
        (
            r"\bi(?:'ve| have) been (?:struggling|having a hard time|worried|anxious|scared|lonely|"
            r"sad|down|stressed|low|overwhelmed|thinking a lot|carrying|holding|finding it hard|"
            r"dreading|feeling)\b",
            0.8,
            "",
        ),
        (
            r"\bi(?:'m| am) (?:really )?(?:struggling|having a hard time|having a rough|not doing "
            r"(?:great|well|okay|so well|good)|not okay|not ok|finding (?:it|this|things) hard)\b",
            0.74,
            "",
        ),
        (
            r"\bit hurt(?:s)? (?:me )?(?:when|that|a lot|so much)\b|\bit (?:makes|made) me (?:feel )?"
            + FEELINGS
            + r"\b|\bit (?:scares|worries|frightens|upsets|hurts|saddens) me\b",
            0.76,
            "neg",
        ),
        (
            r"\bi feel like (?!you\b|you're\b|you are\b|he\b|she\b|they\b|he's|she's|they're|"
            r"pizza|going|having|eating|getting|watching|a (?:walk|drink|nap|coffee))(?:a (?:failure"
            r"|burden|fraud|mess|ghost|stranger|third wheel|bad)|an? (?:idiot|outsider|afterthought)"
            r"|nobody|no one|i(?:'m| am| don't| can't| have| need| keep| never| always| should| "
            r"lost| failed| messed)|crying|giving up|screaming|everything|i've|my|we(?:'re| are| "
            r"don't| never| haven't| have| used)|the only|something)",
            0.7,
            "",
        ),
        (
            r"\bi(?:'m| am) (?:so |really |very )?(?:happy|excited|thrilled|proud of myself|nervous "
            r"about|scared about|looking forward)\b",
            0.56,
            "",
        ),
        (
            r"\bi want (?:us to|to feel|you to know how i|more time|to be closer|to talk about how)"
            r"\b|\bi(?:'m| am) (?:hoping|wishing) (?:we|that we|for)\b|\bi wish we\b",
            0.6,
            "",
        ),
        (
            r"\bhonestly,? i(?:'m| am) (?:a bit |a little |kind of )?(?:hurt|sad|scared|lonely|"
            r"worried)\b|\bthe truth is,? i\b|\bi(?:'ve| have) never told (?:you|anyone)\b|\bi "
            r"(?:want|need) to tell you (?:something|that)\b|\bthis is hard (?:for me )?to say\b",
            0.66,
            "",
        ),
        (
            r"\bi(?:'m| am) (?:afraid|scared|worried|anxious|nervous) (?:that|of|about|to|i|we)\b",
            0.7,
            "neg",
        ),
    ],
)
