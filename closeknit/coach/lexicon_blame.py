"""Cues for the two door-closers of blame: criticism and defensiveness."""

from __future__ import annotations

from .patterns import FLAWS, INTENS, YOU_ARE, YOU_HAVE_BEEN, table

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
        # Sweeping statements about who the other person has always been.
        (YOU_HAVE_BEEN + INTENS + r"(?:an? )?" + FLAWS + r"\b", 0.8, "neg"),
        (
            r"\byou (?:act|behave|are acting|'re acting)(?: like)? "
            + INTENS
            + r"(?:an? )?"
            + FLAWS,
            0.72,
            "neg",
        ),
        (r"\bfor once\b", 0.55, "conf"),
        (r"\byou(?:'ve| have)? never (?:[a-z']+ ){1,6}in your (?:whole |entire )?life\b", 0.8, ""),
        (
            r"(?:^|[.!?]\s*|\byou )can't even (?:handle|manage|do|remember|get|be bothered|make|"
            r"keep|look after|take|cook|drive|say|finish|turn up|show up)\b",
            0.62,
            "stmt",
        ),
        (
            r"\bnot everything(?:'s| is) about you\b|\b(?:it's|everything's|everything is) (?:always )?"
            r"about you\b|\byou make (?:it|everything|this) (?:all )?about (?:you|yourself|your)\b",
            0.72,
            "conf",
        ),
        (
            r"\b(?:using|use|used|uses) (?:it|that|this|your [a-z']+|[a-z']+) as (?:an excuse|cover|a "
            r"shield|a weapon|a crutch)\b|\byou just use (?:it|that|this|them|people|me|your)\b",
            0.62,
            "",
        ),
        (
            r"\bplay(?:ing|s|ed)? the (?:victim|martyr)\b|\bfishing for (?:sympathy|compliments|"
            r"attention)\b|\bmilking (?:it|that|this)\b|\byou(?:'re| are) (?:just )?milking\b",
            0.7,
            "",
        ),
        # An I-statement that still blames: the feeling is really a verdict on the other.
        (
            r"\bi (?:just |really |honestly |kind of |sometimes )?feel (?:like|that|as if) you(?:'re| "
            r"are)? (?:just |only |really |never |always |clearly |obviously )?(?:don't care|only care|"
            r"never care|can't be|don't love|don't respect|don't value|don't want|just want|never "
            r"listen|don't listen|only think|don't even|care more about|would rather|prefer)\b",
            0.72,
            "",
        ),
        (
            r"\byou (?:keep|kept) (?:forgetting|ignoring|doing this|doing that|interrupting|"
            r"cancelling|canceling|leaving|breaking|making excuses|letting me down|lying)\b",
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
        # Counter-complaints, blame passed back, and excuses in place of hearing.
        (
            r"(?:^|[.!?]\s*)(?:and|oh and|yeah,? and) you(?:'re| are)? (?:never|always|didn't|don't|"
            r"being|just|forget|forgot|can't|won't|were|weren't)\b",
            0.62,
            "conf",
        ),
        (r"\bsays the (?:person|one|guy|girl|woman|man|lady|king|queen) who\b", 0.82, ""),
        (
            r"\bmore than you (?:ever )?(?:do|did|does|have|manage)\b|\bmore than you ever\b",
            0.6,
            "",
        ),
        (r"\bin case you (?:forgot|hadn't noticed|didn't notice|haven't noticed)\b", 0.7, "conf"),
        (
            r"\bi(?:'ve| have|ve) (?:been|had) (?:so |really |super |crazy |literally |just )?(?:busy|"
            r"swamped|slammed|exhausted|stressed|working|dealing with|juggling|run off my feet|"
            r"drowning)\b",
            0.55,
            "conf",
        ),
        (
            r"\bi(?:'m| am|m) (?:so |really |just |literally )?(?:exhausted|tired|stressed|busy) too\b",
            0.62,
            "conf",
        ),
        (
            r"\bwhat more do you want(?= from me| me to|\s*[?!.]|\s*$)|\bwhat else do you want "
            r"(?:me to do|from me)\b",
            0.78,
            "",
        ),
        (r"\bi(?:'m| am) (?:literally )?right here\b", 0.5, "conf"),
        (r"\bso you(?:'re| are) saying (?:i(?:'m| am)?|it's my|that i)\b", 0.72, ""),
        (
            r"\bi can't do everything\b|\bi can't be everywhere\b|\bnot everyone can\b|\bi(?:'m| am) "
            r"only (?:one person|human)\b",
            0.62,
            "conf",
        ),
        (
            r"\bi have (?:my own|two jobs|a full[- ]time job|kids|a family|enough on my plate|a lot on "
            r"my plate)\b|\b(?:dealing|deal|dealt) with my own (?:stuff|problems|issues|things|crap)\b"
            r"|\bi(?:'ve| have) got my own (?:stuff|problems|issues)\b",
            0.58,
            "conf",
        ),
        (
            r"\bi(?:'ve| have) done nothing but\b|\bi(?:'ve| have) (?:never|not) said that\b",
            0.8,
            "",
        ),
        (
            r"\bdon't drag me into\b|\bi had nothing to do with\b|\bleave me out of (?:this|it)\b",
            0.7,
            "",
        ),
        (
            r"\bwhy (?:do|am|must) i always (?:have to )?(?:be )?(?:the one|the bad)\b|\bwhy (?:is|am) "
            r"(?:it )?always me\b|\bwhy (?:are|is) (?:you|everyone|everybody) (?:only |always |just )?"
            r"(?:mad|angry|upset|annoyed|cross) (?:at|with) me\b",
            0.68,
            "",
        ),
        (r"\bi did (?:tell|say|ask|mention|text|call|try|clean|do)\b", 0.5, "conf"),
        (
            r"\bmaybe if you(?:'d(?! like| prefer| rather| want| love)| had| hadn't| didn't| weren't"
            r"| wouldn't| just| actually| stopped)\b",
            0.7,
            "",
        ),
        (
            r"\bi\b[^.!?]{0,40}\bbecause you(?:'ve| have)? (?:been|always|never|keep|were|are)\b",
            0.55,
            "conf",
        ),
        (
            r"\byou (?:always |just )?(?:exaggerate|blow (?:everything|things|it|this) out of "
            r"proportion|make (?:such )?a big deal)\b",
            0.6,
            "",
        ),
        (r"\bi had (?:my |good |legit |legitimate |perfectly good )?reasons\b", 0.6, "conf"),
        (
            r"(?:^|[.!?]\s*)(?:no,? |but )?i (?:don't|didn't|never|wasn't|'m not|am not|do not|did not) "
            r"[^.!?]{1,40}!",
            0.5,
            "conf",
        ),
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
