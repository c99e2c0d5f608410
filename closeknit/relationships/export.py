from typing import Any

from closeknit.core.export import section

from .models import Invite, Member


@section("relationships")
def export_relationships(user: Any) -> list[dict[str, Any]]:
    rows = Member.objects.filter(user=user).select_related("relationship")
    return [
        {
            "id": m.relationship_id,
            "kind": m.relationship.kind,
            "joined_at": m.joined_at.isoformat(),
            "left_at": m.left_at.isoformat() if m.left_at else None,
        }
        for m in rows
    ]


@section("invites")
def export_invites(user: Any) -> list[dict[str, Any]]:
    return [
        {
            "kind": i.kind,
            "note": i.note,
            "created_at": i.created_at.isoformat(),
            "expires_at": i.expires_at.isoformat(),
            "status": i.status,
        }
        for i in Invite.objects.filter(created_by=user).order_by("created_at")
    ]
