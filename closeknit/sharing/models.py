"""What two people put into their relationship: shares, responses, ratings, appreciations.

Visibility lives in one place per model, the `visible_to(user)` queryset. An item is
visible to a person only while:
- the person is a current member of the item's relationship,
- its author is still a current member (leaving takes your words with you),
- it has not been withdrawn (and, for a response, neither has the share it answers).
Anything else is answered with 404 by the services, never 403.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, Self, TypeVar

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils import timezone

from closeknit.core.fields import EncryptedTextField
from closeknit.relationships.models import Member, Relationship

M = TypeVar("M", bound=models.Model)
# Says that the author at this lookup path is a current member of the relationship at
# that one: a subquery (visible_to) or a list of ids (visible_in).
Present = Callable[[str, str], Q | Exists]


class Depth(models.TextChoices):
    LIGHT = "light", "Light"
    MEDIUM = "medium", "Medium"
    DEEP = "deep", "Deep"


class After(models.TextChoices):
    """How the person who shared feels afterwards."""

    RELIEVED = "relieved", "Relieved"
    NEUTRAL = "neutral", "Neutral"
    EXPOSED = "exposed", "Exposed"


def current_ids(user: Any) -> models.QuerySet[Member, Any]:
    return Member.objects.current().filter(user=user).values("relationship_id")


def _author_present(author: str = "author", relationship: str = "relationship") -> Exists:
    return Exists(
        Member.objects.current().filter(user=OuterRef(author), relationship=OuterRef(relationship))
    )


class SharedQuerySet(models.QuerySet[M]):
    def visible_to(self, user: Any) -> Self:
        """Items this person may see right now (see the module docstring)."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self._visible(Q(relationship_id__in=current_ids(user)), _author_present)

    def visible_in(self, relationship: Relationship, user: Any) -> Self:
        """The same rule as visible_to, within one relationship the caller loaded with its
        members through Relationship.objects.for_member (relationship_for). Membership then
        becomes a short list of ids instead of subqueries, which PostgreSQL plans far
        faster; tests check both give the same answer."""
        present = relationship.present_user_ids()
        if getattr(user, "pk", None) not in present:
            return self.none()

        # Everything read here is in this one relationship, so the ids say it all.
        def in_present(author: str, _relationship: str) -> Q:
            return Q(**{f"{author}_id__in": present})

        return self._visible(Q(relationship_id=relationship.pk), in_present)

    def _visible(self, relationship: Q, present: Present) -> Self:
        """The privacy rule of the module docstring, written once for visible_to and
        visible_in, which differ only in how they state membership: `relationship` picks
        the viewer's relationships, and `present(author, relationship)` holds while that
        author is a current member of that relationship."""
        return self.filter(
            relationship, present("author", "relationship"), withdrawn_at__isnull=True
        )

    def authored_by(self, user: Any) -> SharedQuerySet[M]:
        """Everything this person wrote, withdrawn or not (their export)."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(author=user)


class SharedItem(models.Model):
    """Common to everything a person puts into a relationship."""

    relationship = models.ForeignKey(Relationship, on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True


class Share(SharedItem):
    """Something a person lets the other into: a free share, or a shared check-in."""

    class Kind(models.TextChoices):
        FREE = "free", "Something on my mind"
        CHECKIN = "checkin", "Check-in"
        ANSWER = "answer", "Answer to a prompt"

    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.FREE)
    # A shared check-in keeps its note on the CheckIn (it stays in the journal when
    # withdrawn), and a revealed answer its text on the Answer, so their text here is empty.
    text = EncryptedTextField(blank=True, default="")
    depth = models.CharField(max_length=8, choices=Depth.choices, blank=True, default="")

    objects: ClassVar[SharedQuerySet[Share]] = SharedQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        indexes: ClassVar = [models.Index(fields=["relationship", "created_at", "id"])]

    def __str__(self) -> str:
        return f"share {self.pk}"

    @property
    def body(self) -> str:
        """What the person wrote: the text, a shared check-in's note, or a revealed answer."""
        if self.kind == self.Kind.CHECKIN:
            checkin = getattr(self, "checkin", None)
            return checkin.note if checkin else ""
        if self.kind == self.Kind.ANSWER:
            answer = getattr(self, "answer", None)
            return answer.text if answer else ""
        return self.text

    @property
    def prompt_text(self) -> str | None:
        """For a revealed answer, the prompt it answers."""
        answer = getattr(self, "answer", None) if self.kind == self.Kind.ANSWER else None
        return answer.round.prompt.text if answer else None


class ResponseQuerySet(SharedQuerySet["Response"]):
    def _visible(self, relationship: Q, present: Present) -> Self:
        """A response is visible while it and the share it answers are both visible."""
        return (
            super()
            ._visible(relationship, present)
            .filter(
                present("share__author", "share__relationship"),
                share__isnull=False,
                share__withdrawn_at__isnull=True,
            )
        )

    def answering_shares_of(self, user: Any) -> ResponseQuerySet:
        """Responses others wrote to this person's own shares, for their export: another
        person's words, so only while not withdrawn and while their author is still a
        member (leaving takes them away). The exporter may have left; their shares are
        still theirs."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(
            _author_present(), share__author=user, withdrawn_at__isnull=True
        ).exclude(author=user)

    def with_helped(self) -> ResponseQuerySet:
        """Annotates `helped`: the sharer sent "that really helped", which both may see."""
        sent = ResponseRating.objects.filter(response=OuterRef("pk"), helped=True)
        return self.annotate(helped=Exists(sent))

    def for_viewer(self, user: Any) -> ResponseQuerySet:
        """What this person may know about how each response landed: `helped` (see
        with_helped), and `rating` loaded only where this person gave it (the numbers are
        the sharer's alone)."""
        mine = ResponseRating.objects.visible_to(user)
        return self.with_helped().prefetch_related(Prefetch("rating", queryset=mine))


def rating_of(response: Response) -> ResponseRating | None:
    """The rating loaded by Response.objects.for_viewer (only ever the viewer's own). A
    response loaded any other way has none here: this never queries on its own."""
    if not Response.rating.is_cached(response):
        return None
    try:
        return response.rating
    except ObjectDoesNotExist:
        return None


class Response(SharedItem):
    """A reply to a share. A conversation can have as many as it needs."""

    # SET_NULL: when the sharer deletes their account, the responder's words stay theirs
    # (in their export) although no one can see them in the relationship any more.
    share = models.ForeignKey(Share, null=True, on_delete=models.SET_NULL, related_name="responses")
    text = EncryptedTextField()
    # The coach's label names for the sent text: for the author's own patterns only.
    coach_labels = models.JSONField(default=list, blank=True)

    objects: ClassVar[ResponseQuerySet] = ResponseQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        indexes: ClassVar = [models.Index(fields=["relationship", "created_at", "id"])]

    def __str__(self) -> str:
        return f"response {self.pk}"


class RatingQuerySet(models.QuerySet["ResponseRating"]):
    def visible_to(self, user: Any) -> RatingQuerySet:
        """Only the person who gave a rating ever sees it."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(rater=user, relationship_id__in=current_ids(user))


class ResponseRating(models.Model):
    """How a response landed, given by the person who shared. Private to them.

    The responder only ever learns `helped`, and only when the sharer chose to send it.
    The scores may be empty when the sharer only tapped "that really helped".
    """

    response = models.OneToOneField(Response, on_delete=models.CASCADE, related_name="rating")
    relationship = models.ForeignKey(Relationship, on_delete=models.CASCADE, related_name="+")
    rater = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    understood = models.PositiveSmallIntegerField(null=True, blank=True)
    accepted = models.PositiveSmallIntegerField(null=True, blank=True)
    cared_for = models.PositiveSmallIntegerField(null=True, blank=True)
    after = models.CharField(max_length=8, choices=After.choices, blank=True, default="")
    helped = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    objects = RatingQuerySet.as_manager()

    class Meta:
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=Q(understood__isnull=True) | Q(understood__gte=1, understood__lte=5),
                name="understood_1_to_5",
            ),
            models.CheckConstraint(
                condition=Q(accepted__isnull=True) | Q(accepted__gte=1, accepted__lte=5),
                name="accepted_1_to_5",
            ),
            models.CheckConstraint(
                condition=Q(cared_for__isnull=True) | Q(cared_for__gte=1, cared_for__lte=5),
                name="cared_for_1_to_5",
            ),
        ]

    def __str__(self) -> str:
        return f"rating of response {self.response_id}"

    @property
    def scored(self) -> bool:
        return self.understood is not None


class Appreciation(SharedItem):
    """A specific thank-you, sent into a relationship."""

    text = EncryptedTextField()

    objects: ClassVar[SharedQuerySet[Appreciation]] = SharedQuerySet.as_manager()  # type: ignore[assignment]

    class Meta:
        indexes: ClassVar = [models.Index(fields=["relationship", "created_at", "id"])]

    def __str__(self) -> str:
        return f"appreciation {self.pk}"
