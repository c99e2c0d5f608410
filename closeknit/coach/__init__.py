"""closeknit's response coach: live, offline, explainable feedback on a draft.

Pure Python, no Django. Use `analyze(text, replying_to=..., mode=...)`.

Hand-written rules (rules.py and the lexicon tables) find cues with their
spans; a learned scorer (learned.py: a linear part and one small hidden layer,
weights in weights.json and weights.bin, trained by
`python -m closeknit.coach.train`) reads those cues together with words,
sentence positions and context, and decides which labels to report, with a
calibrated confidence. `analyze(..., learned=False)` uses the rules alone.
"""

from .analysis import Ammunition, Analysis, Label, Suggestion, analyze
from .labels import CLOSERS, LABELS, MODES, OPENERS

__all__ = [
    "CLOSERS",
    "LABELS",
    "MODES",
    "OPENERS",
    "Ammunition",
    "Analysis",
    "Label",
    "Suggestion",
    "analyze",
]
