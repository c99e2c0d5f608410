"""Cues for whose inner world a reply is about: self_focus (turning to the writer's own)
and mind_reading (stating the other's as fact)."""

from __future__ import annotations

from .patterns import YOU_ARE, table

SELF_FOCUS = table(
    "self_focus",
    [
        (
            r"\b(?:that|this|it|which) reminds me (?:of|about) (?:when|the time|my|me|how i|that "
            r"time|what happened to me)\b",
            0.88,
            "resp",
        ),
        (
            r"\b(?:that's|this is) (?:just |exactly )?like (?:when|the time|what happened when) i\b",
            0.82,
            "resp",
        ),
        (
            r"\b(?:the )?same (?:thing )?(?:happen(?:ed|s)|happened) to me\b|\bthat happened to me "
            r"(?:too|once|last)\b",
            0.75,
            "resp",
        ),
        (
            r"\bi had (?:a|an|it) (?:way |even |much |so much |far )?worse\b|\bmine (?:was|is) (?:way "
            r"|even |much |far )?worse\b|\bmy (?:day|week|boss|job|commute|morning|year) (?:was|is|"
            r"has been) (?:way |even |much |so much |far )?worse\b|\bi(?:'ve| have) had (?:it )?"
            r"(?:way |much |far )?worse\b|\bi had it (?:way |much )?harder\b",
            0.9,
            "resp",
        ),
        (
            r"\bwhat about me\b|\bwhat about my (?:feelings|day|needs|problems|week)\b|\band me\?",
            0.86,
            "resp",
        ),
        (
            r"\byou think (?:that's|yours is|you've got it|you have it|your day was) (?:bad|hard|"
            r"rough|tough)\b",
            0.92,
            "resp",
        ),
        (
            r"\btry being me\b|\btry having my\b|\btry doing my\b|\bwelcome to my (?:life|world)\b",
            0.86,
            "resp",
        ),
        (r"(?:^|[.!?]\s*)(?:oh,? )?that's nothing\b", 0.72, "resp"),
        (r"\benough about (?:that|you|this|work|him|her)\b", 0.86, "resp"),
        (
            r"\b(?:anyway|anyways|speaking of which|oh by the way|btw|but guess what),? (?:guess "
            r"what|i |my |so i|you'll never guess|did i tell you)\b",
            0.7,
            "resp",
        ),
        (r"\bi know exactly how you feel\b|\bi know how you feel,? (?:i|my|when)\b", 0.55, "resp"),
        (r"\bwhen i was (?:your age|in your|going through|at)\b", 0.65, "resp"),
        (
            r"\bi went through (?:the same|that|this|something (?:similar|like that)|worse)\b",
            0.62,
            "resp",
        ),
        (
            r"(?:^|[.!?]\s*)(?:omg |oh )?me too[!.,]*\s*(?:i |my |i'm |i've |i had |mine )",
            0.62,
            "resp",
        ),
        (
            r"\bhow do you think i feel\b|\bdo you know how (?:hard|tired|stressed) i am\b|\bi have "
            r"feelings too\b|\bmy feelings matter too\b",
            0.7,
            "resp",
        ),
        (
            r"\bcan we talk about (?:me|my)\b|\bi have (?:it )?(?:way |much )?harder\b|\bi(?:'m| am) "
            r"(?:even |way |much |far )?more (?:tired|stressed|busy|exhausted|overworked)\b",
            0.82,
            "resp",
        ),
        (
            r"\bi have to tell you about (?:my|what happened to me)\b|\blet me tell you about my\b",
            0.72,
            "resp",
        ),
        (r"\bi wish i had your problems\b|\bat least you (?:have|had|got|get)\b", 0.55, "resp"),
        (
            r"\b(?:that's|it's) (?:nothing|easy) compared to (?:my|what i)\b|\byou should see my\b|"
            r"\bimagine how i\b|\bi've been through worse\b|\bi do that every day\b",
            0.86,
            "resp",
        ),
        (r"\bthat's (?:so )?me\b|\bsame here,? (?:i|my)\b|\bsame,? (?:i|my)\b", 0.45, "resp"),
        (r"\bi(?:'m| am) the one who (?:should|has|had|needs)\b", 0.62, "resp"),
        (
            r"\btell me about it\b(?!,? (?:what|how|i want|please|if))|\b(?:omg|lol|oh|haha),? same\b|"
            r"\bthat's (?:just )?like when\b|\bwelcome to my life\b|\bi(?:'m| am) even more\b|\bthis is a "
            r"lot for me\b|\bwhat it means for me\b|\bwhen i (?:got|had|did|took) mine\b|\bmine "
            r"(?:forgets|did|does|was|is|has)\b|\btoo,? you know\b|\bgoing on myself\b|\bguess what "
            r"(?:i|my)\b|\bdid i tell you (?:we|i|about my)\b|\bwhat about my \w+\?|\bwhen i was your "
            r"age\b|\bway better (?:time|than)\b|\bi(?:'m| am) (?:still )?stuck in\b|\bi (?:lost|failed|"
            r"had to move|passed)\b.{0,40}\b(?:before|first time|times)\b",
            0.72,
            "resp",
        ),
        (
            r"\bi also had\b|\bi also have\b|\bi had a (?:rough|bad|hard|awful|terrible|long) "
            r"(?:day|week) too\b|\bmy day (?:sucked|was awful|was bad) too\b",
            0.62,
            "resp",
        ),
    ],
)

MIND_READING = table(
    "mind_reading",
    [
        (
            r"\byou (?:just|only|obviously|clearly|secretly|really just|always just|only ever) "
            r"(?:want|wanted|care|cared|like|liked|love|loved|enjoy|need|needed|think|thought|feel)"
            r"(?! (?:to know|to help|to be heard|me to listen|me to know|someone to listen))\b",
            0.75,
            "hedged stmt",
        ),
        (
            r"\byou (?:obviously |clearly |just |really |even |honestly )?(?:don't|do not|never|"
            r"didn't|did not) (?:even |really |actually |truly |ever )?(?:care|cared|love|loved|"
            r"respect|respected|want|wanted|value|valued|like|liked|think about|give a|appreciate|"
            r"trust|miss|missed)\b(?! (?:if|whether|when|to be rude|to be heard))",
            0.78,
            "hedged stmt neg",
        ),
        (
            YOU_ARE + r" (?:just |only |clearly |obviously )?(?:saying|doing) (?:that|this|it) "
            r"(?:to|because|so)\b",
            0.88,
            "",
        ),
        (r"\b(?:you did (?:that|this|it) )?on purpose\b", 0.72, "stmt hedged"),
        (
            YOU_ARE + r" (?:just |only |clearly |obviously )?(?:trying|looking) to (?:hurt|make|"
            r"punish|control|get|manipulate|start|guilt|upset|provoke|win|embarrass|humiliate|"
            r"pick|change the subject|get out of|avoid)\b",
            0.86,
            "hedged",
        ),
        (
            r"\byou want(?:ed)? (?:me to (?:fail|feel|suffer|look|leave|be miserable|lose)|to hurt "
            r"me|to punish|an excuse|a reason to)\b|\blooking for an excuse\b",
            0.86,
            "hedged stmt",
        ),
        (
            YOU_ARE
            + r" (?:secretly |just |so |obviously |clearly )?(?:jealous|happy that|glad that|"
            r"loving this|enjoying this|relieved that|ashamed of me|embarrassed (?:of|by) me|bored "
            r"(?:of|with) me|over me|only here)\b",
            0.72,
            "hedged stmt neg",
        ),
        (
            r"\byou(?:'d| would) (?:rather|prefer to) (?:be|spend|hang|go|have|talk)\b",
            0.75,
            "hedged stmt",
        ),
        (
            r"\bi know (?:what you're (?:thinking|doing|up to|really)|you (?:don't|never|want|think|"
            r"hate|only|just|secretly|wish))\b",
            0.8,
            "",
        ),
        (r"\bdeep down,? you\b|\badmit it\b|\bbe honest,? you\b", 0.66, ""),
        (
            YOU_ARE + r" (?:only|just) (?:upset|mad|angry|sad|acting like this|saying this|being "
            r"like this|in a mood|grumpy|annoyed) (?:because|cause|since)\b",
            0.82,
            "",
        ),
        (
            r"\byou (?:hate|resent|can't stand|are sick of) (?:me|my|us|being)\b",
            0.75,
            "hedged stmt neg",
        ),
        (
            r"\byou (?:couldn't|could not) care less\b|\bthe only reason you\b|\ball you care about"
            r"\b|\byou never (?:really )?loved me\b",
            0.88,
            "",
        ),
        (
            r"\byou like (?:seeing|making|watching|it when) me\b|\byou love (?:making|seeing|proving|"
            r"being right)\b|\byou enjoy (?:this|making|seeing|it)\b",
            0.82,
            "",
        ),
        (
            YOU_ARE + r" not (?:even |really |actually )?(?:sorry|listening|interested|trying|"
            r"taking this seriously)\b",
            0.62,
            "stmt hedged",
        ),
        (
            r"\b(?:i feel|i think|it feels|i just feel|it seems|it's obvious|clearly|obviously) "
            r"(?:like |that )?you(?:'re| are| don't| do not| never| just| only| want| hate| think|"
            r"'d rather| care| would rather| couldn't| didn't| did that| did it)\b",
            0.72,
            "hedged",
        ),
        (
            r"\byou (?:must|probably) think (?:i'm|i am|that i|i)\b|\byou think i(?:'m| am) "
            r"(?:stupid|an idiot|a fool|dumb|useless|crazy|weak|a child)\b",
            0.68,
            "",
        ),
        (
            YOU_ARE + r" (?:just |only )?using me\b|" + YOU_ARE + r" (?:just )?pretending\b",
            0.74,
            "",
        ),
        (
            r"\byou don't (?:take me|take my \w+) seriously\b|\byou don't give a\b",
            0.8,
            "hedged stmt",
        ),
        (
            r"\byou (?:already )?(?:made up your mind|decided|think i'm) (?:before|the)\b|\byou were "
            r"never going to\b",
            0.62,
            "",
        ),
        (
            YOU_ARE
            + r" (?:just|only) (?:embarrassed|jealous|angry|upset|scared|insecure|bitter|mad|"
            r"annoyed|bored)\b|"
            + YOU_ARE
            + r" (?:angry|upset|mad|annoyed) because you(?:'re| are)\b|"
            r"\byou(?:'ve| have) already decided\b|\byou're (?:still )?punishing me\b|\bthat's what this "
            r"is (?:really )?about\b|\byou're not hurt,? you\b",
            0.8,
            "",
        ),
        (
            r"\byou (?:just|only) said (?:that|it) (?:to|because|so)\b|\byou only (?:called|texted|"
            r"asked|apologi[sz]ed|came) (?:because|cause|to|so)\b",
            0.86,
            "",
        ),
    ],
)
