"""Export sections: what this person wrote into their relationships, the ratings they
gave, and (only) the responses others wrote to their own shares, marked as theirs."""

from __future__ import annotations

from typing import Any

from closeknit.core.export import section

from .models import Appreciation, Response, ResponseRating, Share


def _when(value: Any) -> str | None:
    return value.isoformat() if value else None


def _replies_from_others(user: Any) -> dict[int | None, list[dict[str, Any]]]:
    rows = (
        Response.objects.answering_shares_of(user)
        .select_related("author")
        .order_by("created_at", "pk")
    )
    replies: dict[int | None, list[dict[str, Any]]] = {}
    for r in rows:
        replies.setdefault(r.share_id, []).append(
            {
                "written_by": r.author.display_name,
                "theirs": True,
                "text": r.text,
                "created_at": _when(r.created_at),
            }
        )
    return replies


@section("shares")
def export_shares(user: Any) -> list[dict[str, Any]]:
    rows = (
        Share.objects.authored_by(user)
        .select_related("checkin", "answer")
        .order_by("created_at", "pk")
    )
    replies = _replies_from_others(user)
    return [
        {
            "id": s.pk,
            "relationship_id": s.relationship_id,
            "kind": s.kind,
            "text": s.body,
            "depth": s.depth or None,
            "created_at": _when(s.created_at),
            "withdrawn_at": _when(s.withdrawn_at),
            "responses_from_others": replies.get(s.pk, []),
        }
        for s in rows
    ]


@section("responses")
def export_responses(user: Any) -> list[dict[str, Any]]:
    # Only `helped`: the ratings of your own responses are the sharer's, never yours.
    rows = Response.objects.with_helped().authored_by(user).order_by("created_at", "pk")
    return [
        {
            "id": r.pk,
            "relationship_id": r.relationship_id,
            "share_id": r.share_id,
            "text": r.text,
            "created_at": _when(r.created_at),
            "withdrawn_at": _when(r.withdrawn_at),
            "coach_labels": r.coach_labels,
            "they_said_it_helped": bool(getattr(r, "helped", False)),
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
