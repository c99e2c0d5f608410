"""Prompt rounds at each person's pace.

- Each person sets how deep they are open to going and which themes rest for now; the
  pair draws only up to the lower depth and never from a resting theme. Both settings
  are private: the other person sees the pair's level and the resting themes, never who
  chose what.
- Answers stay private until both people have answered; the second answer reveals both
  at once, and each becomes a share the other can respond to.
- Passing sets a round aside. Who passed is not recorded anywhere, so it can never be
  shown or counted.
- A pair meets a prompt again only after every prompt that fits them has been drawn.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.db.models import Max, Q, QuerySet
from django.utils import timezone

from closeknit.accounts.models import User
from closeknit.content.prompt_library import DEPTHS, KINDS, THEMES
from closeknit.core.errors import Conflict, Invalid, NotFound
from closeknit.relationships.models import Relationship
from closeknit.relationships.services import relationship_for
from closeknit.sharing.models import Share
from closeknit.sharing.services import TEXT_MAX, clean_text

from .models import Answer, Boundary, DepthConsent, Prompt, PromptRound

DEFAULT_DEPTH = 1  # nobody is taken deeper than light until they say so
OWN_PROMPT_MAX = 280


@dataclass(frozen=True)
class Pace:
    max_depth: int  # the caller's own setting
    resting_themes: list[str]  # the caller's own "not now" themes
    pair_depth: int  # the lower of the two: what the pair draws up to
    pair_resting: list[str]  # every resting theme, without saying whose


def _check_depth(depth: object, field: str = "max_depth") -> int:
    if isinstance(depth, bool) or not isinstance(depth, int) or depth not in DEPTHS:
        message = "Choose 1 (light), 2 (medium) or 3 (deep)."
        raise Invalid(message, fields={field: [message]})
    return depth


def _check_themes(themes: Iterable[str], field: str = "resting_themes") -> list[str]:
    chosen = list(dict.fromkeys(themes))
    unknown = [t for t in chosen if t not in THEMES]
    if unknown:
        message = f"These aren't themes: {', '.join(unknown)}."
        raise Invalid(message, fields={field: [message]})
    return chosen


def pair_depth(relationship: Relationship) -> int:
    consents = dict(
        DepthConsent.objects.filter(relationship=relationship).values_list("user_id", "max_depth")
    )
    return min(consents.get(uid, DEFAULT_DEPTH) for uid in relationship.present_user_ids() or [0])


def pair_resting(relationship: Relationship) -> set[str]:
    rows = Boundary.objects.filter(
        relationship=relationship, user_id__in=relationship.present_user_ids()
    )
    return set(rows.values_list("theme", flat=True))


def pace_of(*, relationship: Relationship, user: User) -> Pace:
    """This person's own pace settings, and what the pair shares. `relationship` comes from
    relationship_for, so `user` is one of the pair."""
    mine = DepthConsent.objects.filter(relationship=relationship, user=user).first()
    own_rest = Boundary.objects.filter(relationship=relationship, user=user)
    return Pace(
        max_depth=mine.max_depth if mine else DEFAULT_DEPTH,
        resting_themes=sorted(own_rest.values_list("theme", flat=True), key=list(THEMES).index),
        pair_depth=pair_depth(relationship),
        pair_resting=sorted(pair_resting(relationship), key=list(THEMES).index),
    )


def set_pace(
    *, user: User, relationship_id: int, max_depth: int, resting_themes: Iterable[str]
) -> Pace:
    """Change how deep you are open to going, and which themes rest for now. It takes
    effect at once: open rounds that no longer fit are set aside."""
    relationship = relationship_for(user=user, relationship_id=relationship_id)
    depth = _check_depth(max_depth)
    themes = _check_themes(resting_themes)
    with transaction.atomic():
        DepthConsent.objects.update_or_create(
            relationship=relationship,
            user=user,
            defaults={"max_depth": depth, "updated_at": timezone.now()},
        )
        Boundary.objects.filter(relationship=relationship, user=user).exclude(
            theme__in=themes
        ).delete()
        for theme in themes:
            Boundary.objects.get_or_create(relationship=relationship, user=user, theme=theme)
        # Open rounds that no longer fit are set aside at once.
        level, rest = pair_depth(relationship), pair_resting(relationship)
        _open_rounds(relationship).filter(
            Q(prompt__depth__gt=level) | Q(prompt__theme__in=rest)
        ).update(set_aside_at=timezone.now())
    return pace_of(relationship=relationship, user=user)


def _open_rounds(relationship: Relationship) -> QuerySet[PromptRound]:
    return PromptRound.objects.filter(
        relationship=relationship, revealed_at__isnull=True, set_aside_at__isnull=True
    )


def eligible(*, relationship: Relationship, user: User) -> list[Prompt]:
    """Every prompt this pair may draw right now (their pace and boundaries applied).
    `relationship` comes from relationship_for, so `user` is one of the pair."""
    candidates = (
        Prompt.objects.visible_to(user)
        .filter(Q(relationship__isnull=True) | Q(relationship=relationship))
        .filter(depth__lte=pair_depth(relationship))
        .exclude(theme__in=pair_resting(relationship))
    )
    # Kinds is a JSON list, which SQLite cannot search: filtered here (a few hundred rows).
    return [p for p in candidates if p.relationship_id or relationship.kind in p.kinds]


def _last_drawn(relationship: Relationship) -> dict[int, datetime]:
    rows = (
        PromptRound.objects.filter(relationship=relationship)
        .values("prompt_id")
        .annotate(last=Max("created_at"))
    )
    return {row["prompt_id"]: row["last"] for row in rows}


def fresh(relationship: Relationship, prompts: list[Prompt]) -> list[Prompt]:
    """Prompts not drawn yet; once all are used, the ones drawn longest ago come back."""
    drawn = _last_drawn(relationship)
    unused = [p for p in prompts if p.pk not in drawn]
    if unused or not prompts:
        return unused
    oldest = min(drawn[p.pk] for p in prompts)
    return [p for p in prompts if drawn[p.pk] == oldest]


def draw(*, user: User, relationship_id: int, prompt_id: int | None = None) -> PromptRound:
    """Start a round: a random prompt that fits the pair, or the one they picked."""
    relationship = relationship_for(user=user, relationship_id=relationship_id)
    with transaction.atomic():
        prompts = eligible(relationship=relationship, user=user)
        if prompt_id is None:
            choices = fresh(relationship, prompts)
            if not choices:
                raise Conflict(
                    "No prompts fit the pace you share right now. Try a deeper level or "
                    "let a theme come back, or write a prompt of your own.",
                    code="no_prompts",
                )
            prompt = secrets.choice(choices)
        else:
            prompt = _picked(user, relationship, prompt_id, prompts)
        return PromptRound.objects.create(relationship=relationship, prompt=prompt)


def _picked(
    user: User, relationship: Relationship, prompt_id: int, prompts: list[Prompt]
) -> Prompt:
    found = Prompt.objects.visible_to(user).filter(pk=prompt_id).first()
    if found is None or found.relationship_id not in (None, relationship.pk):
        raise NotFound("We couldn't find that prompt.", code="prompt_not_found")
    if found not in prompts:
        raise Conflict(
            "That prompt doesn't fit the pace you share right now (its depth, its theme, "
            "or the kind of relationship).",
            code="prompt_not_eligible",
        )
    if found not in fresh(relationship, prompts):
        raise Conflict(
            "You've had this one already. It comes back once you've been through the others.",
            code="prompt_used",
        )
    return found


def round_for(*, user: User, round_id: int) -> PromptRound:
    found = (
        PromptRound.objects.visible_to(user)
        .select_related("prompt", "relationship")
        .prefetch_related("relationship__members", "answers__author", "answers__share")
        .filter(pk=round_id)
        .first()
    )
    if found is None:
        raise NotFound()
    return found


def rounds_of(*, relationship: Relationship, user: User, limit: int = 50) -> list[PromptRound]:
    """The relationship's rounds, newest first, each holding `relationship` as
    relationship_for loaded it (with its members); none unless `user` is one of them."""
    rows = (
        PromptRound.objects.visible_to(user)
        .filter(relationship=relationship)
        .select_related("prompt")
        .prefetch_related("answers__author", "answers__share")
        .order_by("-created_at", "-pk")[:limit]
    )
    found = list(rows)
    # relationship_for loaded it with its members already: no need to read it again.
    for prompt_round in found:
        prompt_round.relationship = relationship
    return found


def answer(*, user: User, round_id: int, text: str) -> PromptRound:
    """Answer (or re-word your answer) before the reveal. The second answer reveals both,
    at the same moment, to both people."""
    cleaned = clean_text(text, limit=TEXT_MAX)
    with transaction.atomic():
        found = round_for(user=user, round_id=round_id)
        # Lock the round, so two answers arriving together reveal exactly once.
        current = PromptRound.objects.select_for_update().get(pk=found.pk)
        if current.status != PromptRound.Status.OPEN:
            raise Conflict(
                "This round is closed: answers can't change after the reveal."
                if current.revealed_at
                else "This prompt was set aside. Draw another whenever you like.",
                code="round_closed",
            )
        now = timezone.now()
        Answer.objects.update_or_create(
            round=current,
            author=user,
            defaults={
                "text": cleaned,
                "relationship_id": current.relationship_id,
                "updated_at": now,
            },
        )
        answers = list(current.answers.all())
        # The same relationship as current's (a round never moves), with its members
        # prefetched by round_for. Someone leaving since then set this round aside, which
        # the status check above, made under the lock, has already refused.
        present = set(found.relationship.present_user_ids())
        if len(present) == 2 and present <= {a.author_id for a in answers}:
            _reveal(current, answers, now)
    return round_for(user=user, round_id=round_id)


def _reveal(current: PromptRound, answers: list[Answer], now: datetime) -> None:
    current.revealed_at = now
    current.save(update_fields=["revealed_at"])
    for item in answers:
        item.share = Share.objects.create(
            relationship_id=current.relationship_id,
            author_id=item.author_id,
            kind=Share.Kind.ANSWER,
            depth=DEPTHS[current.prompt.depth],
            created_at=now,
        )
        item.save(update_fields=["share"])


def pass_round(*, user: User, round_id: int) -> None:
    """Pass: the round is set aside for both of you. No reason is asked, and who passed
    is not kept anywhere."""
    with transaction.atomic():
        found = round_for(user=user, round_id=round_id)
        current = PromptRound.objects.select_for_update().get(pk=found.pk)
        if current.revealed_at:
            raise Conflict("This round has been revealed already.", code="round_closed")
        if current.set_aside_at is None:
            current.set_aside_at = timezone.now()
            current.save(update_fields=["set_aside_at"])


def member_left(sender: object, *, user: User, relationship_id: int, **kwargs: object) -> None:
    """Someone is leaving (or deleting their account): their own prompts go with them, and
    open rounds are set aside, since no reveal can happen any more."""
    Prompt.objects.filter(relationship_id=relationship_id, author=user).update(
        own_text=None, retired=True
    )
    PromptRound.objects.filter(
        relationship_id=relationship_id, revealed_at__isnull=True, set_aside_at__isnull=True
    ).update(set_aside_at=timezone.now())


def add_prompt(*, user: User, relationship_id: int, text: str, depth: int, theme: str) -> Prompt:
    """Add a prompt of your own to this relationship (only the two of you see it)."""
    relationship = relationship_for(user=user, relationship_id=relationship_id)
    cleaned = clean_text(text, limit=OWN_PROMPT_MAX)
    _check_depth(depth, "depth")
    if theme not in THEMES:
        raise Invalid("Choose one of the themes.", fields={"theme": ["Choose one of the themes."]})
    return Prompt.objects.create(
        relationship=relationship,
        author=user,
        own_text=cleaned,
        depth=depth,
        theme=theme,
        kinds=[relationship.kind],
    )


def list_prompts(
    *,
    user: User,
    theme: str | None = None,
    depth: int | None = None,
    kind: str | None = None,
) -> list[Prompt]:
    """The library (and your pairs' own prompts), filtered by theme, depth and kind."""
    errors: dict[str, list[str]] = {}
    if theme and theme not in THEMES:
        errors["theme"] = ["Choose one of the themes."]
    if depth is not None and depth not in DEPTHS:
        errors["depth"] = ["Choose 1 (light), 2 (medium) or 3 (deep)."]
    if kind and kind not in KINDS:
        errors["kind"] = ["Choose partner, friend, family or other."]
    if errors:
        raise Invalid("Some filters are not valid.", fields=errors)
    rows = Prompt.objects.visible_to(user)
    if theme:
        rows = rows.filter(theme=theme)
    if depth is not None:
        rows = rows.filter(depth=depth)
    found = list(rows.order_by("theme", "depth", "pk"))
    if kind:
        found = [p for p in found if kind in p.kinds]
    return found


@dataclass(frozen=True)
class RoundView:
    """A round as one person sees it: their own answer, whether the other has answered,
    and (only after the reveal) the answers they may see."""

    round: PromptRound
    mine: Answer | None
    other_answered: bool
    answers: list[Answer]


def views_of(*, user: User, rounds: list[PromptRound]) -> list[RoundView]:
    """The rounds as this person sees them (from round_for or rounds_of, which prefetch
    answers and members). Revealed answers show only while their share is visible."""
    if not rounds:
        return []
    # The rounds are one relationship's, loaded with its members.
    relationship = rounds[0].relationship
    present = set(relationship.present_user_ids())
    share_ids = [a.share_id for r in rounds for a in r.answers.all() if a.share_id]
    visible: set[int] = set()
    if share_ids:
        # visible_in asks without membership subqueries (and would hide another
        # relationship's answers).
        shares = Share.objects.visible_in(relationship, user)
        visible.update(shares.filter(pk__in=share_ids).values_list("pk", flat=True))
    views = []
    for found in rounds:
        answers = list(found.answers.all())
        views.append(
            RoundView(
                round=found,
                mine=next((a for a in answers if a.author_id == user.pk), None),
                other_answered=any(
                    a.author_id != user.pk and a.author_id in present for a in answers
                ),
                answers=[a for a in answers if a.author_id == user.pk or a.share_id in visible]
                if found.revealed_at
                else [],
            )
        )
    return views


def view_of(*, user: User, prompt_round: PromptRound) -> RoundView:
    return views_of(user=user, rounds=[prompt_round])[0]
