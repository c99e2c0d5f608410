"""Check-ins: how am I, right now, in under a minute. Private unless shared."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import transaction

from closeknit.accounts.models import User
from closeknit.content.feelings import FEELINGS, NEEDS
from closeknit.core.errors import Invalid, NotFound
from closeknit.sharing import services as sharing
from closeknit.sharing.models import Share

from .models import CheckIn

FEELINGS_MAX = 5


def _check(
    *, mood: int, energy: int, feelings: Sequence[str], need: str
) -> tuple[list[str], dict[str, list[str]]]:
    errors: dict[str, list[str]] = {}
    for name, value in (("mood", mood), ("energy", energy)):
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
            errors[name] = ["Choose a number from 1 to 5."]
    chosen = list(dict.fromkeys(feelings))  # keep order, drop repeats
    unknown = [word for word in chosen if word not in FEELINGS]
    if unknown:
        errors["feelings"] = [f"These aren't in the feelings list: {', '.join(unknown)}."]
    elif len(chosen) > FEELINGS_MAX:
        errors["feelings"] = [f"Pick up to {FEELINGS_MAX} feelings; you picked {len(chosen)}."]
    if need and need not in NEEDS:
        errors["need"] = ["Choose one of the needs in the list, or leave it empty."]
    return chosen, errors


def check_in(
    *,
    user: User,
    mood: int,
    energy: int,
    feelings: Sequence[str] = (),
    need: str = "",
    note: str = "",
    relationship_id: int | None = None,
) -> CheckIn:
    """Record a check-in. With a relationship, it is also shared there (a Share the
    other person can see and respond to); without one, it stays in your private journal."""
    chosen, errors = _check(mood=mood, energy=energy, feelings=feelings, need=need)
    try:
        cleaned = sharing.clean_text(note, limit=sharing.TEXT_MAX, field="note", required=False)
    except Invalid as exc:
        errors.update(exc.fields)
    if errors:
        raise Invalid("Please check the highlighted answers.", fields=errors)
    with transaction.atomic():
        share = None
        if relationship_id is not None:
            share = sharing.create_share(
                user=user, relationship_id=relationship_id, text="", kind=Share.Kind.CHECKIN
            )
        return CheckIn.objects.create(
            owner=user,
            mood=mood,
            energy=energy,
            feelings=chosen,
            need=need,
            note=cleaned,
            share=share,
        )


def journal(*, user: User, limit: int = 30, before_id: int | None = None) -> list[CheckIn]:
    """This person's own check-ins, newest first."""
    rows = CheckIn.objects.visible_to(user).select_related("share")
    if before_id is not None:
        rows = rows.filter(pk__lt=before_id)
    return list(rows.order_by("-pk")[:limit])


def latest(*, user: User) -> CheckIn | None:
    return CheckIn.objects.visible_to(user).order_by("-created_at", "-pk").first()


def checkin_for(*, user: User, checkin_id: int) -> CheckIn:
    found = CheckIn.objects.visible_to(user).select_related("share").filter(pk=checkin_id).first()
    if found is None:
        raise NotFound()
    return found
