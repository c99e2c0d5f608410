from datetime import datetime
from typing import Annotated, Any, Literal

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status

from closeknit.accounts.models import User
from closeknit.accounts.requests import signed_in
from closeknit.core.api import ErrorOut
from closeknit.core.schemas import MAX_ID, Id, PersonOut, Text, person_out
from closeknit.relationships.services import relationship_for

from . import services
from .models import Appreciation, Response, Share, rating_of
from .timeline import LIMIT_MAX, Entry, timeline

router = Router(tags=["sharing"])

DepthName = Literal["light", "medium", "deep"]
AfterName = Literal["relieved", "neutral", "exposed"]
Score = Annotated[int, Field(ge=1, le=5)]


class CheckInSummary(Schema):
    id: int
    mood: int
    energy: int
    feelings: list[str]
    need: str | None


class ShareIn(Schema):
    relationship_id: int = Field(..., ge=1, le=MAX_ID)
    text: Text = Field(..., description=f"Up to {services.TEXT_MAX:,} characters.")
    depth: DepthName | None = None


class ShareOut(Schema):
    type: Literal["share"] = "share"
    id: int
    relationship_id: int
    kind: Literal["free", "checkin", "answer"]
    author: PersonOut
    mine: bool
    text: str
    depth: DepthName | None
    checkin: CheckInSummary | None
    prompt: str | None = Field(None, description="For an answer: the prompt it answers.")
    created_at: datetime


class RatingIn(Schema):
    understood: Score
    accepted: Score
    cared_for: Score
    after: AfterName
    helped: bool | None = Field(
        None,
        description='Send "that really helped" (true) or take it back (false); '
        "leave it out to keep it as it is.",
    )


class RatingOut(Schema):
    response_id: int
    understood: int | None
    accepted: int | None
    cared_for: int | None
    after: AfterName | None
    helped: bool
    updated_at: datetime


class ResponseIn(Schema):
    text: Text = Field(..., description=f"Up to {services.TEXT_MAX:,} characters.")


class ResponseOut(Schema):
    type: Literal["response"] = "response"
    id: int
    relationship_id: int
    share_id: int
    author: PersonOut
    mine: bool
    text: str
    helped: bool = Field(..., description='The person who shared said "that really helped".')
    my_rating: RatingOut | None = Field(
        None, description="How it landed: only the person who shared ever sees this."
    )
    created_at: datetime


class ConversationOut(Schema):
    share: ShareOut
    responses: list[ResponseOut]


class AppreciationIn(Schema):
    relationship_id: int = Field(..., ge=1, le=MAX_ID)
    text: Text = Field(..., description=f"Up to {services.APPRECIATION_MAX:,} characters.")


class AppreciationOut(Schema):
    type: Literal["appreciation"] = "appreciation"
    id: int
    relationship_id: int
    author: PersonOut
    mine: bool
    text: str
    created_at: datetime


TimelineItem = Annotated[ShareOut | ResponseOut | AppreciationOut, Field(discriminator="type")]


class TimelineOut(Schema):
    items: list[TimelineItem]
    next_cursor: str | None


def share_out(share: Share, me: User) -> dict[str, Any]:
    checkin = getattr(share, "checkin", None) if share.kind == Share.Kind.CHECKIN else None
    return {
        "type": "share",
        "id": share.pk,
        "relationship_id": share.relationship_id,
        "kind": share.kind,
        "author": person_out(share.author),
        "mine": share.author_id == me.pk,
        "text": share.body,
        "depth": share.depth or None,
        "checkin": {
            "id": checkin.pk,
            "mood": checkin.mood,
            "energy": checkin.energy,
            "feelings": checkin.feelings,
            "need": checkin.need or None,
        }
        if checkin
        else None,
        "prompt": share.prompt_text,
        "created_at": share.created_at,
    }


def rating_out(rating: Any) -> dict[str, Any]:
    return {
        "response_id": rating.response_id,
        "understood": rating.understood,
        "accepted": rating.accepted,
        "cared_for": rating.cared_for,
        "after": rating.after or None,
        "helped": rating.helped,
        "updated_at": rating.updated_at,
    }


def response_out(response: Response, me: User) -> dict[str, Any]:
    # Loaded with Response.objects.for_viewer: `rating` is present only for the sharer.
    rating = rating_of(response)
    return {
        "type": "response",
        "id": response.pk,
        "relationship_id": response.relationship_id,
        "share_id": response.share_id,
        "author": person_out(response.author),
        "mine": response.author_id == me.pk,
        "text": response.text,
        "helped": bool(getattr(response, "helped", False)),
        "my_rating": rating_out(rating) if rating else None,
        "created_at": response.created_at,
    }


def appreciation_out(appreciation: Appreciation, me: User) -> dict[str, Any]:
    return {
        "type": "appreciation",
        "id": appreciation.pk,
        "relationship_id": appreciation.relationship_id,
        "author": person_out(appreciation.author),
        "mine": appreciation.author_id == me.pk,
        "text": appreciation.text,
        "created_at": appreciation.created_at,
    }


def entry_out(entry: Entry, me: User) -> dict[str, Any]:
    if entry.type == "share":
        return share_out(entry.item, me)
    if entry.type == "response":
        return response_out(entry.item, me)
    return appreciation_out(entry.item, me)


@router.post("/shares", response={201: ShareOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut})
def create_share(request: HttpRequest, payload: ShareIn) -> Status[Any]:
    """Share something on your mind into one of your relationships.

    `depth` (light, medium or deep) is optional. You can withdraw it at any time.
    """
    me = signed_in(request)
    share = services.create_share(
        user=me, relationship_id=payload.relationship_id, text=payload.text, depth=payload.depth
    )
    return Status(201, share_out(share, me))


@router.get("/shares/{share_id}", response={200: ConversationOut, 401: ErrorOut, 404: ErrorOut})
def get_share(request: HttpRequest, share_id: Id) -> dict[str, Any]:
    """A share and its conversation (responses, oldest first)."""
    me = signed_in(request)
    share = services.share_for(user=me, share_id=share_id)
    responses = services.conversation(user=me, share=share)
    for response in responses:
        response.share = share
    return {"share": share_out(share, me), "responses": [response_out(r, me) for r in responses]}


@router.post(
    "/shares/{share_id}/responses",
    response={201: ResponseOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
)
def respond(request: HttpRequest, share_id: Id, payload: ResponseIn) -> Status[Any]:
    """Respond to a share. Either person can, as often as the conversation needs.

    A withdrawn share, or one you cannot see, answers 404.
    """
    me = signed_in(request)
    response = services.respond(user=me, share_id=share_id, text=payload.text)
    return Status(201, response_out(response, me))


@router.post("/shares/{share_id}/withdraw", response={204: None, 401: ErrorOut, 404: ErrorOut})
def withdraw_share(request: HttpRequest, share_id: Id) -> Status[None]:
    """Withdraw something you shared: it disappears for the other person at once,
    everywhere. Only the author can; anyone else gets 404."""
    services.withdraw_share(user=signed_in(request), share_id=share_id)
    return Status(204, None)


@router.put(
    "/responses/{response_id}/rating",
    response={200: RatingOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
)
def rate_response(request: HttpRequest, response_id: Id, payload: RatingIn) -> dict[str, Any]:
    """How did that land? Only the person who shared may rate a response to their share
    (404 for anyone else). The responder never sees the numbers, only `helped`."""
    rating = services.rate_response(
        user=signed_in(request),
        response_id=response_id,
        understood=payload.understood,
        accepted=payload.accepted,
        cared_for=payload.cared_for,
        after=payload.after,
        helped=payload.helped,
    )
    return rating_out(rating)


@router.post(
    "/responses/{response_id}/withdraw", response={204: None, 401: ErrorOut, 404: ErrorOut}
)
def withdraw_response(request: HttpRequest, response_id: Id) -> Status[None]:
    """Withdraw a response you wrote."""
    services.withdraw_response(user=signed_in(request), response_id=response_id)
    return Status(204, None)


@router.post(
    "/appreciations", response={201: AppreciationOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut}
)
def appreciate(request: HttpRequest, payload: AppreciationIn) -> Status[Any]:
    """Send a specific thank-you into one of your relationships."""
    me = signed_in(request)
    appreciation = services.appreciate(
        user=me, relationship_id=payload.relationship_id, text=payload.text
    )
    return Status(201, appreciation_out(appreciation, me))


@router.post(
    "/appreciations/{appreciation_id}/withdraw",
    response={204: None, 401: ErrorOut, 404: ErrorOut},
)
def withdraw_appreciation(request: HttpRequest, appreciation_id: Id) -> Status[None]:
    """Withdraw a thank-you you sent."""
    services.withdraw_appreciation(user=signed_in(request), appreciation_id=appreciation_id)
    return Status(204, None)


@router.get(
    "/relationships/{relationship_id}/timeline",
    response={200: TimelineOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
)
def get_timeline(
    request: HttpRequest,
    relationship_id: Id,
    cursor: str | None = Query(None, max_length=200),
    limit: int = Query(20, ge=1, le=LIMIT_MAX),
) -> dict[str, Any]:
    """The relationship's timeline, newest first: shares (shared check-ins too),
    responses and appreciations you can see. Pass `next_cursor` back as `cursor` for the
    next page; it is null on the last page."""
    me = signed_in(request)
    relationship = relationship_for(user=me, relationship_id=relationship_id)
    page = timeline(user=me, relationship=relationship, cursor=cursor, limit=limit)
    return {"items": [entry_out(e, me) for e in page.entries], "next_cursor": page.next_cursor}
