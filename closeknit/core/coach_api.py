"""POST /api/v1/coach: the response coach over HTTP. Drafts are analysed, never stored."""

from typing import Literal

from django.http import HttpRequest
from ninja import Field, Router, Schema

from closeknit.coach import analyze
from closeknit.core.api import ErrorOut
from closeknit.core.schemas import Text

router = Router(tags=["coach"])
DRAFT_MAX = 5000


class CoachIn(Schema):
    text: Text = Field(min_length=1, max_length=DRAFT_MAX)
    replying_to: Text | None = Field(default=None, max_length=DRAFT_MAX)
    mode: Literal["reply", "share", "conflict"] = "reply"


class LabelOut(Schema):
    label: str
    kind: Literal["opener", "closer"]
    score: float
    span: list[int]
    evidence: str
    explanation: str


class SuggestionOut(Schema):
    label: str | None
    text: str
    rewrite: str | None


class AmmunitionOut(Schema):
    score: float
    span: list[int]
    evidence: str
    explanation: str
    disclosed: str


class AnalysisOut(Schema):
    text: str
    mode: str
    labels: list[LabelOut]
    suggestions: list[SuggestionOut]
    ammunition: list[AmmunitionOut]
    counts: dict[str, int]


@router.post("/coach", response={200: AnalysisOut, 401: ErrorOut, 422: ErrorOut})
def coach(request: HttpRequest, payload: CoachIn) -> dict[str, object]:
    """Analyse a draft: door-openers and door-closers with the words that triggered them,
    a plain explanation and a confidence (0 to 1) for each, and suggestions.

    `mode` is `reply`, `share` or `conflict`; in conflict mode, a draft that uses
    something from `replying_to` as a weapon is listed under `ammunition`. Nothing is
    stored, and nobody else sees what the coach noticed.
    """
    return analyze(payload.text, replying_to=payload.replying_to, mode=payload.mode).to_dict()
