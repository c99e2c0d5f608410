from datetime import datetime
from typing import Any, Literal

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status

from closeknit.accounts.requests import signed_in
from closeknit.content.feelings import FEELING_GROUPS, NEEDS
from closeknit.core.api import ErrorOut
from closeknit.core.schemas import MAX_ID, Text
from closeknit.sharing.services import TEXT_MAX

from . import services
from .models import CheckIn

router = Router(tags=["check-ins"])


class FeelingOut(Schema):
    slug: str
    word: str
    group: str
    group_title: str
    tone: Literal["pleasant", "hard"]


class NeedOut(Schema):
    slug: str
    label: str
    description: str


class CheckInIn(Schema):
    relationship_id: int | None = Field(
        None, ge=1, le=MAX_ID, description="Share into this relationship; null keeps it private."
    )
    mood: int = Field(..., ge=1, le=5)
    energy: int = Field(..., ge=1, le=5)
    feelings: list[Text] = Field(
        default_factory=list,
        max_length=50,
        description=f"Up to {services.FEELINGS_MAX} slugs from GET /api/v1/feelings.",
    )
    need: Text | None = Field(None, max_length=40, description="A slug from GET /api/v1/needs.")
    note: Text = Field("", description=f"Optional, up to {TEXT_MAX:,} characters.")


class CheckInOut(Schema):
    id: int
    share_id: int | None
    relationship_id: int | None
    shared: bool
    mood: int
    energy: int
    feelings: list[str]
    need: str | None
    note: str
    created_at: datetime


def checkin_out(checkin: CheckIn) -> dict[str, Any]:
    share = checkin.share
    return {
        "id": checkin.pk,
        "share_id": checkin.share_id,
        "relationship_id": share.relationship_id if share else None,
        "shared": bool(share and not share.withdrawn_at),
        "mood": checkin.mood,
        "energy": checkin.energy,
        "feelings": checkin.feelings,
        "need": checkin.need or None,
        "note": checkin.note,
        "created_at": checkin.created_at,
    }


@router.get("/feelings", response={200: list[FeelingOut], 401: ErrorOut})
def feelings(request: HttpRequest) -> list[dict[str, Any]]:
    """The feelings vocabulary for check-ins, in display order, grouped by `group`."""
    return [
        {
            "slug": f.slug,
            "word": f.word,
            "group": group.slug,
            "group_title": group.title,
            "tone": group.tone,
        }
        for group in FEELING_GROUPS
        for f in group.feelings
    ]


@router.get("/needs", response={200: list[NeedOut], 401: ErrorOut})
def needs(request: HttpRequest) -> list[dict[str, Any]]:
    """The current-need choices for check-ins."""
    return [
        {"slug": n.slug, "label": n.label, "description": n.description} for n in NEEDS.values()
    ]


@router.post("/checkins", response={201: CheckInOut, 401: ErrorOut, 404: ErrorOut, 422: ErrorOut})
def create_checkin(request: HttpRequest, payload: CheckInIn) -> Status[Any]:
    """Check in: mood and energy (1 to 5), up to five feeling words, one current need and
    an optional note.

    With `relationship_id` it is shared there (`share_id` is the share the other person
    can respond to); without it, it stays in your private journal.
    """
    checkin = services.check_in(
        user=signed_in(request),
        mood=payload.mood,
        energy=payload.energy,
        feelings=payload.feelings,
        need=payload.need or "",
        note=payload.note,
        relationship_id=payload.relationship_id,
    )
    return Status(201, checkin_out(checkin))


@router.get("/checkins", response={200: list[CheckInOut], 401: ErrorOut, 422: ErrorOut})
def list_checkins(
    request: HttpRequest,
    before_id: int | None = Query(None, ge=1, le=MAX_ID),
    limit: int = Query(30, ge=1, le=100),
) -> list[dict[str, Any]]:
    """Your own check-ins (your journal), newest first."""
    rows = services.journal(user=signed_in(request), limit=limit, before_id=before_id)
    return [checkin_out(c) for c in rows]
