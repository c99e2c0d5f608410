"""The intimacy loop: share, respond, say how it landed, appreciate, withdraw.

Every read goes through the models' `visible_to(user)` querysets; anything a person may
not see or change is NotFound (404), so existence never leaks.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from closeknit.accounts.models import User
from closeknit.core.errors import Invalid, NotFound
from closeknit.relationships.models import Member
from closeknit.relationships.services import relationship_for

from .models import After, Appreciation, Depth, Response, ResponseRating, Share, current_ids
from .timeline import Entry

TEXT_MAX = 5000
APPRECIATION_MAX = 1000


def clean_text(text: str, *, limit: int, field: str = "text", required: bool = True) -> str:
    """The text to store, or Invalid with a message that names the limit."""
    cleaned = (text or "").strip()
    if required and not cleaned:
        raise Invalid("Write something first.", fields={field: ["Write something first."]})
    if len(cleaned) > limit:
        message = (
            f"Keep it to {limit:,} characters or fewer; this has {len(cleaned):,}. "
            "Nothing you wrote is lost."
        )
        raise Invalid(message, code="too_long", fields={field: [message]})
    return cleaned


def check_depth(depth: str | None) -> str:
    if not depth:
        return ""
    if depth not in Depth.values:
        message = "Choose light, medium or deep, or leave it empty."
        raise Invalid(message, fields={"depth": [message]})
    return depth


def create_share(
    *,
    user: User,
    relationship_id: int,
    text: str,
    depth: str | None = None,
    kind: str = Share.Kind.FREE,
) -> Share:
    """Put something on your mind into one of your relationships."""
    relationship = relationship_for(user=user, relationship_id=relationship_id)
    required = kind == Share.Kind.FREE
    cleaned = clean_text(text, limit=TEXT_MAX, required=required)
    return Share.objects.create(
        relationship=relationship, author=user, kind=kind, text=cleaned, depth=check_depth(depth)
    )


def share_for(
    *, user: User, share_id: int, relationship_id: int | None = None, authored: bool = False
) -> Share:
    """A share this person can see right now (with `authored`, one of their own), or
    NotFound."""
    found = (
        Share.objects.visible_to(user)
        .select_related("author", "checkin", "answer__round__prompt")
        .filter(pk=share_id)
    )
    if relationship_id is not None:
        found = found.filter(relationship_id=relationship_id)
    if authored:
        found = found.filter(author=user)
    share = found.first()
    if share is None:
        raise NotFound()
    return share


def conversation(*, user: User, share: Share) -> list[Response]:
    """The visible responses to a share, oldest first, with what the viewer may know of
    how each landed."""
    return list(
        Response.objects.visible_to(user)
        .filter(share=share)
        .select_related("author")
        .for_viewer(user)
        .order_by("created_at", "id")
    )


def coach_labels(text: str, replying_to: str) -> list[str]:
    # Imported here: the coach is a pure package and loads its weights once, on first use.
    from closeknit.coach import analyze

    analysis = analyze(text, replying_to=replying_to or None, mode="reply")
    return sorted({label.label for label in analysis.labels})


def respond(*, user: User, share_id: int, text: str) -> Response:
    """Reply to a share (either person, as often as the conversation needs).

    Only the names of the coach's labels for the sent text are kept, for the author's
    own patterns; the draft itself is never stored.
    """
    cleaned = clean_text(text, limit=TEXT_MAX)
    with transaction.atomic():
        share = share_for(user=user, share_id=share_id)
        replying_to = share.body
        return Response.objects.create(
            relationship_id=share.relationship_id,
            share=share,
            author=user,
            text=cleaned,
            coach_labels=coach_labels(cleaned, replying_to),
        )


def response_to_rate(
    *, user: User, response_id: int, relationship_id: int | None = None
) -> Response:
    """A response the person may rate: written by the other person, to their own share."""
    found = (
        Response.objects.visible_to(user)
        .select_related("share", "author")
        .for_viewer(user)
        .filter(pk=response_id, share__author=user)
        .exclude(author=user)
    )
    if relationship_id is not None:
        found = found.filter(relationship_id=relationship_id)
    response = found.first()
    if response is None:
        raise NotFound()
    return response


def _score(name: str, value: int | None, errors: dict[str, list[str]]) -> None:
    if value is None or not isinstance(value, int) or not 1 <= value <= 5:
        errors[name] = ["Choose a number from 1 to 5."]


def rate_response(
    *,
    user: User,
    response_id: int,
    understood: int,
    accepted: int,
    cared_for: int,
    after: str,
    helped: bool | None = False,
    relationship_id: int | None = None,
) -> ResponseRating:
    """Say how a response to your share landed. Only you ever see these numbers; the
    responder learns only `helped`, if you choose to send it (None leaves it as it was)."""
    errors: dict[str, list[str]] = {}
    _score("understood", understood, errors)
    _score("accepted", accepted, errors)
    _score("cared_for", cared_for, errors)
    if after not in After.values:
        errors["after"] = ["Choose relieved, neutral or exposed."]
    response = response_to_rate(user=user, response_id=response_id, relationship_id=relationship_id)
    if errors:
        raise Invalid("Please check the highlighted answers.", fields=errors)
    values: dict[str, Any] = {
        "relationship_id": response.relationship_id,
        "rater": user,
        "understood": understood,
        "accepted": accepted,
        "cared_for": cared_for,
        "after": after,
        "updated_at": timezone.now(),
    }
    if helped is not None:  # None: leave "that really helped" as it was
        values["helped"] = helped
    rating, _ = ResponseRating.objects.update_or_create(response=response, defaults=values)
    return rating


def mark_helped(
    *, user: User, response_id: int, helped: bool = True, relationship_id: int | None = None
) -> ResponseRating:
    """Tell the responder "that really helped" (or take it back)."""
    response = response_to_rate(user=user, response_id=response_id, relationship_id=relationship_id)
    rating, _ = ResponseRating.objects.update_or_create(
        response=response,
        defaults={
            "relationship_id": response.relationship_id,
            "rater": user,
            "helped": helped,
            "updated_at": timezone.now(),
        },
    )
    return rating


def appreciate(*, user: User, relationship_id: int, text: str) -> Appreciation:
    """Send a specific thank-you into one of your relationships."""
    relationship = relationship_for(user=user, relationship_id=relationship_id)
    cleaned = clean_text(text, limit=APPRECIATION_MAX)
    return Appreciation.objects.create(relationship=relationship, author=user, text=cleaned)


def _withdraw(
    model: type[Share] | type[Response] | type[Appreciation],
    user: User,
    pk: int,
    relationship_id: int | None,
) -> None:
    # Only the author, and only while they are still in the relationship.
    # Looked up among the author's own items, not the visible ones: a response stays
    # theirs to withdraw even after the share it answered has gone.
    mine = model.objects.authored_by(user).filter(pk=pk, relationship_id__in=current_ids(user))
    if relationship_id is not None:
        mine = mine.filter(relationship_id=relationship_id)
    item = mine.first()
    if item is None:
        raise NotFound()
    if item.withdrawn_at is None:  # withdrawing twice is fine: it is already gone
        item.withdrawn_at = timezone.now()
        item.save(update_fields=["withdrawn_at"])


def withdraw_share(*, user: User, share_id: int, relationship_id: int | None = None) -> None:
    """Take back something you shared. It disappears for the other person everywhere at
    once, and their responses to it go with it (they stay in the responder's export)."""
    _withdraw(Share, user, share_id, relationship_id)


def withdraw_response(*, user: User, response_id: int, relationship_id: int | None = None) -> None:
    """Take back a response you wrote."""
    _withdraw(Response, user, response_id, relationship_id)


def withdraw_appreciation(
    *, user: User, appreciation_id: int, relationship_id: int | None = None
) -> None:
    """Take back a thank-you you sent."""
    _withdraw(Appreciation, user, appreciation_id, relationship_id)


def whats_new(*, user: User, limit: int = 12) -> list[Entry]:
    """What the other people in this person's relationships put in since they last looked
    at each timeline, newest first (shares, responses, appreciations)."""
    since = Q()
    for member in Member.objects.current().filter(user=user):
        seen = member.seen_at or member.joined_at
        since |= Q(relationship_id=member.relationship_id, created_at__gt=seen)
    if not since:
        return []
    querysets: list[tuple[str, Any]] = [
        ("share", Share.objects.select_related("author", "checkin", "answer__round__prompt")),
        ("response", Response.objects.select_related("author", "share", "share__author")),
        ("appreciation", Appreciation.objects.select_related("author")),
    ]
    entries: list[Entry] = []
    for kind, queryset in querysets:
        rows = (
            queryset.visible_to(user)
            .filter(since)
            .exclude(author=user)
            .order_by("-created_at", "-pk")[:limit]
        )
        entries += [Entry(kind, row) for row in rows]
    entries.sort(key=lambda entry: entry.key, reverse=True)
    return entries[:limit]


def mark_seen(*, user: User, relationship_id: int) -> None:
    """Record that this person has looked at the relationship's timeline just now."""
    Member.objects.current().filter(user=user, relationship_id=relationship_id).update(
        seen_at=timezone.now()
    )
