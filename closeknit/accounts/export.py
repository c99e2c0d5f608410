from typing import Any

from closeknit.core.export import section

from .models import AuditEvent


@section("account")
def export_account(user: Any) -> dict[str, Any]:
    return {
        "email": user.email,
        "display_name": user.display_name,
        "date_joined": user.date_joined.isoformat(),
        "time_zone": user.time_zone,
    }


@section("security_log")
def export_security_log(user: Any) -> list[dict[str, Any]]:
    events = AuditEvent.objects.filter(user=user).order_by("created_at")
    return [{"kind": e.kind, "at": e.created_at.isoformat(), "ip": e.ip} for e in events]
