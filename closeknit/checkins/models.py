"""Daily check-ins: a private journal entry, optionally shared into one relationship."""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from closeknit.core.fields import EncryptedTextField
from closeknit.sharing.models import Share


class CheckInQuerySet(models.QuerySet["CheckIn"]):
    def visible_to(self, user: Any) -> CheckInQuerySet:
        """A check-in itself is only ever its owner's. The other person sees a shared one
        through its Share, which follows the sharing rules (withdrawal, leaving)."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(owner=user)


class CheckIn(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="checkins"
    )
    mood = models.PositiveSmallIntegerField()
    energy = models.PositiveSmallIntegerField()
    feelings = models.JSONField(default=list, blank=True)  # slugs from content.feelings
    need = models.CharField(max_length=16, blank=True, default="")
    note = EncryptedTextField(blank=True, default="")
    created_at = models.DateTimeField(default=timezone.now)
    # Set when shared into a relationship. Withdrawing the share keeps the check-in in
    # the owner's journal, private again.
    share = models.OneToOneField(
        Share, null=True, blank=True, on_delete=models.SET_NULL, related_name="checkin"
    )

    objects = CheckInQuerySet.as_manager()

    class Meta:
        indexes: ClassVar = [models.Index(fields=["owner", "created_at"])]
        constraints: ClassVar = [
            models.CheckConstraint(condition=Q(mood__gte=1, mood__lte=5), name="mood_1_to_5"),
            models.CheckConstraint(condition=Q(energy__gte=1, energy__lte=5), name="energy_1_to_5"),
        ]

    def __str__(self) -> str:
        return f"check-in {self.pk}"
