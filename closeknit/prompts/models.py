"""Conversation prompts, answered privately and revealed together.

Library prompts come from content/prompts.json (their text stays in the file; the table
keeps what drawing needs). A pair's own prompts live here with their text encrypted.
A round is one prompt drawn by a pair; each answer stays private until both have
answered, and then each becomes a Share (kind "answer") that the other can respond to.
Passing sets a round aside without recording who passed.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from closeknit.content.prompt_library import DEPTHS, THEMES
from closeknit.core.fields import EncryptedTextField
from closeknit.relationships.models import Member, Relationship
from closeknit.sharing.models import Share, current_ids

THEME_CHOICES = list(THEMES.items())
DEPTH_CHOICES = [(n, name) for n, name in DEPTHS.items()]


class PromptQuerySet(models.QuerySet["Prompt"]):
    def visible_to(self, user: Any) -> PromptQuerySet:
        """The library, and the pair's own prompts of the person's current relationships."""
        if not getattr(user, "is_authenticated", False):
            return self.filter(relationship__isnull=True, retired=False)
        author_present = Exists(
            Member.objects.current().filter(
                user=OuterRef("author"), relationship=OuterRef("relationship")
            )
        )
        return self.filter(
            Q(relationship__isnull=True) | Q(author_present, relationship_id__in=current_ids(user)),
            retired=False,
        )


class Prompt(models.Model):
    key = models.CharField(max_length=80, unique=True, null=True, blank=True)
    depth = models.PositiveSmallIntegerField(choices=DEPTH_CHOICES)
    theme = models.CharField(max_length=24, choices=THEME_CHOICES)
    kinds = models.JSONField(default=list)
    # A pair's own prompt: its relationship, who wrote it, and the text (encrypted).
    relationship = models.ForeignKey(
        Relationship, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Null for library prompts: their text is in the file, and the library is loaded
    # during migrate, before a new install has its encryption key.
    own_text = EncryptedTextField(null=True, blank=True, default=None)
    retired = models.BooleanField(default=False)  # gone from the library file
    created_at = models.DateTimeField(default=timezone.now)

    objects = PromptQuerySet.as_manager()

    def __str__(self) -> str:
        return self.key or f"own prompt {self.pk}"

    @property
    def text(self) -> str:
        if self.key:
            from .library import library_text

            return library_text(self.key)
        # Cleared when its author left: their words went with them.
        return self.own_text or "A prompt from someone who has since left."

    @property
    def own(self) -> bool:
        return self.relationship_id is not None


class RoundQuerySet(models.QuerySet["PromptRound"]):
    def visible_to(self, user: Any) -> RoundQuerySet:
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(relationship_id__in=current_ids(user))


class PromptRound(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", "Waiting for answers"
        REVEALED = "revealed", "Revealed"
        SET_ASIDE = "set_aside", "Set aside"

    relationship = models.ForeignKey(Relationship, on_delete=models.CASCADE, related_name="+")
    prompt = models.ForeignKey(Prompt, on_delete=models.CASCADE, related_name="rounds")
    created_at = models.DateTimeField(default=timezone.now)
    revealed_at = models.DateTimeField(null=True, blank=True)
    set_aside_at = models.DateTimeField(null=True, blank=True)  # by a pass: never says whose

    objects = RoundQuerySet.as_manager()

    class Meta:
        indexes: ClassVar = [models.Index(fields=["relationship", "created_at"])]

    def __str__(self) -> str:
        return f"round {self.pk}"

    @property
    def status(self) -> str:
        if self.revealed_at:
            return self.Status.REVEALED
        if self.set_aside_at:
            return self.Status.SET_ASIDE
        return self.Status.OPEN


class Answer(models.Model):
    """One person's answer in a round: private until both have answered."""

    round = models.ForeignKey(PromptRound, on_delete=models.CASCADE, related_name="answers")
    relationship = models.ForeignKey(Relationship, on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = EncryptedTextField()
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    # Made at the reveal: from then on the answer is shared like any share.
    share = models.OneToOneField(
        Share, null=True, blank=True, on_delete=models.SET_NULL, related_name="answer"
    )

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["round", "author"], name="one_answer_each")
        ]

    def __str__(self) -> str:
        return f"answer {self.pk}"


class DepthConsent(models.Model):
    """How deep one person is open to going right now, in one relationship. Private: the
    other person only ever sees the pair's level (the lower of the two)."""

    relationship = models.ForeignKey(Relationship, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    max_depth = models.PositiveSmallIntegerField(choices=DEPTH_CHOICES, default=1)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["relationship", "user"], name="one_consent_each")
        ]

    def __str__(self) -> str:
        return f"depth {self.max_depth} for {self.user_id} in {self.relationship_id}"


class Boundary(models.Model):
    """A theme one person has marked "not now" in one relationship. The other person sees
    only that the theme is resting, never who chose it."""

    relationship = models.ForeignKey(Relationship, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    theme = models.CharField(max_length=24, choices=THEME_CHOICES)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints: ClassVar = [
            models.UniqueConstraint(fields=["relationship", "user", "theme"], name="one_rest_each")
        ]

    def __str__(self) -> str:
        return f"{self.theme} resting for {self.user_id} in {self.relationship_id}"
