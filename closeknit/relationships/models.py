from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from django.utils import timezone

from closeknit.core.fields import EncryptedTextField


class Kind(models.TextChoices):
    PARTNER = "partner", "Partner"
    FRIEND = "friend", "Friend"
    FAMILY = "family", "Family"
    OTHER = "other", "Other"


class RelationshipQuerySet(models.QuerySet["Relationship"]):
    def for_member(self, user: Any) -> RelationshipQuerySet:
        """The relationships this person currently belongs to. Every read goes through here."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(members__user=user, members__left_at__isnull=True)

    def with_members(self) -> RelationshipQuerySet:
        """Each with its members and their people, in one more query."""
        return self.prefetch_related(
            models.Prefetch("members", queryset=Member.objects.select_related("user"))
        )


class Relationship(models.Model):
    """A space shared by two people, with its own sharing."""

    kind = models.CharField(max_length=16, choices=Kind.choices)
    created_at = models.DateTimeField(default=timezone.now)

    objects = RelationshipQuerySet.as_manager()

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}"

    def current_members(self) -> list[Member]:
        """Its current members, not former ones (uses prefetched members when there are
        any)."""
        return [m for m in self.members.all() if m.left_at is None]

    def present_user_ids(self) -> list[int]:
        """The ids of its current members (uses prefetched members when there are any)."""
        return [m.user_id for m in self.current_members()]


class MemberQuerySet(models.QuerySet["Member"]):
    def current(self) -> MemberQuerySet:
        return self.filter(left_at__isnull=True)


class Member(models.Model):
    """A person's place in a relationship. `left_at` marks a former member."""

    relationship = models.ForeignKey(Relationship, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    joined_at = models.DateTimeField(default=timezone.now)
    left_at = models.DateTimeField(null=True, blank=True)
    # When this person last looked at the relationship's timeline: the home page shows
    # what arrived since.
    seen_at = models.DateTimeField(null=True, blank=True)

    objects = MemberQuerySet.as_manager()

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["relationship", "user"], name="one_membership_each")
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.relationship}"


class InviteQuerySet(models.QuerySet["Invite"]):
    def created_by(self, user: Any) -> InviteQuerySet:
        """Invites this person made (the only person who can list or revoke them)."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(created_by=user)

    def open(self) -> InviteQuerySet:
        return self.filter(
            revoked_at__isnull=True, accepted_at__isnull=True, expires_at__gt=timezone.now()
        )


class Invite(models.Model):
    """A one-time code that starts a relationship when the other person accepts it."""

    class Status(models.TextChoices):
        OPEN = "open", "Waiting"
        ACCEPTED = "accepted", "Accepted"
        REVOKED = "revoked", "Cancelled"
        EXPIRED = "expired", "Expired"

    # The code is a secret: looked up by digest, and kept encrypted so its maker can
    # copy the link again later.
    code_digest = models.CharField(max_length=64, unique=True)
    code = EncryptedTextField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="invites"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    note = EncryptedTextField(blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    relationship = models.ForeignKey(
        Relationship, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = InviteQuerySet.as_manager()

    def __str__(self) -> str:
        return f"invite {self.pk} ({self.status})"

    @property
    def status(self) -> str:
        if self.accepted_at:
            return self.Status.ACCEPTED
        if self.revoked_at:
            return self.Status.REVOKED
        if self.expires_at <= timezone.now():
            return self.Status.EXPIRED
        return self.Status.OPEN
