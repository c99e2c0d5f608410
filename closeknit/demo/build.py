"""`closeknit demo`: a demo pair (Sam and Robin) and a friendship (Sam and Jules) with
about three months of history, so a newcomer can see what closeknit feels like.

The words come from content.py; this module only decides when things happened. It
writes rows directly (with past dates) instead of going through the services, which
always stamp "now", but it stores exactly what the services would store, coach labels
included.
"""

from __future__ import annotations

import bisect
import random
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from closeknit.accounts.models import User
from closeknit.checkins.models import CheckIn
from closeknit.relationships.models import Member, Relationship
from closeknit.sharing.models import Appreciation, Response, ResponseRating, Share
from closeknit.sharing.services import coach_labels

from . import content

DOMAIN = "demo.closeknit.invalid"
PEOPLE = {"sam": "Sam", "robin": "Robin", "jules": "Jules"}
WEEKS = 13
SEED = 20261122


class RealAccounts(Exception):
    """The database has accounts that are not the demo's: refuse unless forced."""


@dataclass(frozen=True)
class Login:
    name: str
    email: str
    password: str


def demo_email(key: str) -> str:
    return f"{key}@{DOMAIN}"


class Calendar:
    """Spreads n items, in order, over thirteen weeks: fewer in quiet weeks, more in busy
    ones, mostly in the evening, now and then late at night."""

    def __init__(self, now: datetime, rng: random.Random) -> None:
        self.start = now - timedelta(weeks=WEEKS)
        self.now = now
        self.rng = rng
        weights = []
        for week in range(WEEKS):
            weight = 1.0
            if week in content.QUIET_WEEKS:
                weight = 0.3
            elif week in content.BUSY_WEEKS:
                weight = 2.0
            weights += [weight] * 7
        total = sum(weights)
        self.cumulative = []
        running = 0.0
        for weight in weights:
            running += weight / total
            self.cumulative.append(running)

    def moments(self, n: int) -> list[datetime]:
        out = []
        for i in range(n):
            day = bisect.bisect_left(self.cumulative, (i + 0.5) / n)
            hour = self.rng.choice([7, 8, 12, 13, 18, 19, 20, 21, 21, 22, 22, 23, 0])
            at = self.start + timedelta(days=day, hours=hour, minutes=self.rng.randrange(60))
            out.append(min(at, self.now - timedelta(minutes=30 * (n - i))))
        return sorted(out)


def _users(logins: dict[str, Login]) -> dict[str, User]:
    users = {}
    for key, login in logins.items():
        users[key] = User.objects.create_user(
            email=login.email, password=login.password, display_name=login.name
        )
    return users


def _relationship(a: User, b: User, kind: str, since: datetime) -> Relationship:
    relationship = Relationship.objects.create(kind=kind, created_at=since)
    for user in (a, b):
        Member.objects.create(relationship=relationship, user=user, joined_at=since)
    return relationship


def _threads(
    threads: Sequence[dict[str, Any]],
    users: dict[str, User],
    relationship: Relationship,
    calendar: Calendar,
) -> None:
    for thread, at in zip(threads, calendar.moments(len(threads)), strict=True):
        share = Share.objects.create(
            relationship=relationship,
            author=users[thread["author"]],
            text=thread["text"],
            depth=thread["depth"] or "",
            created_at=at,
        )
        when = at
        for reply in thread["responses"]:
            when = min(when + timedelta(minutes=calendar.rng.randrange(8, 300)), calendar.now)
            response = Response.objects.create(
                relationship=relationship,
                share=share,
                author=users[reply["author"]],
                text=reply["text"],
                created_at=when,
                coach_labels=coach_labels(reply["text"], thread["text"]),
            )
            rating = reply.get("rating")
            if rating:
                ResponseRating.objects.create(
                    response=response,
                    relationship=relationship,
                    rater=share.author,
                    created_at=when,
                    updated_at=when,
                    **rating,
                )


def _checkins(users: dict[str, User], spaces: dict[str, Relationship], calendar: Calendar) -> None:
    rows = content.CHECKINS
    for row, at in zip(rows, calendar.moments(len(rows)), strict=True):
        share = None
        if row["shared"]:
            share = Share.objects.create(
                relationship=spaces[row["person"]],
                author=users[row["person"]],
                kind=Share.Kind.CHECKIN,
                created_at=at,
            )
        CheckIn.objects.create(
            owner=users[row["person"]],
            mood=row["mood"],
            energy=row["energy"],
            feelings=row["feelings"],
            need=row["need"],
            note=row["note"],
            share=share,
            created_at=at,
        )


def _appreciations(
    users: dict[str, User], couple: Relationship, friends: Relationship, calendar: Calendar
) -> None:
    rows = content.APPRECIATIONS
    for row, at in zip(rows, calendar.moments(len(rows)), strict=True):
        space = friends if "jules" in (row["author"], row["to"]) else couple
        Appreciation.objects.create(
            relationship=space, author=users[row["author"]], text=row["text"], created_at=at
        )


def create_demo(*, force: bool = False, now: datetime | None = None) -> list[Login]:
    """Create (or re-create) the demo people and their history; returns their logins."""
    demo = User.objects.filter(email__endswith="@" + DOMAIN)
    if User.objects.exclude(pk__in=demo.values("pk")).exists() and not force:
        raise RealAccounts()
    now = now or timezone.now()
    rng = random.Random(SEED)  # noqa: S311 (made-up timings, not secrets)
    logins = {
        key: Login(name, demo_email(key), "-".join(secrets.token_hex(3) for _ in range(3)))
        for key, name in PEOPLE.items()
    }
    with transaction.atomic():
        ids = list(Member.objects.filter(user__in=demo).values_list("relationship_id", flat=True))
        demo.delete()
        Relationship.objects.filter(pk__in=ids, members__isnull=True).delete()
        users = _users(logins)
        since = now - timedelta(weeks=WEEKS, days=1)
        couple = _relationship(users["sam"], users["robin"], "partner", since)
        friends = _relationship(users["sam"], users["jules"], "friend", since)
        calendar = Calendar(now, rng)
        _threads(content.COUPLE_THREADS, users, couple, calendar)
        _threads(content.FRIEND_THREADS, users, friends, calendar)
        _checkins(users, {"sam": couple, "robin": couple, "jules": friends}, calendar)
        _appreciations(users, couple, friends, calendar)
        # Each has looked in three days ago, so the home page has something new to show.
        Member.objects.filter(user__in=users.values()).update(seen_at=now - timedelta(days=3))
    return list(logins.values())
