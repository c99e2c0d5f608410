"""Export sections: what this person wrote into their relationships, the ratings they
gave, and (only) the responses others wrote to their own shares, marked as theirs."""

from __future__ import annotations

from typing import Any

from closeknit.core.export import section
from closeknit.relationships.models import Member

from .models import Appreciation, Response, ResponseRating, Share


def _when(value: Any) -> str | None:
    return value.isoformat() if value else None


def _replies_from_others(share: Share) -> list[dict[str, Any]]:
    # Another person's words, included because they answer the exporter's own share.
    # Withdrawn responses, and those of someone who has left, have gone with their author.
    present = Member.objects.current().filter(relationship_id=share.relationship_id)
    rows = (
        Response.objects.filter(share=share, withdrawn_at__isnull=True)
        .exclude(author_id=share.author_id)
        .filter(author_id__in=present.values("user_id"))
        .select_related("author")
        .order_by("created_at", "pk")
    )
    return [
        {
            "written_by": r.author.display_name,
            "theirs": True,
            "text": r.text,
            "created_at": _when(r.created_at),
        }
        for r in rows
    ]


@section("shares")
def export_shares(user: Any) -> list[dict[str, Any]]:
    rows = (
        Share.objects.authored_by(user)
        .select_related("checkin", "answer")
        .order_by("created_at", "pk")
    )
    return [
        {
            "id": s.pk,
            "relationship_id": s.relationship_id,
            "kind": s.kind,
            "text": s.body,
            "depth": s.depth or None,
            "created_at": _when(s.created_at),
            "withdrawn_at": _when(s.withdrawn_at),
            "responses_from_others": _replies_from_others(s),
        }
        for s in rows
    ]


@section("responses")
def export_responses(user: Any) -> list[dict[str, Any]]:
    rows = Response.objects.authored_by(user).select_related("rating").order_by("created_at", "pk")
    return [
        {
            "id": r.pk,
            "relationship_id": r.relationship_id,
            "share_id": r.share_id,
            "text": r.text,
            "created_at": _when(r.created_at),
            "withdrawn_at": _when(r.withdrawn_at),
            "coach_labels": r.coach_labels,
            "they_said_it_helped": bool(getattr(r, "rating", None) and r.rating.helped),
        }
        for r in rows
    ]


@section("ratings_given")
def export_ratings(user: Any) -> list[dict[str, Any]]:
    rows = ResponseRating.objects.filter(rater=user).order_by("created_at", "pk")
    return [
        {
            "response_id": r.response_id,
            "relationship_id": r.relationship_id,
            "understood": r.understood,
            "accepted": r.accepted,
            "cared_for": r.cared_for,
            "after": r.after or None,
            "helped": r.helped,
            "updated_at": _when(r.updated_at),
        }
        for r in rows
    ]


@section("appreciations")
def export_appreciations(user: Any) -> list[dict[str, Any]]:
    rows = Appreciation.objects.authored_by(user).order_by("created_at", "pk")
    return [
        {
            "id": a.pk,
            "relationship_id": a.relationship_id,
            "text": a.text,
            "created_at": _when(a.created_at),
            "withdrawn_at": _when(a.withdrawn_at),
        }
        for a in rows
    ]
