"""The sixteen labels, in PRODUCT.md order, and what the coach says about each."""

from __future__ import annotations

CLOSERS: tuple[str, ...] = (
    "criticism",
    "contempt",
    "defensiveness",
    "stonewalling",
    "dismissal",
    "fixing_first",
    "self_focus",
    "mind_reading",
)
OPENERS: tuple[str, ...] = (
    "validation",
    "reflection",
    "curiosity",
    "i_statement",
    "ownership",
    "appreciation",
    "reassurance",
    "repair_attempt",
)
LABELS: tuple[str, ...] = CLOSERS + OPENERS
MODES: tuple[str, ...] = ("reply", "share", "conflict")

EXPLANATIONS: dict[str, str] = {
    "criticism": "This sounds like a verdict on who they are rather than on one moment, "
    "which makes it hard for them to hear the hurt underneath.",
    "contempt": "This reads as mocking or looking down on them, and that tends to close "
    "the door faster than anything else.",
    "defensiveness": "This answers their concern with a counter-point or an excuse, so "
    "they may feel their worry was not heard.",
    "stonewalling": "This shuts the conversation down, which can leave them alone with "
    "whatever they were trying to say.",
    "dismissal": "This makes their feeling smaller than it is to them, even if you mean "
    "to comfort.",
    "fixing_first": "This jumps to a solution before showing you heard how they feel, so "
    "the advice may land as pressure.",
    "self_focus": "This turns the moment toward your own story while they are still in "
    "the middle of theirs.",
    "mind_reading": "This states what they think or want as a fact, when only they can "
    "tell you that.",
    "validation": "This tells them their feeling makes sense, which makes it safer to "
    "keep sharing.",
    "reflection": "This names back what they seem to feel, so they know you really followed them.",
    "curiosity": "This open question invites them to say more, at their own pace.",
    "i_statement": "This speaks from your own feeling and need without blame, which is "
    "easier to hear.",
    "ownership": "This takes responsibility for your part, which helps them lower their guard too.",
    "appreciation": "This thanks or recognises them, and being noticed builds closeness.",
    "reassurance": "This tells them you are with them, which makes the moment feel safer.",
    "repair_attempt": "This softens the moment or asks for a pause with a way back, "
    "which keeps the two of you on the same side.",
}

AMMUNITION_EXPLANATION = (
    "This brings something they trusted you with into the argument, which can make "
    "them think twice before opening up again."
)
