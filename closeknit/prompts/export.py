from __future__ import annotations

from typing import Any

from closeknit.core.export import section

from .models import Answer, Boundary, DepthConsent, Prompt


@section("prompt_answers")
def export_answers(user: Any) -> list[dict[str, Any]]:
    rows = Answer.objects.filter(author=user).select_related("round__prompt", "share")
    return [
        {
            "round_id": a.round_id,
            "relationship_id": a.relationship_id,
            # The other person's own prompt is their words: name it, don't copy it.
            "prompt": a.round.prompt.text
            if a.round.prompt.key or a.round.prompt.author_id == user.pk
            else "A prompt the other person wrote",
            "answer": a.text,
            "answered_at": a.updated_at.isoformat(),
            "revealed_at": a.round.revealed_at.isoformat() if a.round.revealed_at else None,
            "share_id": a.share_id,
        }
        for a in rows.order_by("created_at", "pk")
    ]


@section("own_prompts")
def export_own_prompts(user: Any) -> list[dict[str, Any]]:
    rows = Prompt.objects.filter(author=user, relationship__isnull=False).order_by("pk")
    return [
        {
            "relationship_id": p.relationship_id,
            "text": p.own_text,
            "depth": p.depth,
            "theme": p.theme,
        }
        for p in rows
    ]


@section("pace")
def export_pace(user: Any) -> list[dict[str, Any]]:
    rest: dict[int, list[str]] = {}
    for boundary in Boundary.objects.filter(user=user).order_by("theme"):
        rest.setdefault(boundary.relationship_id, []).append(boundary.theme)
    return [
        {
            "relationship_id": c.relationship_id,
            "max_depth": c.max_depth,
            "resting_themes": rest.get(c.relationship_id, []),
        }
        for c in DepthConsent.objects.filter(user=user).order_by("relationship_id")
    ]
