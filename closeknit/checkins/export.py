from __future__ import annotations

from typing import Any

from closeknit.core.export import section

from .models import CheckIn


@section("checkins")
def export_checkins(user: Any) -> list[dict[str, Any]]:
    rows = CheckIn.objects.visible_to(user).select_related("share").order_by("created_at", "pk")
    return [
        {
            "id": c.pk,
            "created_at": c.created_at.isoformat(),
            "mood": c.mood,
            "energy": c.energy,
            "feelings": c.feelings,
            "need": c.need or None,
            "note": c.note,
            "shared_into": c.share.relationship_id if c.share else None,
            "withdrawn_at": c.share.withdrawn_at.isoformat()
            if c.share and c.share.withdrawn_at
            else None,
        }
        for c in rows
    ]
