from datetime import datetime
from typing import Annotated, Any, Literal, get_args

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status

from closeknit.accounts.models import User
from closeknit.accounts.requests import signed_in
from closeknit.content.prompt_library import THEMES
from closeknit.core.api import ErrorOut
from closeknit.core.schemas import MAX_ID, Id, KindName, Text
from closeknit.relationships.services import relationship_for
from closeknit.sharing.services import TEXT_MAX

from . import services
from .models import Prompt

router = Router(tags=["prompts"])

ThemeName = Literal[
    "hopes",
    "fears",
    "history_and_family",
    "needs",
    "appreciation",
    "everyday_life",
    "conflict_and_repair",
    "values",
    "dreams",
    "memories",
    "body_and_health",
    "friendship",
    "growth",
]
Depth = Annotated[int, Field(ge=1, le=3)]
# Spelled out for the OpenAPI document; must name exactly the library's themes.
assert set(get_args(ThemeName)) == set(THEMES), "ThemeName and THEMES disagree"


class PromptOut(Schema):
    id: int
    key: str | None
    text: str
    depth: int
    theme: str
    kinds: list[str]
    relationship_id: int | None = Field(None, description="Set on a pair's own prompt.")


class OwnPromptIn(Schema):
    text: Text = Field(..., description=f"Up to {services.OWN_PROMPT_MAX} characters.")
    depth: Depth
    theme: ThemeName


class RoundIn(Schema):
    prompt_id: int | None = Field(
        None, ge=1, le=MAX_ID, description="Pick this prompt; leave it out to draw one."
    )


class AnswerIn(Schema):
    text: Text = Field(..., description=f"Up to {TEXT_MAX:,} characters.")


class AnswerOut(Schema):
    author_id: int
    mine: bool
    text: str
    share_id: int | None = Field(None, description="Respond to it at /shares/{share_id}.")


class RoundOut(Schema):
    id: int
    relationship_id: int
    prompt: PromptOut
    status: Literal["open", "revealed", "set_aside"]
    created_at: datetime
    revealed_at: datetime | None
    my_answer: str | None = Field(
        ..., description="Your own answer (yours alone until the reveal)."
    )
    other: Literal["answered", "not_yet"]
    answers: list[AnswerOut] = Field(..., description="Empty until both have answered.")


class PaceIn(Schema):
    max_depth: Depth
    resting_themes: list[ThemeName] = Field(default_factory=list, max_length=13)


class PaceOut(Schema):
    max_depth: int = Field(..., description="Your own level: only you see it.")
    resting_themes: list[str] = Field(..., description="Your own resting themes.")
    pair_depth: int = Field(..., description="The lower of your two levels.")
    pair_resting: list[str] = Field(..., description="Every resting theme, without whose.")


def prompt_out(prompt: Prompt) -> dict[str, Any]:
    return {
        "id": prompt.pk,
        "key": prompt.key,
        "text": prompt.text,
        "depth": prompt.depth,
        "theme": prompt.theme,
        "kinds": prompt.kinds,
        "relationship_id": prompt.relationship_id,
    }


def round_out(view: services.RoundView, me: User) -> dict[str, Any]:
    prompt_round = view.round
    return {
        "id": prompt_round.pk,
        "relationship_id": prompt_round.relationship_id,
        "prompt": prompt_out(prompt_round.prompt),
        "status": prompt_round.status,
        "created_at": prompt_round.created_at,
        "revealed_at": prompt_round.revealed_at,
        "my_answer": view.mine.text if view.mine else None,
        "other": "answered" if view.other_answered else "not_yet",
        "answers": [
            {
                "author_id": a.author_id,
                "mine": a.author_id == me.pk,
                "text": a.text,
                "share_id": a.share_id,
            }
            for a in view.answers
        ],
    }


def pace_out(pace: services.Pace) -> dict[str, Any]:
    return {
        "max_depth": pace.max_depth,
        "resting_themes": pace.resting_themes,
        "pair_depth": pace.pair_depth,
        "pair_resting": pace.pair_resting,
    }


@router.get("/prompts", response={200: list[PromptOut], 401: ErrorOut, 422: ErrorOut})
def list_prompts(
    request: HttpRequest,
    theme: ThemeName | None = None,
    depth: int | None = Query(None, ge=1, le=3),
    kind: KindName | None = None,
) -> list[dict[str, Any]]:
    """The prompt library (and your pairs' own prompts), filtered by theme, depth and the
    kind of relationship they suit."""
    found = services.list_prompts(user=signed_in(request), theme=theme, depth=depth, kind=kind)
    return [prompt_out(p) for p in found]


@router.post(
    "/relationships/{relationship_id}/prompts",
    response={201: PromptOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
)
def add_prompt(request: HttpRequest, relationship_id: Id, payload: OwnPromptIn) -> Status[Any]:
    """Add a prompt of your own to this relationship; only the two of you see it."""
    prompt = services.add_prompt(
        user=signed_in(request),
        relationship_id=relationship_id,
        text=payload.text,
        depth=payload.depth,
        theme=payload.theme,
    )
    return Status(201, prompt_out(prompt))


@router.post(
    "/relationships/{relationship_id}/rounds",
    response={201: RoundOut, 401: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut},
)
def draw(request: HttpRequest, relationship_id: Id, payload: RoundIn) -> Status[Any]:
    """Draw a prompt that fits you both (or pick one by `prompt_id`). Each of you answers
    privately; the answers are revealed together once both have answered."""
    me = signed_in(request)
    found = services.draw(user=me, relationship_id=relationship_id, prompt_id=payload.prompt_id)
    return Status(201, round_out(services.view_of(user=me, prompt_round=found), me))


@router.get(
    "/relationships/{relationship_id}/rounds",
    response={200: list[RoundOut], 401: ErrorOut, 404: ErrorOut},
)
def list_rounds(request: HttpRequest, relationship_id: Id) -> list[dict[str, Any]]:
    """This relationship's rounds, newest first."""
    me = signed_in(request)
    relationship = relationship_for(user=me, relationship_id=relationship_id)
    rounds = services.rounds_of(relationship=relationship, user=me)
    return [round_out(view, me) for view in services.views_of(user=me, rounds=rounds)]


@router.get("/rounds/{round_id}", response={200: RoundOut, 401: ErrorOut, 404: ErrorOut})
def get_round(request: HttpRequest, round_id: Id) -> dict[str, Any]:
    """One round. `answers` stays empty until both of you have answered."""
    me = signed_in(request)
    found = services.round_for(user=me, round_id=round_id)
    return round_out(services.view_of(user=me, prompt_round=found), me)


@router.put(
    "/rounds/{round_id}/answer",
    response={200: RoundOut, 401: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut},
)
def answer(request: HttpRequest, round_id: Id, payload: AnswerIn) -> dict[str, Any]:
    """Give (or re-word) your answer. The second answer reveals both at once."""
    me = signed_in(request)
    found = services.answer(user=me, round_id=round_id, text=payload.text)
    return round_out(services.view_of(user=me, prompt_round=found), me)


@router.post(
    "/rounds/{round_id}/pass", response={204: None, 401: ErrorOut, 404: ErrorOut, 409: ErrorOut}
)
def pass_round(request: HttpRequest, round_id: Id) -> Status[None]:
    """Pass on this prompt: it is set aside for both of you. No reason needed, and it is
    never counted anywhere."""
    services.pass_round(user=signed_in(request), round_id=round_id)
    return Status(204, None)


@router.get(
    "/relationships/{relationship_id}/pace",
    response={200: PaceOut, 401: ErrorOut, 404: ErrorOut},
)
def get_pace(request: HttpRequest, relationship_id: Id) -> dict[str, Any]:
    """Your pace in this relationship, and the level and resting themes you share."""
    me = signed_in(request)
    relationship = relationship_for(user=me, relationship_id=relationship_id)
    return pace_out(services.pace_of(relationship=relationship, user=me))


@router.put(
    "/relationships/{relationship_id}/pace",
    response={200: PaceOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
)
def set_pace(request: HttpRequest, relationship_id: Id, payload: PaceIn) -> dict[str, Any]:
    """Set how deep you are open to going (1 to 3) and which themes rest for now. Private:
    the other person sees only the pair's level and that some themes are resting."""
    pace = services.set_pace(
        user=signed_in(request),
        relationship_id=relationship_id,
        max_depth=payload.max_depth,
        resting_themes=payload.resting_themes,
    )
    return pace_out(pace)
