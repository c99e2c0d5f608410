"""Cues for the listening door-closers: dismissal and fixing_first."""

from __future__ import annotations

from .patterns import YOU_ARE, table

DISMISSAL = table(
    "dismissal",
    [
        (
            r"(?<!let's )(?<!let's both )(?<!we both )(?<!need to )(?<!i'll )(?<!let me )"
            r"(?<!until i )(?<!till i )(?<!once i )(?<!when i )(?<!to )(?<!i can )\bcalm down\b",
            0.85,
            "neg",
        ),
        (r"(?:^|[.!?,]\s*)(?:just |please |oh )?(?:relax|chill(?: out)?)\b", 0.62, "neg resp"),
        (
            r"\b(?:it's|it is|that's|that is|this is|it was|it wasn't|isn't) (?:not )?(?:really )?"
            r"(?:such |that )?(?:a |that )?(?:big|huge) (?:of a )?deal\b",
            0.62,
            "resp",
        ),
        (
            r"\b(?:it's|it is|that's|that is|this is|it was) not (?:really )?(?:a |that |such a )?"
            r"(?:big|huge) (?:of a )?deal\b|\bno big deal\b|\bnot a big deal\b",
            0.85,
            "resp",
        ),
        (r"\bnot the end of the world\b", 0.82, ""),
        (
            r"\b(?:it's|it is|that's|it wasn't|it isn't|it's really|it can't be|it wasn't really) "
            r"(?:not )?(?:that|so|even that) (?:bad|serious|deep|important)\b",
            0.7,
            "resp",
        ),
        (
            YOU_ARE + r" (?:just |totally |completely |being |way |so |really |kind of |kinda |a "
            r"bit |honestly |literally |probably |clearly |obviously )*(?:overreacting|over-reacting|"
            r"over reacting|too sensitive|so sensitive|oversensitive|overly sensitive|dramatic|"
            r"too emotional|so emotional|hysterical|overthinking|making (?:a|too) big (?:a )?deal|"
            r"blowing (?:this|it|things|everything) (?:way )?out of proportion|making a scene|"
            r"making a fuss|being silly|silly|being ridiculous|too much|reading too much into|"
            r"imagining things|being paranoid|paranoid|being a baby|too hard on)",
            0.85,
            "neg",
        ),
        (
            r"\b(?:stop|quit) (?:overreacting|being (?:so )?(?:dramatic|sensitive|emotional|silly|"
            r"negative)|worrying|stressing|crying|whining|complaining|overthinking|moping|sulking|"
            r"freaking out|making a fuss)\b",
            0.8,
            "neg",
        ),
        (
            r"(?:^|[.!?,]\s*)(?:but |well |oh well,? |and )?at least (?!i\b|tell|try|let|ask|"
            r"once|twice|a little|call|text)",
            0.7,
            "resp",
        ),
        (
            r"\bdon't be (?:so )?(?:sad|upset|mad|worried|silly|like that|negative|dramatic|"
            r"sensitive|a baby|so serious|down|jealous)\b",
            0.62,
            "",
        ),
        (
            r"\bdon't (?:worry|stress|cry|fret)(?: about it| so much| over it)?\b(?!,? i(?:'ll|'m| "
            r"will| am)| we)",
            0.45,
            "resp neg",
        ),
        (r"\blook on the bright side\b|\bbright side\b|\bsilver lining\b", 0.78, ""),
        (
            r"\b(?:you'll|you will|you're going to|it'll|it will|it's going to|everything will|"
            r"everything's going to) be (?:just )?(?:fine|okay|alright|ok|all right)\b(?!,? (?:i|we|"
            r"and i|and we))",
            0.55,
            "resp",
        ),
        (r"\bit could (?:always )?(?:be|have been) (?:so much |way |a lot )?worse\b", 0.82, ""),
        (
            r"\bget over it\b|\b(?:just |and |time to |need to )move on\b|\bsuck it up\b|\bman up\b|"
            r"\btoughen up\b|"
            r"\bshake it off\b|\bpull yourself together\b|\bdeal with it\b",
            0.75,
            "neg",
        ),
        (r"\b(?:just )?let it go\b", 0.52, "neg resp"),
        (
            r"\bit's (?:nothing|only (?:a|an|one)|just (?:a|an|one|some|words|work|school|a job|a "
            r"game|a test|money|stuff|hair|a phone))\b",
            0.52,
            "resp neg",
        ),
        (
            r"\beverything happens for a reason\b|\bit is what it is\b|\bthat's life\b|\bsuch is "
            r"life\b|\bhappens to (?:everyone|everybody|the best of us)\b",
            0.72,
            "",
        ),
        (r"\bcheer up\b|\bchin up\b|\bturn that frown\b|\bsmile more\b", 0.7, ""),
        (
            r"\bsorry (?:that |if )?you feel (?:that way|like that|this way)\b|\bsorry if you (?:were|"
            r"felt|feel|got|took it)\b|\bi apologi[sz]e if you\b",
            0.85,
            "",
        ),
        (r"\bmountain (?:out of|of) a molehill\b", 0.88, ""),
        (
            r"\b(?:other|some|lots of|many) people (?:have it|had it|are) (?:way |much |so much )?"
            r"worse\b|\bothers have it (?:way )?worse\b|\bpeople have real problems\b",
            0.8,
            "",
        ),
        (
            r"\byou shouldn't (?:feel|be) (?:that way|like that|so|upset|sad|angry|bad|hurt|"
            r"worried|jealous|scared)\b",
            0.75,
            "neg",
        ),
        (r"\bdon't take it (?:so )?personally\b|\bdon't take everything so personally\b", 0.68, ""),
        (
            r"\bnot worth (?:getting upset|crying|stressing|worrying|being upset|the tears|"
            r"losing sleep)\b",
            0.72,
            "",
        ),
        (r"\byou(?:'ll| will) get over it\b|\byou(?:'ll| will) forget about it\b", 0.8, ""),
        (
            r"\bwhy are you (?:so |still |even |getting )(?:upset|worked up|bothered|mad|sad|stressed"
            r"|emotional|angry|hung up)\b",
            0.72,
            "anyspeech",
        ),
        (
            r"\byou worry too much\b|\byou think too much\b|\byou(?:'re| are) overthinking\b",
            0.75,
            "neg",
        ),
        (r"(?:^|[.!?]\s*)(?:you're|you are) (?:totally |completely )?fine\b", 0.55, "resp neg"),
        (r"\bit's all in your head\b|\byou're imagining (?:it|things)\b", 0.8, ""),
        (
            r"\bthere's no (?:reason|need) to (?:be|get|feel|cry)\b|\bno need to (?:cry|be upset|get "
            r"upset|worry|freak out|get so|be so)\b",
            0.7,
            "",
        ),
        (r"\bdon't think about it\b|\btry not to think about it\b", 0.5, "resp"),
        (r"\bit's not that serious\b|\bit's not serious\b|\bit's not a problem\b", 0.75, ""),
        (r"\byou(?:'ll| will) laugh about (?:this|it)\b", 0.55, ""),
        (
            r"\bbe grateful\b|\byou should be (?:grateful|thankful|happy)\b|\bcount your "
            r"blessings\b",
            0.68,
            "",
        ),
        (r"\byou(?:'re| are) lucky\b|\bcould be worse\b", 0.62, "resp"),
        (
            r"\bso what(?!')\b|\bwho cares\b|\bwhat's the big deal\b|\bwhat's the problem\b",
            0.65,
            "anyspeech",
        ),
        (r"\bthat's not a real problem\b", 0.6, ""),
        (r"\byou(?:'re| are) fine\b|\bi'm sure it's fine\b|\bi'm sure it was fine\b", 0.5, "resp"),
        (
            r"\bit(?:'s| is|was) (?:just|only) (?:a |one )?(?:joke|comment|bad day|a joke)\b",
            0.62,
            "resp",
        ),
        (r"\byou can't (?:seriously )?be upset about\b|\byou're upset about that\??\b", 0.78, ""),
        (
            r"\byou(?:'re| are) making (?:it|this|that) (?:a|into a|sound like a) (?:whole|big|huge) "
            r"(?:thing|deal)\b|\byou(?:'re| are) making it a (?:whole )?thing\b",
            0.8,
            "",
        ),
        (
            r"\beveryone (?:cries|feels|hates|gets|goes through|has|struggles)\b|\beverybody "
            r"(?:feels|gets|goes)\b",
            0.66,
            "resp",
        ),
        (
            r"\bit(?:'s| is) (?:probably |likely )?(?:nothing|just a phase|normal|a routine thing|"
            r"routine)\b|\bprobably nothing\b|\bjust a phase\b",
            0.72,
            "resp neg",
        ),
        (
            r"\byou(?:'ll| will) feel (?:better|differently|fine|different)\b|\byou(?:'re| are) just "
            r"(?:tired|hungry|stressed|hormonal|overtired|being silly)\b",
            0.66,
            "resp",
        ),
        (
            r"\bdon't let it get to you\b|\bdon't beat yourself up\b|\bplenty more (?:fish|out "
            r"there)\b|\bit gets better\b|\byou (?:chose|knew it would)\b|\bwelcome to (?:adulthood|"
            r"the real world|real life)\b|\byour time will come\b|\bit might just be\b|\b(?:the )?"
            r"\w+ talking\b|\btake your mind off\b",
            0.62,
            "resp",
        ),
        (r",? at least[.!]*\s*$", 0.7, "resp"),
    ],
)

FIXING_FIRST = table(
    "fixing_first",
    [
        (
            r"(?<!i think )(?<!i hope )(?<!maybe )\byou (?:should|shouldn't|need to|have to|ought to|"
            r"must|gotta|got to|could just|might want to|may want to|better|really should|should "
            r"really|should just|just need to|just have to|should probably|need to just)\b(?! (?:be "
            r"proud|know|have seen|see|feel proud|get some rest and i|have told|have said|never have "
            r"to|be so proud|feel|be upset|be angry))",
            0.68,
            "late resp",
        ),
        (
            r"\bmaybe (?:you should|you could|try|just|talk|tell|ask|get|take|go|you need)\b",
            0.62,
            "late resp",
        ),
        (
            r"\b(?:why don't you|why not (?:just )?|have you (?:tried|thought about|considered)|"
            r"did you try|could you (?:not )?just|what if you (?:just )?|you could (?:try|always|ask|"
            r"talk|tell|go|get|just|look|email|call|text|quit|switch|book|start|say))\b",
            0.66,
            "late resp",
        ),
        (
            r"\bif i were you\b|\bmy advice\b|\bif i was you\b|\bi(?:'d| would) (?:just )?(?:tell|"
            r"quit|ignore|talk to|ask|report|call|email|text|leave|say|go|book|start|stop|block|"
            r"look for|get)\b",
            0.75,
            "late resp",
        ),
        (
            r"\bthe (?:answer|solution|trick|key|fix) is\b|\bwhat you (?:need|should|have|want) to do"
            r"\b|\bhere's what (?:you|i'd)\b|\bthe best thing (?:to do|you can do)\b|\ball you have to "
            r"do\b|\byou just have to\b|\beasy fix\b",
            0.78,
            "late resp",
        ),
        (
            r"(?:^|[.!?]\s*|,\s*(?:so|just|then)\s*)(?:so |well |honestly |okay |ok |look |listen "
            r"|seriously |then |first |hey )?(?:just )?(?:tell (?:him|her|them|your)|talk to "
            r"(?:him|her|them|your|hr|someone)|ask (?:him|her|them|your|for)|quit|ignore "
            r"(?:him|her|them|it)|report (?:him|her|them|it)|email (?:him|her|them|your)|call "
            r"(?:him|her|them|your)|text (?:him|her|them)|go to (?:bed|sleep|the doctor|hr|a "
            r"doctor|therapy)|take (?:a|some) (?:break|day|nap|bath|walk|painkillers|time off)|get "
            r"(?:some|a|more) (?:sleep|rest|new job|therapist|lawyer|hobby|exercise)|drink (?:some "
            r")?water|book (?:a|an)|apply for|break up with|stand up for|set (?:a |some )?boundar|"
            r"write (?:it|down)|make a list|sleep on it|delete|block (?:him|her|them)|stop (?:going|"
            r"talking|answering|replying|checking|reading)|try (?:to|not|talking|asking|journaling|"
            r"meditating|going|getting|writing|a )|focus on|start (?:looking|saving|going)|look "
            r"(?:for|into)|find (?:a|another|someone)|let (?:him|her|them) know|speak to|"
            r"switch|move out|leave (?:him|her|them|your)|cancel|buy|download|use)\b",
            0.64,
            "late resp",
        ),
        (
            r"\bit's (?:easy|simple)(?:,|:|\.)? (?:just|you)\b|\bjust do what i\b|\bsimple:",
            0.72,
            "late resp",
        ),
        (
            r"\bhave you thought about\b|\bhave you looked into\b|\byou could look\b|\byou should "
            r"look\b",
            0.6,
            "late resp",
        ),
        (r"\bthere's an app\b|\bgoogle it\b|\bread (?:this|that) book\b", 0.6, "late resp"),
        (
            r"(?:^|[.!?]\s+)(?:so |well |honestly |just |maybe )?(?:get|go|start|read|message|update|"
            r"apply|put|make|be yourself|stop|take|book|email|quit|talk|sleep|eat|find|use|buy|"
            r"ask|tell|call|text|try|do|see|write|get|let's (?:just )?(?:book|get|make|do|sign))\b"
            r"(?! (?:me|it off|well|over here|going|this|what you)\b)",
            0.6,
            "late resp",
        ),
        (
            r"\bmaybe (?:a|an|some|the) [\w ]{2,30} would help\b|\b(?:a|an) [\w ]{2,20} would "
            r"(?:help|fix)\b",
            0.6,
            "late resp",
        ),
    ],
)
