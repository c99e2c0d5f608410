"""Cues for two conflict door-closers: contempt and stonewalling."""

from __future__ import annotations

from .patterns import INSULTS, INTENS, YOU_ARE, table

CONTEMPT = table(
    "contempt",
    [
        (
            r"\boh,? (?:great|wonderful|perfect|fantastic|lovely|brilliant|joy|goody|fun|sure|"
            r"nice|how nice|how lovely|terrific|marvellous|marvelous|super)\b",
            0.55,
            "sarc",
        ),
        (r"\bthanks for nothing\b", 0.92, ""),
        (r"\b(?:gee|wow|golly|oh),? thanks\b", 0.72, ""),
        (
            r"\bthanks a (?:lot|bunch|million)\b(?! for (?:listening|being|helping|everything|"
            r"your|the|telling|sharing|coming|making|all|checking|asking|understanding|that))",
            0.5,
            "sarc",
        ),
        (r"\bjust what i (?:needed|wanted)\b", 0.75, ""),
        (
            r"\bthat's (?:just )?(?:great|perfect|wonderful|brilliant|fantastic|lovely)\b",
            0.3,
            "sarc",
        ),
        (r"\b(?:nice|great|good) (?:going|job|one|work)\b", 0.3, "sarc"),
        (r"\bway to go\b|\bwell done\b|\bbravo\b|\bcongrat(?:s|ulations)\b", 0.25, "sarc"),
        (r"\bwhatever you say\b", 0.88, ""),
        (r"\bpathetic\b", 0.85, ""),
        (r"\bgrow up\b", 0.85, "neg"),
        (r"\bmust be nice\b", 0.85, ""),
        (r"\boh,? please\b(?! (?:tell|help|don't|talk|come|let|stay|call|text))", 0.72, ""),
        (r"\bgive me a break\b", 0.42, ""),
        (
            r"\bget over yourself\b|\bget a life\b|\bcry me a river\b|\bboo[- ]?hoo\b|\bcool story\b",
            0.92,
            "",
        ),
        (r"\bpoor (?:you|baby|thing|little|princess|darling)\b", 0.55, "sarc"),
        (r"🙄|😒|\*?eye ?roll\*?|\brolls? (?:my|his|her)? ?eyes\b|\*rolls eyes\*", 0.8, ""),
        (r"\byeah,? right\b|\bsure,? jan\b", 0.72, ""),
        (
            r"(?<!i'm )(?<!i am )(?<!i'm so )\bsure you (?:are|did|do|were|will|would|have)\b",
            0.6,
            "",
        ),
        (r"\bspare me\b|\bsaid no one ever\b|\bnews ?flash\b", 0.8, ""),
        (
            r"\b(?:big|what a|there's a|shocking|quelle) surprise\b|\bshocker\b|\bwhat a shock\b",
            0.72,
            "",
        ),
        (
            r"\bhow original\b|\breal mature\b|\bvery mature\b|\bso mature\b|\bhow mature\b",
            0.85,
            "",
        ),
        (YOU_ARE + r" " + INTENS + r"(?:an? )?(?:being )?(?:an? )?" + INSULTS + r"\b", 0.88, "neg"),
        (
            r"\b(?:you|ya) (?:idiot|moron|loser|clown|jerk|baby|child|brat|genius|fool|dumbass)\b",
            0.88,
            "",
        ),
        (
            r"\b(?:that's|that is|this is|what a|how) (?:so |just |really )?(?:stupid|dumb|"
            r"ridiculous|pathetic|idiotic|laughable|a joke|childish)\b",
            0.55,
            "",
        ),
        (
            r"\bdon't be (?:so )?(?:stupid|dumb|an idiot|a baby|ridiculous|pathetic|a child)\b",
            0.75,
            "",
        ),
        (
            r"\bare you (?:five|twelve|five years old|a child|a toddler|kidding me|for real|"
            r"serious right now|actually serious|joking)\b",
            0.6,
            "",
        ),
        (r"\bdrama queen\b|\bsnowflake\b|\bcrybaby\b|\bcry baby\b", 0.85, ""),
        (r"\bhere we go again\b|\bhere we go\b", 0.6, ""),
        (r"\bduh\b|\bpfft?\b|\bpsh+\b|\bsmh\b|\bugh,? you\b", 0.58, ""),
        (r"\bthat's rich\b|\bthat's hilarious\b|\bhilarious\b", 0.65, ""),
        (
            r"\bof course you (?:did|would|forgot|didn't|do|can't|couldn't|won't|are\b(?! "
            r"(?:upset|hurt|sad|angry|tired|scared|worried|allowed|right|feeling)))",
            0.55,
            "",
        ),
        (r"👏|\bslow clap\b", 0.5, ""),
        (r"\bsorry not sorry\b|\bsorry,? your (?:highness|majesty)\b", 0.85, ""),
        (r"\bnobody cares\b|\bno one cares\b", 0.6, ""),
        (r"\bwhat a (?:joke|baby|child|surprise|shock|drama|princess|loser)\b", 0.8, ""),
        (r"\bbless your (?:heart|little heart)\b", 0.62, ""),
        (
            r"\bi'll (?:say sorry|apologise|apologize) if it makes you (?:happy|feel better)\b",
            0.8,
            "",
        ),
        (r"\bthanks,? i guess\b", 0.55, ""),
        (r"\bif you say so\b", 0.55, ""),
        (r"\bhow (?:nice|lovely|sweet|convenient) for you\b|\bhow convenient\b", 0.78, ""),
        (r"\bgood luck with that\b", 0.62, ""),
        (r"\bi'm so sorry i'm not perfect\b|\bsorry i'm not perfect\b|\bsorry i exist\b", 0.8, ""),
        (r"\bjust wow\b|\bwow\. just\b|\bwow\.\s*$|\bunbelievable\.\s*$", 0.6, ""),
        (r"\bnot everything is about you\b|\bthe world doesn't revolve around you\b", 0.72, ""),
        (
            r"\byou think you(?:'re| are) (?:so |better|smarter|perfect|always right|special)\b",
            0.7,
            "",
        ),
        (
            r"\bi(?:'m| am) not (?:your|a) (?:mother|mom|mum|maid|servant|therapist|babysitter)\b",
            0.6,
            "",
        ),
        (r"\bclassic \w+\b", 0.42, ""),
        (r"\bokay,? boomer\b|\bget a grip\b|\bshut up\b|\bshut it\b", 0.72, ""),
        (r"\bfirst world problems?\b", 0.72, ""),
        (r"\bgood for you\b", 0.25, "sarc"),
        (
            r"\bgold star\b|\bcall the (?:news|police|papers)\b|\byour (?:highness|majesty)\b|\bhere "
            r"comes the\b|\bsherlock\b|\bover here\b|\bkaren\b|\bdo you want a (?:parade|medal|trophy|"
            r"cookie|prize|round of applause)\b|\bthe great \w+ of our\b|\bking of\b|\bqueen of\b",
            0.8,
            "",
        ),
        (
            r"^\W*(?:cute|wow,? you noticed|finally,? some)\b|\bi'm used to it\b|\bthat makes it fine "
            r"then\b|\bi'm surprised you noticed\b|\bdidn't (?:realise|realize|know) you needed\b|\bhow "
            r"will we survive\b|\bstate secret\b|\bis that all you (?:ever )?think about\b",
            0.72,
            "",
        ),
        (
            r"\b(?:the|this|that|your) (?:\w+ )?(?:thing|stuff|card|speech|routine|story|drama) again\b"
            r"|\bnot this \w+ (?:stuff|thing|again)\b",
            0.75,
            "",
        ),
        (
            r"\bmaybe if you (?:didn't|weren't|did|just)\b|\bif you didn't (?:say|do|act|spend)\b|\bmaybe "
            r"(?:earn|try|get) (?:more|a life|a clue)\b|\byou humiliate yourself\b|\bbullies had a point"
            r"\b|\bnot everything is about your\b|\bisn't an excuse for everything\b|\bone of your "
            r"moods\b|\bhard not to laugh\b|\bhas to revolve around\b",
            0.75,
            "",
        ),
        (
            r"^\W*(?:sorry|okay|ok|yes|fine),? (?:mum|mom|mummy|mommy|dad|mother|boss|sir|officer)\b",
            0.75,
            "conf",
        ),
        (r"\bbecause you(?:'re| were| are) (?:always|the king|the queen|so|such)\b", 0.6, ""),
        (r"\bwell,? excuse me\b|\bexcuse me for\b", 0.65, ""),
        (r"\byou need a (?:therapist|shrink|life|hobby)\b", 0.75, ""),
        (
            r"\bi'm shocked\b|\bwhat else is new\b|\bnothing new there\b|\bsurprise surprise\b",
            0.72,
            "",
        ),
    ],
)

STONEWALLING = table(
    "stonewalling",
    [
        (
            r"\bi(?:'m| am) (?:so |just |literally )?done(?: talking| with this(?: conversation)?| "
            r"here| discussing (?:this|it)| with you| arguing| with this discussion)?(?=\s*(?:[.!,]|"
            r"$|\n|\?))",
            0.85,
            "",
        ),
        (r"\bi(?:'m| am) done (?:talking|with this|discussing|arguing)\b", 0.88, ""),
        (
            r"\bi (?:don't|do not|dont) want to (?:talk|discuss|hear|deal with|get into|argue) "
            r"(?:about )?(?:it|this|that|any of this|anything|this anymore|it anymore|this again|"
            r"this with you|with you)\b",
            0.72,
            "promise",
        ),
        (r"\b(?:just )?leave me alone\b|\bgo away\b|\bget out\b", 0.78, "neg"),
        (r"\bforget it\b|\bdrop it\b|\bnever mind\b|\bforget i said anything\b", 0.7, "neg"),
        (
            r"\bend of (?:discussion|story|conversation)\b|\bconversation over\b|\bsubject closed\b"
            r"|\bno comment\b",
            0.88,
            "",
        ),
        (
            r"\bi(?:'m| am) not (?:discussing|talking about|doing|having) this\b|\bi'm not going to "
            r"(?:talk|argue|discuss|do this)\b|\bi refuse to (?:talk|discuss|argue)\b",
            0.8,
            "promise",
        ),
        (r"\b(?:i have|i've got|i got) nothing (?:more |else )?to say\b", 0.82, ""),
        (r"\bwe(?:'re| are) done(?: here| talking)?(?=\s*(?:[.!,]|$))", 0.75, ""),
        (r"\bnot (?:doing|having) this (?:again|now|conversation|right now)\b", 0.68, "promise"),
        (r"\bdon't (?:talk|text|speak|call|message) (?:to )?me\b", 0.75, ""),
        (r"\bstop talking\b|\bstop texting me\b", 0.6, ""),
        (
            r"\bthis is pointless\b|\b(?:there's )?no point (?:talking|in talking|discussing|"
            r"in discussing|even trying)\b|\bwhat's the point\b",
            0.65,
            "",
        ),
        (r"\bi(?:'m| am) out\b(?! of)", 0.5, ""),
        (
            r"\bdo (?:whatever|what) you want\b|\bsay whatever you want\b|\bthink whatever you want\b",
            0.62,
            "",
        ),
        (
            r"(?<!think )(?<!thinks )\bi (?:don't|do not|really don't) care\b"
            r"(?! (?:what|if|how|about the)\b)",
            0.55,
            "neg",
        ),
        (r"\bcan we (?:just )?not\b(?! (?:fight|argue))", 0.5, "promise"),
        (r"\bi(?:'m| am) not talking to you\b|\bsilent treatment\b", 0.86, ""),
        (r"\bdon't bother\b", 0.52, ""),
        (r"\bi don't have (?:time|the energy|the patience) for this\b", 0.72, "promise"),
        (r"\bi(?:'m| am) (?:going to|gonna) (?:ignore|block|mute)\b|\bblocking you\b", 0.78, ""),
        (r"\bnot now\b", 0.4, "promise"),
        (r"\bcan we drop it\b|\blet's (?:just )?drop it\b|\blet it go\. i'm\b", 0.7, "promise"),
        (r"\bi don't want to talk\b", 0.6, "promise"),
        (r"\bi(?:'m| am) not (?:answering|responding to|replying to) (?:that|this|you)\b", 0.8, ""),
        (r"\bnothing(?:'s| is)? wrong\.?\s*$|^\s*nothing\.?\s*$", 0.45, "conf"),
        (r"^\W*i(?:'m| am) going to (?:bed|sleep)\.?\s*$", 0.6, "resp"),
        (r"\bbye\.?\s*$", 0.4, "conf"),
        (
            r"^\W*(?:fine|whatever|okay fine|fine,? whatever|ok(?:ay)?,? whatever|k|no)\W*$",
            0.72,
            "resp",
        ),
        (r"(?:^|[.!?]\s*)(?:whatever|fine)(?:[.!,]+|\s*$)(?! (?:with me|by me))", 0.62, "resp"),
        (r"\bwhatever\b(?! (?:you|we|happens|it takes|works|helps|is|feels|makes)\b)", 0.5, "resp"),
        (
            r"\b(?:i'm )?not doing this\b|\bi(?:'m| am) not (?:getting into|going into|going over) "
            r"(?:this|it|that)\b|\bthere's nothing to (?:talk|discuss|say)\b|\bi can't deal with "
            r"(?:this|you)\b|\bi won't bother\b|\btalk to the hand\b|\b(?:didn't|don't) want to talk to "
            r"you\b|\bnot really interested\b|\bnot saying anything new\b",
            0.72,
            "promise",
        ),
    ],
)
