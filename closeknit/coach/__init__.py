"""closeknit's response coach: live, offline, explainable feedback on a draft.

Pure Python, no Django. Use `analyze(text, replying_to=..., mode=...)`.
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
