"""Cues for the four conflict door-closers: criticism, contempt, defensiveness, stonewalling."""

from __future__ import annotations

from .patterns import FLAWS, INSULTS, INTENS, YOU_ARE, table

CRITICISM = table(
    "criticism",
    [
        (
            r"\bwhat(?:'s| is| the hell is| the heck is| on earth is) (?:even )?wrong with you\b",
            0.92,
            "",
        ),
        (YOU_ARE + r" " + INTENS + r"(?:an? )?" + FLAWS + r"\b", 0.82, "neg"),
        (
            r"\b(?:i feel|i think|it feels|i just feel|i kind of feel|honestly i feel) (?:like|that) "
            r"you(?:'re| are) " + INTENS + r"(?:an? )?" + FLAWS + r"\b",
            0.85,
            "neg",
        ),
        (
            r"\bwhy (?:are|do|can't|won't|don't|must|would|is it that|does it always) you "
            r"(?:always|never|ever|even|constantly|keep|have to|insist|refuse)\b",
            0.85,
            "anyspeech",
        ),
        (r"\bwhy can't you (?:just |ever |for once |even |simply )?", 0.72, ""),
        (
            r"\bhow (?:hard|difficult) (?:is it|can it be|would it be|was it) (?:to|for you)\b",
            0.85,
            "",
        ),
        (r"\bcan't you (?:ever|just|for once|even)\b", 0.7, ""),
        (r"\bfor once in your life\b", 0.85, ""),
        (
            r"\byou (?:can't|cannot|couldn't) (?:ever |even )?(?:do anything|be trusted|handle|"
            r"get anything|follow through|keep a promise|remember anything)\b",
            0.8,
            "",
        ),
        (r"\bevery (?:single )?(?:time|day|week|weekend)\b[^.!?]{0,40}\byou\b", 0.55, ""),
        (r"\byou\b[^.!?]{0,50}\bevery (?:single )?time\b", 0.6, ""),
        (r"\btypical(?: you)?\b", 0.6, ""),
        (
            r"\bwhat kind of (?:person|partner|friend|mother|father|mum|mom|dad|husband|wife|"
            r"boyfriend|girlfriend|son|daughter|sister|brother|human being) (?:does|forgets|says|"
            r"would|are you)\b",
            0.88,
            "",
        ),
        (
            r"\byou (?:ruin|ruined|spoil|spoiled|spoilt|wreck|wrecked) (?:everything|it|every)\b",
            0.8,
            "",
        ),
        (r"\bwhat(?:'s| is) your problem\b", 0.8, ""),
        (r"\bwho (?:does|forgets|says|acts like|behaves like) that\b", 0.62, ""),
        (
            r"\byou (?:don't|do not) (?:ever |even )?(?:listen|help|pay attention|think|try|lift a "
            r"finger|follow through|pull your weight|make an effort|put in any effort)\b",
            0.62,
            "neg stmt",
        ),
        (r"\byou (?:only ever|only) think (?:about|of) yourself\b", 0.85, ""),
        (r"\byou (?:constantly|forever|perpetually)\b", 0.7, ""),
        (r"\bhow many times (?:do|have|did|must|will)\b", 0.75, ""),
        (r"\bwould it kill you to\b", 0.85, ""),
        (r"\bdo you (?:always|ever|never) (?:have to|listen|think|stop|care|help)\b", 0.75, ""),
        (r"\byou(?:'re| are) (?:always|never) (?:like this|this way|the same)\b", 0.8, ""),
        (r"\bthis is (?:exactly |just |so )?(?:typical|classic)\b", 0.65, ""),
        (
            r"\bthat's (?:so |just |really )?(?:selfish|lazy|pathetic|rude|inconsiderate|"
            r"thoughtless|immature|childish) of you\b",
            0.85,
            "",
        ),
        (
            r"\byou (?:are|'re) (?:a )?(?:terrible|awful|horrible|lousy|bad|crap|useless) "
            r"(?:at|partner|friend|listener|sister|brother|mother|father|son|daughter|husband|wife|"
            r"boyfriend|girlfriend)\b",
            0.85,
            "neg",
        ),
        (r"\byou(?:'re| are) incapable\b", 0.85, ""),
        (
            r"\bwhy (?:would|did) you (?:even )?(?:do|say) (?:that|something like that)\b",
            0.6,
            "anyspeech",
        ),
        (r"\bhow could you\b", 0.72, "anyspeech"),
        (r"\bthere you go again\b|\bhere you go again\b", 0.7, ""),
        (r"\bas always\b|\bas usual\b", 0.5, ""),
        (
            r"\byou (?:keep|kept) (?:forgetting|ignoring|doing this|doing that|interrupting|"
            r"cancelling|canceling|leaving|breaking|making excuses|letting me down|lying)\b",
            0.72,
            "",
        ),
    ],
)

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

DEFENSIVENESS = table(
    "defensiveness",
    [
        (
            r"(?:^|[.!?]\s*)well,? you (?:never|always|didn't|did|were|are|forgot|also|too|don't|"
            r"said|started|could|do|should|weren't|never|'re)\b",
            0.78,
            "anyspeech",
        ),
        (r"\bwhat about (?:you|when you|the time you|your|all the times you)\b", 0.8, ""),
        (
            r"\bbut you (?:also|too|did|were|do|never|always|didn't|forgot|said|started|'re|are)\b",
            0.55,
            "conf",
        ),
        (
            r"\byou(?:'re| are) (?:one|the one) to talk\b|\blook who's talking\b|\bpot,? kettle\b",
            0.88,
            "",
        ),
        (r"\byou(?:'re| are) the one who\b", 0.68, ""),
        (
            r"\byou (?:do|did) (?:it|that|the same|the exact same)(?: thing)? (?:too|all the time|"
            r"constantly|every)\b",
            0.78,
            "",
        ),
        (
            r"\bi (?:didn't|did not|never) do anything(?: wrong)?\b|\bi(?:'ve| have) done nothing "
            r"wrong\b",
            0.88,
            "",
        ),
        (
            r"\b(?:it(?:'s| is|was) not|it wasn't|it isn't|that's not|that wasn't|not) my fault\b",
            0.82,
            "",
        ),
        (r"\bdon't (?:blame|put this on) (?:me|this on me)\b|\bstop blaming me\b", 0.82, ""),
        (
            r"\bwhy is (?:it|everything) always (?:my fault|me|on me)\b|\bso it's (?:all )?my "
            r"fault\b|\bso now it's my fault\b|\beverything is my fault\b",
            0.85,
            "anyspeech",
        ),
        (r"\bi(?:'m| am) (?:always |the only )?(?:the bad guy|the villain)\b", 0.75, ""),
        (
            r"\bnothing i do is (?:ever )?(?:good enough|right|enough)\b|\bi can't do anything "
            r"right\b|\bi can never do anything right\b",
            0.72,
            "conf",
        ),
        (
            r"\bi was (?:just |only |really )?(?:busy|tired|working|at work|exhausted|stressed|"
            r"swamped|in a meeting|driving|asleep|slammed|dealing with)\b",
            0.55,
            "conf",
        ),
        (
            r"\bwhat (?:was|am) i supposed to do\b|\bhow (?:was|am) i supposed to know\b|"
            r"\bhow would i know\b|\bhow should i have known\b",
            0.82,
            "anyspeech",
        ),
        (
            r"\bi had no (?:choice|other option)\b|\bi can't help (?:it|that|the way i)\b",
            0.62,
            "conf",
        ),
        (
            r"\bi was (?:just |only )?(?:trying to help|joking|kidding|being honest|teasing|messing "
            r"around)\b",
            0.75,
            "",
        ),
        (
            r"\bi (?:never|didn't|did not) (?:said|say) that\b|\bthat's not what (?:happened|i said|i "
            r"meant)\b",
            0.6,
            "conf",
        ),
        (
            r"\bi (?:already|literally) (?:said|told you|apologi[sz]ed)(?: i(?:'m| was))? ?"
            r"(?:sorry)?\b|\bi said i was sorry\b|\bi said sorry\b",
            0.75,
            "",
        ),
        (r"\bi did my best\b|\bi(?:'m| am) doing (?:the best|my best|everything)\b", 0.45, "conf"),
        (r"\bat least i\b", 0.68, ""),
        (r"\bit's not like i\b|\bit's not like you\b", 0.6, ""),
        (r"\bi(?:'m| am) not the one who\b", 0.8, ""),
        (r"\byeah,? but\b|\byes,? but you\b|\bok(?:ay)?,? but you\b", 0.5, "conf"),
        (r"\bin my defen[cs]e\b", 0.78, ""),
        (r"\bthat's (?:not true|not fair|so unfair|unfair|a lie|ridiculous)\b", 0.5, "conf"),
        (
            r"\bi do (?:so much|everything|more than you|a lot)\b|\bafter everything i(?:'ve| have) "
            r"done\b",
            0.62,
            "conf",
        ),
        (r"\bwhy are you (?:attacking|blaming|yelling at|picking on) me\b", 0.78, ""),
        (r"\bwhat do you want from me\b", 0.72, ""),
        (r"\byou(?:'re| are) making (?:it|this|me) (?:sound|out|seem|look)\b", 0.55, ""),
        (r"\bi was going to\b", 0.42, "conf"),
        (r"\b(?:sorry|i'm sorry),? but (?:you|i|it|that)\b", 0.58, ""),
        (r"\bi can't read your mind\b|\bi'm not a mind reader\b", 0.7, ""),
        (r"\byou never (?:told|asked) me\b|\byou didn't (?:tell|ask) me\b", 0.55, "conf"),
        (
            r"\bif you (?:had|hadn't|would have|would've|didn't|just|weren't|wouldn't)\b[^.!?]{0,50}"
            r"\bi (?:wouldn't|would|would've|wouldn't have|might)\b",
            0.62,
            "",
        ),
        (r"\bi'm sorry you feel that way,? but\b", 0.45, ""),
        (r"\bwhy do you (?:always )?(?:blame|make) me\b", 0.6, ""),
        (r"\bi have a (?:life|job) too\b|\bi have things to do too\b", 0.6, ""),
        (
            r"\bso don't (?:start|lecture|come at)\b|\bit's not a crime\b|\bthere's a difference\b|"
            r"\bstop looking for (?:things|problems|reasons)\b|\bthat's (?:way |much )?worse\b|\byou knew "
            r"that\b|\bi don't need (?:your )?permission\b|\bi can't control\b|\bwhat did you expect\b|"
            r"\bi (?:didn't|did not) have (?:a|any) choice\b|\bi(?:'m| am) allowed to\b|"
            r"\bi don't know what "
            r"else you want\b|\bi was (?:just |only )?trying to\b|\bnot exactly\b.*\beither\b",
            0.66,
            "conf",
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
