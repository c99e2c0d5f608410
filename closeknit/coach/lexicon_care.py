"""Cues for ownership, appreciation, reassurance and repair_attempt."""

from __future__ import annotations

from .patterns import table

OWNERSHIP = table(
    "ownership",
    [
        (
            r"\b(?:i'm |i am |i'm so |i am so |i'm really |i'm truly |so |really |truly |very )?"
            r"sorry (?:i |i'm |i've |for (?:what i|my|being|not|snapping|yelling|the way|forgetting|"
            r"missing|being late|how i|hurting|making|ignoring|not being|interrupting|bringing|"
            r"getting|saying|doing|earlier|last night|today|this|that|everything|shouting|"
            r"leaving|cancelling|canceling|losing|raising|taking|brushing|laughing|blowing|"
            r"dismissing|acting|reacting|the|wh|letting|putting|jumping)|that i|i'm so sorry\.|"
            r"about (?:earlier|"
            r"last night|what i said|this morning|yesterday|before|my|the way i|how i|today|that|"
            r"tonight))",
            0.9,
            "neg",
        ),
        (
            r"\bi apologi[sz]e\b(?! if)|\bmy apologies\b|\bplease forgive me\b|\bforgive me\b",
            0.85,
            "neg",
        ),
        (
            r"\bmy (?:bad|fault|mistake)\b|\bthat(?:'s| is| was) on me\b|\bi(?:'ll| will) own "
            r"(?:that|it)\b|\bthat one's on me\b",
            0.86,
            "neg",
        ),
        (
            r"\bthat was (?:really |so |totally |completely )?(?:wrong|unfair|not okay|not ok|not "
            r"fair|thoughtless|careless|unkind|mean|rude|hurtful|selfish|out of line|uncalled for|"
            r"a crappy thing|a shitty thing|a low blow|not cool|not kind|harsh) (?:of me|to say|to "
            r"do|thing to)\b",
            0.9,
            "",
        ),
        (
            r"\bi (?:shouldn't|should not|should've|should have|could have|could've|ought to have) "
            r"(?:have )?(?:said|done|yelled|snapped|ignored|gone|been|called|told|asked|checked|let|"
            r"listened|texted|left|made|taken|spoken|raised|reacted|realised|realized|noticed|"
            r"thought|shouted|brushed|dismissed|cancelled|canceled|forgotten|missed|jumped|"
            r"interrupted|come|waited|stayed|answered|stepped|stood|backed|helped|handled)\b",
            0.8,
            "",
        ),
        (
            r"\bi was wrong\b|\bi got (?:it|that) wrong\b|\bi (?:messed|screwed|mucked|fucked|f\*+ed) "
            r"(?:up|that up|it up)\b|\bi dropped the ball\b|\bi blew it\b",
            0.86,
            "neg",
        ),
        (
            r"\bi take (?:full )?responsibility\b|\bi own (?:that|it|my part)\b|\bmy part (?:in "
            r"(?:this|that|it)|was)\b|\bi(?:'m| am) responsible for\b",
            0.88,
            "neg",
        ),
        (
            r"\byou(?:'re| are) (?:right|completely right|totally right|absolutely right)(?:,| -|\.|"
            r" about| that)\s*(?:i\b|that\b|it was\b|i was|i did|i should|i've|i'm sorry|sorry)",
            0.72,
            "",
        ),
        (
            r"\bi know i (?:hurt|was|did|let|upset|messed|made|haven't|have been|said|forgot|"
            r"snapped|ignored|wasn't)\b|\bi (?:hurt|let) you(?: down)?\b|\bi upset you\b",
            0.7,
            "neg hedged",
        ),
        (
            r"\bi can see (?:how|that|why) (?:i|what i|my)\b|\bi see (?:now )?(?:how|that) i\b|"
            r"\bi realise i\b|\bi realize i\b|\bi understand (?:why|how) (?:that|what i|my|i)\b",
            0.8,
            "",
        ),
        (
            r"\bi didn't (?:handle|deal with) (?:that|it|this) (?:well|right|great|very well)\b|"
            r"\bi wasn't (?:listening|fair|there for you|paying attention|being fair|kind|thinking)"
            r"\b|\bi (?:overreacted|snapped at you|was out of line)\b",
            0.78,
            "",
        ),
        (
            r"\bi was (?:being )?(?:unfair|rude|selfish|harsh|short with you|out of line|a jerk|an "
            r"idiot|defensive|dismissive|snappy|mean|thoughtless|careless|cold|distant|a bit much|"
            r"too harsh|wrong|grumpy|a pain|unkind|impatient|petty)\b",
            0.84,
            "neg",
        ),
        (
            r"\bi(?:'ll| will) (?:do better|work on (?:it|that|this|my)|try harder|make it (?:right|"
            r"up to you)|be more careful|fix (?:it|this))\b|\bit won't happen again\b",
            0.62,
            "",
        ),
        (
            r"(?:^|[.!?]\s*)(?:i'm |i am )?(?:so |really |truly )?sorry[.!]*\s*(?:$|\n|❤|💔|🙏|😞|"
            r"😔)",
            0.62,
            "conf",
        ),
        (r"\bthat's fair\b|\bfair point\b|\byou have a point\b|\bi hear that i\b", 0.5, "conf"),
        (
            r"\bi(?:'m| am) (?:so |really |truly |very )?sorry\b(?! (?:you feel|if|but|to hear|that you|"
            r"for your loss|about your|you're|you are|you had|you went|that happened|you've|this "
            r"happened|you have|i'm not)|,? but)",
            0.8,
            "conf neg",
        ),
        (
            r"(?:,|\.|^)\s*sorry[.!]*\s*(?:$|\n|❤|💔|🙏|😞|😔|babe|love|x)|^\W*sorry[.!,]",
            0.75,
            "conf neg",
        ),
        (
            r"\bthat(?:'s| is|was|wasn't| wasn't) (?:not |really not |so not )?(?:fair|okay|ok|kind|right)"
            r" (?:to|on|of) (?:you|me)\b|\bthat wasn't fair\b|\bwasn't mine to\b|\bi regret\b|\bbelow "
            r"the belt\b|\bi (?:haven't|have not) been (?:pulling|there|fair|listening|great|present|"
            r"showing up)\b|\bi've been (?:distant|short|snappy|absent|checked out|glued|unfair)\b|"
            r"\bi (?:do|did) (?:brush|take|leave|rely)\b|\byou're right (?:that|to)\b|\b(?:you're|ur|your)"
            r" right,? (?:i|sorry|i'm sorry|that)\b|\bi (?:forgot|missed it|froze|kept it from you)\b|"
            r"\bi was (?:sarcastic|in a mood)\b|\bi probably do\b|\bi'll (?:stop|make sure|fix)\b",
            0.72,
            "conf neg",
        ),
        (r"\bi didn't mean to (?:hurt|upset|make|ignore|snap|dismiss|yell)\b", 0.56, ""),
    ],
)

APPRECIATION = table(
    "appreciation",
    [
        (
            r"\bthank(?:s| you)(?: so much| a lot| for| again| so so much| very much|!|\.|,| ❤| 🙏|"
            r"$| x| xx| babe| love| my love| hon| mum| mom| dad| for this| heaps|\s)",
            0.72,
            "sarc",
        ),
        (
            r"\bthank you for (?:telling|sharing|trusting|being honest|opening up|saying|letting me|"
            r"listening|being there|always|being so|your|understanding|caring|helping|checking|"
            r"asking|making|everything|noticing|remembering|coming|the)\b|\bthanks for (?:telling|"
            r"sharing|trusting|being|listening|opening|letting|understanding|helping|checking|"
            r"asking|remembering|noticing|making|always|everything|your|coming)\b",
            0.9,
            "sarc",
        ),
        (
            r"\bi (?:really |truly |so |genuinely |just |honestly |deeply )?(?:appreciate|value|"
            r"admire|love how|love that|love the way|love it when|adore how|love when) (?:you|it|"
            r"that|how|the way|your|when you|what you|this|all)\b",
            0.84,
            "neg sarc",
        ),
        (
            r"\bi(?:'m| am) (?:so |really |very |incredibly |truly )?(?:grateful|thankful|proud of "
            r"you|lucky to have you|glad (?:you|that you) (?:told|shared|said|came|were|did|asked|"
            r"are|opened|reached))\b|\bproud of you\b|\bso lucky to have you\b",
            0.84,
            "neg sarc",
        ),
        (r"\b(?:means|meant) (?:a lot|so much|the world|everything|more than)\b", 0.78, "neg sarc"),
        (
            r"\bthat was (?:so |really |very |incredibly )?(?:kind|sweet|thoughtful|generous|brave|"
            r"lovely|considerate|caring) of you\b|\bthat was brave\b",
            0.86,
            "sarc",
        ),
        (
            r"\byou(?:'re| are) (?:so |such a |the |a |an |really |truly |honestly )*(?:amazing|"
            r"wonderful|awesome|best|thoughtful|kind|sweet|star|gem|lifesaver|brilliant|incredible|"
            r"brave|strong|great \w+|good \w+|legend|rock|treasure|hero|sweetheart|angel|sweetest|"
            r"kindest|good at this|a good listener|patient|generous|caring|so good to me)\b",
            0.72,
            "neg sarc",
        ),
        (
            r"\b(?:well done|good job|great job|nice work|way to go|congrat(?:s|ulations)|bravo|"
            r"kudos|nailed it|you did it|you did (?:so |really )?(?:well|great|amazing|brilliantly))"
            r"\b",
            0.62,
            "sarc",
        ),
        (
            r"\bit (?:really )?(?:helped|helps) (?:so much|a lot|me)\b|\bthat really helped\b|\byou "
            r"(?:really )?helped\b|\byou made my day\b|\bmade my (?:day|week)\b",
            0.7,
            "sarc neg",
        ),
        (r"\bi noticed (?:you|how you|that you)\b|\bi saw (?:how|that) you\b", 0.55, "sarc"),
        (r"\bcheers\b|\bty\b|\bmuch appreciated\b|\bappreciate (?:it|you|that)\b", 0.66, "sarc"),
        (r"\bi love (?:you for|that about you|how much you)\b|\bi love your\b", 0.7, "sarc"),
    ],
)

REASSURANCE = table(
    "reassurance",
    [
        (
            r"\bi(?:'m| am) (?:always |still |right |so |just |all )?(?:here|there) (?:for you|with "
            r"you|if you need|whenever|when you|no matter|to listen|if you want|for whatever|"
            r"always|anytime|any time)\b|\bi(?:'m| am) (?:right |still )?here\b(?! (?:at|in|now|"
            r"on|with the))",
            0.86,
            "neg",
        ),
        (
            r"\bi(?:'ve| have)? ?got you\b|\bi(?:'ve| have) got your back\b|\bi have your back\b",
            0.82,
            "",
        ),
        (
            r"\bi(?:'m| am) not going anywhere\b|\bi(?:'m| am) not leaving\b|\bi won't leave\b|\bi'm "
            r"staying\b",
            0.9,
            "",
        ),
        (
            r"\bwe(?:'ll| will|'re going to| are going to|'re gonna) (?:get|figure|work|sort|make it|"
            r"find a way|be okay|be ok|be alright|be fine|handle|deal with|get through|face|"
            r"manage|work it out)\b|\bwe can (?:figure|get through|handle|do this|work)\b",
            0.8,
            "",
        ),
        (
            r"\bwe(?:'re| are) in this together\b|\bwe(?:'re| are) a team\b|\bsame team\b|\btogether"
            r",? we\b|\bwe(?:'ll| will) do it together\b",
            0.82,
            "",
        ),
        (
            r"\byou(?:'re| are) not alone\b|\byou don't have to (?:go through|do|face|carry|handle) "
            r"(?:this|it|that)(?: \w+)? alone\b|\byou(?:'re| are) not on your own\b",
            0.9,
            "",
        ),
        (r"\bi love you\b|\bi still love you\b|\blove you\b", 0.6, "neg sarc"),
        (
            r"\bi(?:'m| am) (?:on|always on|totally on|100% on) your side\b|\bi(?:'m| am) with you\b|"
            r"\bi(?:'ll| will) (?:always )?be (?:here|there|right there|by your side|with you)\b",
            0.85,
            "neg",
        ),
        (
            r"\bi (?:support|believe in|trust) you\b|\bi(?:'ll| will) support\b|\bi'm behind you\b",
            0.78,
            "neg",
        ),
        (r"\bwhatever you (?:need|decide|choose)\b|\bwhatever happens\b", 0.7, ""),
        (
            r"\byou can (?:always )?(?:count on|lean on|call|talk to|come to|tell|rely on) me\b|"
            r"\bcall me (?:any ?time|whenever|if)\b|\bany ?time,? day or night\b|\bi'm a call away"
            r"\b|\bi'm just a (?:call|text) away\b",
            0.8,
            "",
        ),
        (
            r"\bnothing (?:you (?:could )?(?:say|do|tell me)|could) (?:will|would|is going to|could) "
            r"change\b|\bthat doesn't change how i feel about you\b|\bi don't think any less\b",
            0.86,
            "",
        ),
        (
            r"\bwe(?:'re| are) (?:okay|ok|good|fine|solid|going to be okay|still good|alright)\b",
            0.66,
            "neg",
        ),
        (
            r"\blet me know (?:if|what|how) (?:you need|i can|there's|you want)\b|\bis there "
            r"(?:anything|something) i can do\b|\bhow can i (?:help|support)\b|\bwhat can i do\b",
            0.62,
            "",
        ),
        (
            r"\byou(?:'ll| will) get through (?:this|it)\b|\byou can do this\b|\byou've got this\b|"
            r"\byou got this\b",
            0.62,
            "",
        ),
        (
            r"\bi(?:'ll| will) (?:come over|be over|drive over|come round|stay|sit with you|hold "
            r"you|bring|pick you up|be home)\b|\bi(?:'m| am) coming over\b",
            0.6,
            "",
        ),
        (
            r"\bi care about you\b|\byou matter (?:to me|so much)\b|\byou mean (?:so much|a lot|"
            r"everything|the world) to me\b",
            0.72,
            "neg",
        ),
        (r"\b(?:hugs|sending (?:love|hugs)|big hug)\b|🤗|\bcome here\b", 0.6, ""),
        (
            r"\bi(?:'m| am) not (?:mad|angry|upset) (?:at|with) you\b|\bi(?:'m| am) not going to "
            r"judge\b|\bno judgment\b|\bno judgement\b|\bi would never judge\b",
            0.64,
            "",
        ),
        (r"\bhere for you\b|\bi(?:'m| am) still here\b|\bi choose you\b|\bi promise\b", 0.66, ""),
        (
            r"\b(?:take|taking) all the time you need\b|\bno rush\b|\bno pressure\b|\bat your own "
            r"pace\b|\bwhen(?:ever)? you(?:'re| are) ready\b",
            0.62,
            "",
        ),
        (r"\bit(?:'s| is) (?:going to|gonna) be okay,? (?:i|we)\b|\bwe'll be okay\b", 0.72, ""),
    ],
)

REPAIR_ATTEMPT = table(
    "repair_attempt",
    [
        (
            r"\bcan we (?:please )?(?:take|have) (?:a |some )?(?:break|pause|breather|minute|moment|"
            r"time ?out|step back|few minutes)\b",
            0.86,
            "",
        ),
        (
            r"\bi need (?:a|some|ten|twenty|thirty|fifteen|five|\d+|a few|an|a little) ?(?:minute|"
            r"minutes|mins|break|time|space|breather|hour|moment|air|walk)\b",
            0.5,
            "promise",
        ),
        (
            r"\b(?:can we|let's|let us|could we|shall we) (?:please )?(?:just )?(?:start (?:over|"
            r"again)|try (?:that|this)? ?again|reset|rewind|slow down|take a (?:breath|break|minute|"
            r"step back|beat)|pause|breathe|hit pause|press pause|come back to (?:this|it)|talk "
            r"(?:about (?:this|it) )?(?:later|tonight|tomorrow|when|after|in the morning)|figure "
            r"(?:this|it) out together|call a truce|hug it out|not fight|sit down|do (?:a )?"
            r"do-?over|both calm down|both take|try to understand each other|talk calmly|"
            r"lower our voices|step back|regroup)\b",
            0.86,
            "",
        ),
        (
            r"\bi don't want to fight\b|\bi don't want this to (?:turn into|become) a fight\b|\bi(?:'m|"
            r" am) not trying to fight\b|\bi don't want to argue\b|\bi hate fighting with you\b",
            0.8,
            "anyspeech",
        ),
        (
            r"\bthat came out wrong\b|\blet me (?:try|say) (?:that|this) again\b|\blet me rephrase\b|"
            r"\bcan i (?:try|say) (?:that|this) again\b|\bdo-?over\b|\bcan i start over\b|\bthat's "
            r"not what i meant to say\b|\bthat didn't come out right\b",
            0.9,
            "",
        ),
        (r"\btruce\b|\bwhite flag\b|🏳️|\bpeace offering\b", 0.78, ""),
        (r"\bwe(?:'re| are) on the same (?:team|side)\b", 0.7, ""),
        (
            r"\bi want to (?:work this out|fix this|understand you|get this right|make this right|"
            r"sort this out|hear you|figure this out|talk about (?:this|it) properly)\b",
            0.6,
            "",
        ),
        (
            r"\bi(?:'m| am) (?:getting|feeling) (?:too )?(?:heated|flooded|overwhelmed|worked up|too "
            r"angry|defensive|wound up)\b",
            0.56,
            "promise",
        ),
        (
            r"\blet's (?:talk|finish this|continue|pick this up|revisit this)(?: about (?:it|this))? "
            r"(?:later|tonight|tomorrow|after|in the morning|when|in an hour|once)\b",
            0.84,
            "",
        ),
        (
            r"\bi(?:'ll| will) come back\b|\bcome back to this\b|\bpick this (?:up|back up)\b|\bi "
            r"(?:do|really) want to (?:talk|finish|sort) (?:about )?(?:this|it)\b|\bcan we talk "
            r"(?:about (?:this|it) )?(?:later|tonight|tomorrow|after)\b",
            0.78,
            "",
        ),
        (r"\bcan we (?:please )?(?:just )?(?:hug|cuddle|make up)\b", 0.6, ""),
        (r"\bwe're better than this\b|\bthis isn't us\b", 0.66, ""),
        (r"\bcan we (?:try|agree)\b|\blet's (?:try|agree)\b", 0.5, ""),
        (
            r"\bcan i make it up to you\b|\bi want to talk (?:about it )?(?:tomorrow|later|tonight|"
            r"after|in "
            r"the morning|properly|when)\b|\bcan we (?:plan|find|make) .{0,30}\bto talk\b|\btry again\b|"
            r"\bcan we (?:do|talk about) (?:it|this) (?:after|later|tonight|tomorrow|when|at the)\b|\bgive"
            r" me (?:a|an|\d+|ten|twenty|five|half an) (?:minute|minutes|hour|sec|min|moment)\b|\blet "
            r"me put the kettle on\b|\bwe'll sit down\b|\bstart (?:\w+ ){0,3}(?:over|again)\b|\blet me "
            r"try (?:that |this )?again\b|\bcan we come up with\b|\bi (?:don't want to|won't) (?:do "
            r"this|fight) (?:at|on|over|via)\b",
            0.74,
            "",
        ),
        (
            r"\b(?:i'll|i will|let me) (?:take|go for) (?:a|some) (?:walk|breather|minute|minutes|"
            r"break)\b",
            0.5,
            "promise",
        ),
    ],
)
