from datetime import datetime
from typing import Any

from django.http import HttpRequest
from ninja import Field, Router, Schema, Status

from closeknit.accounts.requests import signed_in
from closeknit.core.api import ErrorOut
from closeknit.core.schemas import Id, KindName, PersonOut, Text, person_out

from . import services
from .models import Relationship

router = Router(tags=["relationships"])


class InviteIn(Schema):
    kind: KindName
    note: Text = Field(default="", max_length=services.NOTE_MAX)


class InviteOut(Schema):
    code: str
    url: str
    kind: str
    expires_at: datetime


class RelationshipOut(Schema):
    id: int
    kind: str
    created_at: datetime
    members: list[PersonOut]


def relationship_out(relationship: Relationship) -> dict[str, Any]:
    return {
        "id": relationship.pk,
        "kind": relationship.kind,
        "created_at": relationship.created_at,
        "members": [person_out(m.user) for m in relationship.current_members()],
    }


@router.post("/invites", response={201: InviteOut, 401: ErrorOut, 409: ErrorOut, 422: ErrorOut})
def create_invite(request: HttpRequest, payload: InviteIn) -> Status[Any]:
    """Make a one-time invite (valid for 48 hours) for a new relationship of this kind.

    Send the `url` (or read out the `code`) to the other person; they accept it with
    POST /api/v1/invites/{code}/accept.
    """
    invite = services.create_invite(user=signed_in(request), kind=payload.kind, note=payload.note)
    return Status(
        201,
        {
            "code": invite.code,
            "url": services.invite_url(invite.code),
            "kind": invite.kind,
            "expires_at": invite.expires_at,
        },
    )


@router.delete("/invites/{code}", response={204: None, 401: ErrorOut, 404: ErrorOut, 409: ErrorOut})
def revoke_invite(request: HttpRequest, code: str) -> Status[Any]:
    """Cancel one of your own invites. Anyone else's invite answers 404."""
    services.revoke_invite(user=signed_in(request), code=code)
    return Status(204, None)


@router.post(
    "/invites/{code}/accept",
    response={201: RelationshipOut, 401: ErrorOut, 404: ErrorOut, 409: ErrorOut, 410: ErrorOut},
)
def accept_invite(request: HttpRequest, code: str) -> Status[Any]:
    """Accept an invite: starts a relationship with the person who made it.

    An unknown code answers 404; an expired, cancelled or used one 410; your own invite,
    or a person you already share a relationship with, 409.
    """
    me = signed_in(request)
    relationship = services.accept_invite(user=me, code=code)
    relationship = services.relationship_for(user=me, relationship_id=relationship.pk)
    return Status(201, relationship_out(relationship))


@router.get("/relationships", response={200: list[RelationshipOut], 401: ErrorOut})
def list_relationships(request: HttpRequest) -> list[dict[str, Any]]:
    """The relationships you currently belong to."""
    return [relationship_out(r) for r in services.relationships_of(user=signed_in(request))]


@router.get(
    "/relationships/{relationship_id}",
    response={200: RelationshipOut, 401: ErrorOut, 404: ErrorOut},
)
def get_relationship(request: HttpRequest, relationship_id: Id) -> dict[str, Any]:
    """One of your relationships. Any other id answers 404."""
    return relationship_out(
        services.relationship_for(user=signed_in(request), relationship_id=relationship_id)
    )


@router.post(
    "/relationships/{relationship_id}/leave", response={204: None, 401: ErrorOut, 404: ErrorOut}
)
def leave_relationship(request: HttpRequest, relationship_id: Id) -> Status[Any]:
    """Leave a relationship. What you shared disappears for the other person; what they
    wrote stays theirs."""
    services.leave_relationship(user=signed_in(request), relationship_id=relationship_id)
    return Status(204, None)
