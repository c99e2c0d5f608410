"""Cues for the listening door-closers: dismissal, fixing_first, self_focus, mind_reading."""

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
