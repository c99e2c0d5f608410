"""Relationship rules: invites, accepting, leaving."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import QuerySet
from django.dispatch import Signal
from django.urls import reverse
from django.utils import timezone

from closeknit.accounts.models import User
from closeknit.core.errors import Conflict, Gone, Invalid, NotFound

from .models import Invite, Kind, Member, Relationship

INVITE_LIFETIME = timedelta(hours=48)

# Sent (inside the transaction) just before someone leaves a relationship, or when their
# account is deleted, with `user` and `relationship_id`: apps take that person's words
# out of the other person's view.
member_leaving = Signal()
NOTE_MAX = 500
OPEN_INVITES_MAX = 20
# Crockford's base32: no I, L, O or U, so a code read aloud or typed from a screen survives.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 12  # 60 bits


def new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def normalize_code(code: str) -> str:
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("OILU", "011V"))
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


def _digest(code: str) -> str:
    return hashlib.sha256(normalize_code(code).encode()).hexdigest()


def invite_url(code: str) -> str:
    return settings.BASE_URL + reverse("relationships:join", kwargs={"code": code})


def create_invite(*, user: User, kind: str, note: str = "") -> Invite:
    """Make a one-time invite code (valid 48 hours) for a new relationship of this kind."""
    errors: dict[str, list[str]] = {}
    if kind not in Kind.values:
        errors["kind"] = ["Choose partner, friend, family or other."]
    if len(note) > NOTE_MAX:
        errors["note"] = [f"Keep the note to {NOTE_MAX} characters or fewer."]
    if errors:
        raise Invalid("Please check the highlighted fields.", fields=errors)
    if Invite.objects.created_by(user).open().count() >= OPEN_INVITES_MAX:
        raise Conflict(
            f"You have {OPEN_INVITES_MAX} invites waiting. Cancel one before making another.",
            code="too_many_invites",
        )
    code = new_code()
    return Invite.objects.create(
        code_digest=_digest(code),
        code=code,
        created_by=user,
        kind=kind,
        note=note.strip(),
        expires_at=timezone.now() + INVITE_LIFETIME,
    )


def invite_by_code(*, code: str) -> Invite:
    """Whoever holds the code may see the invite; anyone else gets NotFound."""
    found = Invite.objects.select_related("created_by").filter(code_digest=_digest(code)).first()
    if found is None:
        raise NotFound(
            "We couldn't find that invite code. Check it letter by letter, or ask for a new one.",
            code="invite_not_found",
        )
    return found


def _usable(invite: Invite) -> Invite:
    status = invite.status
    if status == Invite.Status.ACCEPTED:
        raise Gone("This invite has already been used. Ask for a new one.", code="invite_used")
    if status == Invite.Status.REVOKED:
        raise Gone("This invite was cancelled by the person who made it.", code="invite_revoked")
    if status == Invite.Status.EXPIRED:
        raise Gone(
            "This invite has expired (invites last 48 hours). Ask for a new one.",
            code="invite_expired",
        )
    return invite


def find_open_invite(*, code: str) -> Invite:
    """The invite for this code, if it can still be accepted; otherwise a clear error."""
    return _usable(invite_by_code(code=code))


def shared_relationship(a: User, b: User) -> Relationship | None:
    return Relationship.objects.for_member(a).filter(pk__in=_current_ids(b)).first()


def _current_ids(user: User) -> QuerySet[Member, int]:
    return Member.objects.current().filter(user=user).values_list("relationship_id", flat=True)


def accept_invite(*, user: User, code: str) -> Relationship:
    """Accept an invite: a new relationship with its maker. One use only."""
    with transaction.atomic():
        found = invite_by_code(code=code)
        invite = _usable(Invite.objects.select_for_update().get(pk=found.pk))
        inviter = found.created_by
        if inviter.pk == user.pk:
            raise Conflict(
                "This is your own invite. Send the link to the person you want to invite.",
                code="own_invite",
            )
        existing = shared_relationship(inviter, user)
        if existing is not None:
            raise Conflict(
                f"You and {inviter.display_name} already share a space "
                f"({existing.get_kind_display().lower()}).",
                code="already_connected",
            )
        now = timezone.now()
        relationship = Relationship.objects.create(kind=invite.kind, created_at=now)
        Member.objects.bulk_create(
            [
                Member(relationship=relationship, user=inviter, joined_at=now),
                Member(relationship=relationship, user=user, joined_at=now),
            ]
        )
        invite.accepted_at = now
        invite.accepted_by = user
        invite.relationship = relationship
        invite.save(update_fields=["accepted_at", "accepted_by", "relationship"])
    return relationship


def revoke_invite(*, user: User, code: str) -> None:
    """Cancel one of your own invites. Someone else's invite is NotFound."""
    invite = Invite.objects.created_by(user).filter(code_digest=_digest(code)).first()
    if invite is None:
        raise NotFound("We couldn't find that invite among yours.", code="invite_not_found")
    if invite.accepted_at:
        raise Conflict("This invite has already been accepted.", code="invite_used")
    if invite.revoked_at is None:
        invite.revoked_at = timezone.now()
        invite.save(update_fields=["revoked_at"])


def own_open_invite(*, user: User, code: str) -> Invite:
    """One of this person's own open invites; anyone else's (or a closed one) is NotFound."""
    found = Invite.objects.created_by(user).open().filter(code_digest=_digest(code)).first()
    if found is None:
        raise NotFound()
    return found


def open_invites(*, user: User) -> list[Invite]:
    return list(Invite.objects.created_by(user).open().order_by("-created_at"))


def relationships_of(*, user: User) -> list[Relationship]:
    return list(Relationship.objects.for_member(user).with_members().order_by("created_at"))


def relationship_for(*, user: User, relationship_id: int) -> Relationship:
    """One of the person's current relationships, or NotFound (never 'forbidden')."""
    # The members and their people in one query, not two: every page and API call in a
    # relationship starts here.
    found = Relationship.objects.for_member(user).with_members().filter(pk=relationship_id).first()
    if found is None:
        raise NotFound()
    return found


def other_member(relationship: Relationship, user: User) -> Member | None:
    """The other person in the relationship (a former member too, so the page can say so)."""
    return next((m for m in relationship.members.all() if m.user_id != user.pk), None)


def leave_relationship(*, user: User, relationship_id: int) -> None:
    """Leave a relationship.

    What you shared disappears for the other person; what they wrote stays theirs.
    """
    relationship = relationship_for(user=user, relationship_id=relationship_id)
    with transaction.atomic():
        member_leaving.send(Member, user=user, relationship_id=relationship.pk)
        Member.objects.filter(relationship=relationship, user=user).update(left_at=timezone.now())


def relationship_ids_of(*, user: User) -> list[int]:
    return list(Member.objects.filter(user=user).values_list("relationship_id", flat=True))


def delete_empty_relationships(ids: Iterable[int]) -> None:
    Relationship.objects.filter(pk__in=list(ids), members__isnull=True).delete()
