"""Fill a migrated closeknit database with many pairs and months of history.

    python bench/fill.py --pairs 1000 --days 90 --drive 100 --out DATA_DIR/clients.json

bench/run.py runs this in a subprocess with exactly the environment the server gets
(CLOSEKNIT_DATA_DIR, and DATABASE_URL for PostgreSQL), so it writes to the same
database with the same encryption key. Rows are written with bulk_create and past
dates, like `closeknit demo` does; encrypted fields encrypt on the way in as usual.

For the pairs the benchmark drives, it also signs one member in through the real
services (an API token from `create_token`, a browser session from `start_session`)
and writes the credentials, with the relationship ids, to --out as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from importlib import import_module
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "closeknit.settings")

import django

django.setup()  # the imports below need the app registry

from django.conf import settings  # noqa: E402
from django.contrib.auth.hashers import make_password  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.http import HttpRequest  # noqa: E402
from django.utils import timezone  # noqa: E402

from closeknit.accounts.models import User  # noqa: E402
from closeknit.accounts.services import create_token, start_session  # noqa: E402
from closeknit.checkins.models import CheckIn  # noqa: E402
from closeknit.demo import content  # noqa: E402
from closeknit.relationships.models import Member, Relationship  # noqa: E402
from closeknit.sharing.models import Appreciation, Response, ResponseRating, Share  # noqa: E402

SEED = 20260315
PASSWORD = "bench-password-not-secret"  # every bench account has it; the data is throwaway
DOMAIN = "bench.closeknit.invalid"
CHUNK = 50  # pairs written per transaction: bounded memory, few commits
BATCH = 2000  # rows per INSERT statement
NAMES = ["Alex", "Sam", "Robin", "Jules", "Kim", "Noor", "Ari", "Mika", "Tess", "Ravi"]
KINDS = ["partner"] * 5 + ["friend"] * 3 + ["family"] * 2
HOURS = [7, 8, 12, 13, 18, 19, 20, 21, 21, 22, 22, 23]

# Per pair per day: free shares, and how many responses a share gets.
FREE_SHARES = [0, 1, 1, 1, 2, 2]  # mean 1.17
REPLIES = [0, 1, 1, 2, 2, 3]  # mean 1.5
CHECKIN_CHANCE = 0.6  # each person, each day
SHARED_CHECKIN_CHANCE = 0.4
CHECKIN_REPLY_CHANCE = 0.5
RATING_CHANCE = 0.5  # of responses from the other person
APPRECIATION_CHANCE = 0.3  # per pair per day
WITHDRAWN_CHANCE = 0.01


@dataclass
class Words:
    """Believable text to draw from: the demo's shares, replies, notes and thanks."""

    shares: list[str] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    thanks: list[str] = field(default_factory=list)

    @classmethod
    def from_demo(cls) -> Words:
        words = cls()
        for thread in [*content.COUPLE_THREADS, *content.FRIEND_THREADS]:
            words.shares.append(thread["text"])
            words.replies += [reply["text"] for reply in thread["responses"]]
        words.notes = [row["note"] for row in content.CHECKINS if row["note"]]
        words.thanks = [row["text"] for row in content.APPRECIATIONS]
        return words


@dataclass
class Chunk:
    """The rows for a few pairs, built in memory and then written in dependency order."""

    shares: list[Share] = field(default_factory=list)
    # (share index in `shares`, check-in); check-ins with no share use index -1
    checkins: list[tuple[int, CheckIn]] = field(default_factory=list)
    # (share index, response, rated?)
    responses: list[tuple[int, Response, bool]] = field(default_factory=list)
    appreciations: list[Appreciation] = field(default_factory=list)


class History:
    """Makes up `days` days of history for one pair at a time, from one seeded generator."""

    def __init__(self, rng: random.Random, words: Words, now: datetime, days: int) -> None:
        self.rng, self.words, self.now, self.days = rng, words, now, days
        self.start = now - timedelta(days=days)

    def moment(self, day: int) -> datetime:
        at = self.start + timedelta(
            days=day, hours=self.rng.choice(HOURS), minutes=self.rng.randrange(60)
        )
        return min(at, self.now - timedelta(minutes=1))

    def withdrawn(self, at: datetime) -> datetime | None:
        if self.rng.random() < WITHDRAWN_CHANCE:
            return min(at + timedelta(hours=1), self.now)
        return None

    def pair(self, chunk: Chunk, relationship: Relationship, people: tuple[User, User]) -> None:
        rng = self.rng
        for day in range(self.days):
            for _ in range(rng.choice(FREE_SHARES)):
                self._share(chunk, relationship, people, day)
            for person in people:
                if rng.random() < CHECKIN_CHANCE:
                    self._checkin(chunk, relationship, people, person, day)
            if rng.random() < APPRECIATION_CHANCE:
                at = self.moment(day)
                chunk.appreciations.append(
                    Appreciation(
                        relationship=relationship,
                        author=rng.choice(people),
                        text=rng.choice(self.words.thanks),
                        created_at=at,
                        withdrawn_at=self.withdrawn(at),
                    )
                )

    def _share(
        self, chunk: Chunk, relationship: Relationship, people: tuple[User, User], day: int
    ) -> None:
        author = self.rng.choice(people)
        at = self.moment(day)
        chunk.shares.append(
            Share(
                relationship=relationship,
                author=author,
                kind=Share.Kind.FREE,
                text=self.rng.choice(self.words.shares),
                depth=self.rng.choice(["", "light", "medium", "deep"]),
                created_at=at,
                withdrawn_at=self.withdrawn(at),
            )
        )
        self._replies(chunk, relationship, people, author, at, self.rng.choice(REPLIES))

    def _checkin(
        self,
        chunk: Chunk,
        relationship: Relationship,
        people: tuple[User, User],
        person: User,
        day: int,
    ) -> None:
        rng = self.rng
        at = self.moment(day)
        checkin = CheckIn(
            owner=person,
            mood=rng.randint(1, 5),
            energy=rng.randint(1, 5),
            feelings=rng.sample(["calm", "tired", "hopeful", "restless", "grateful"], 2),
            need=rng.choice(["", "talk", "space", "rest"]),
            note=rng.choice(self.words.notes) if rng.random() < 0.7 else "",
            created_at=at,
        )
        if rng.random() >= SHARED_CHECKIN_CHANCE:
            chunk.checkins.append((-1, checkin))
            return
        chunk.shares.append(
            Share(
                relationship=relationship,
                author=person,
                kind=Share.Kind.CHECKIN,
                created_at=at,
                withdrawn_at=self.withdrawn(at),
            )
        )
        chunk.checkins.append((len(chunk.shares) - 1, checkin))
        replies = 1 if rng.random() < CHECKIN_REPLY_CHANCE else 0
        self._replies(chunk, relationship, people, person, at, replies)

    def _replies(
        self,
        chunk: Chunk,
        relationship: Relationship,
        people: tuple[User, User],
        sharer: User,
        at: datetime,
        count: int,
    ) -> None:
        other = people[1] if sharer is people[0] else people[0]
        index = len(chunk.shares) - 1
        for n in range(count):
            at = min(at + timedelta(minutes=self.rng.randrange(5, 240)), self.now)
            author = other if n % 2 == 0 else sharer  # the other answers, then back and forth
            response = Response(
                relationship=relationship,
                author=author,
                text=self.rng.choice(self.words.replies),
                created_at=at,
                withdrawn_at=self.withdrawn(at),
                coach_labels=[],
            )
            rated = author is other and self.rng.random() < RATING_CHANCE
            chunk.responses.append((index, response, rated))


def _people(first: int, count: int, password: str, now: datetime) -> list[User]:
    users = [
        User(
            email=f"p{i}{side}@{DOMAIN}",
            display_name=f"{NAMES[i % len(NAMES)]} {side.upper()}{i}",
            password=password,
            date_joined=now,
        )
        for i in range(first, first + count)
        for side in "ab"
    ]
    return User.objects.bulk_create(users, batch_size=BATCH)


@dataclass
class Counts:
    shares: int = 0
    checkins: int = 0
    responses: int = 0
    ratings: int = 0
    appreciations: int = 0

    def add(self, other: Counts) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _write(chunk: Chunk) -> Counts:
    shares = Share.objects.bulk_create(chunk.shares, batch_size=BATCH)
    checkins = []
    for index, checkin in chunk.checkins:
        checkin.share = shares[index] if index >= 0 else None
        checkins.append(checkin)
    CheckIn.objects.bulk_create(checkins, batch_size=BATCH)
    for index, response, _ in chunk.responses:
        response.share = shares[index]
    responses = Response.objects.bulk_create([r for _, r, _ in chunk.responses], batch_size=BATCH)
    ratings = [
        ResponseRating(
            response=response,
            relationship_id=response.relationship_id,
            rater_id=shares[index].author_id,
            understood=4,
            accepted=5,
            cared_for=4,
            after="relieved",
            helped=index % 3 == 0,
            created_at=response.created_at,
            updated_at=response.created_at,
        )
        for (index, _, rated), response in zip(chunk.responses, responses, strict=True)
        if rated
    ]
    ResponseRating.objects.bulk_create(ratings, batch_size=BATCH)
    Appreciation.objects.bulk_create(chunk.appreciations, batch_size=BATCH)
    return Counts(
        shares=len(shares),
        checkins=len(checkins),
        responses=len(responses),
        ratings=len(ratings),
        appreciations=len(chunk.appreciations),
    )


def _chunks(total: int, size: int) -> Iterator[range]:
    for first in range(0, total, size):
        yield range(first, min(first + size, total))


def fill(*, pairs: int, days: int, rng: random.Random) -> list[tuple[Relationship, User, User]]:
    """Write the users, pairs and history; returns every pair with its two people."""
    now = timezone.now()
    password = make_password(PASSWORD)  # one argon2 hash, shared by every account
    history = History(rng, Words.from_demo(), now, days)
    since = now - timedelta(days=days + 1)
    made: list[tuple[Relationship, User, User]] = []
    counts = Counts()
    for block in _chunks(pairs, CHUNK):
        with transaction.atomic():
            users = _people(block.start, len(block), password, since)
            spaces = Relationship.objects.bulk_create(
                [Relationship(kind=rng.choice(KINDS), created_at=since) for _ in block]
            )
            couples = [(r, users[2 * i], users[2 * i + 1]) for i, r in enumerate(spaces)]
            Member.objects.bulk_create(
                [
                    Member(relationship=r, user=u, joined_at=since, seen_at=now)
                    for r, a, b in couples
                    for u in (a, b)
                ],
                batch_size=BATCH,
            )
            chunk = Chunk()
            for relationship, a, b in couples:
                history.pair(chunk, relationship, (a, b))
            counts.add(_write(chunk))
        made += couples
    people = 2 * pairs
    print(
        f"rows: {people:,} users, {pairs:,} pairs, {counts.shares:,} shares, "
        f"{counts.responses:,} responses, {counts.ratings:,} ratings, "
        f"{counts.appreciations:,} appreciations, {counts.checkins:,} check-ins "
        f"({people + 3 * pairs + sum(vars(counts).values()):,} rows in all)",
        flush=True,
    )
    return made


def sign_in(chosen: Sequence[tuple[Relationship, User, User]], rng: random.Random) -> list[dict]:
    """A token and a browser session for one member of each driven pair."""
    clients = []
    for relationship, a, b in chosen:
        user = rng.choice((a, b))
        token = create_token(email=user.email, password=PASSWORD).token
        request = HttpRequest()
        request.META = {"REMOTE_ADDR": "127.0.0.1", "HTTP_USER_AGENT": "closeknit-bench"}
        request.session = import_module(settings.SESSION_ENGINE).SessionStore()
        start_session(request=request, user=user)  # as the login view does
        cookie = request.session.session_key  # the cookie value; the database holds a digest
        clients.append({"relationship": relationship.pk, "token": token, "session": cookie})
    return clients


def database_name() -> str:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            return f"PostgreSQL {cursor.fetchone()[0]}"
    import sqlite3

    return f"SQLite {sqlite3.sqlite_version}"


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--days", type=int, default=90)
    parser.add_argument("--drive", type=int, default=100, help="pairs to sign in for driving")
    parser.add_argument("--out", type=Path, required=True, help="where to write the clients")
    args = parser.parse_args(argv)
    if User.objects.exists():
        print("bench/fill.py: the database already has accounts; use a fresh one.", file=sys.stderr)
        return 2
    rng = random.Random(SEED)  # noqa: S311 (made-up history, not secrets)
    print(f"filling {database_name()}: {args.pairs:,} pairs x {args.days} days ...", flush=True)
    started = time.perf_counter()
    pairs = fill(pairs=args.pairs, days=args.days, rng=rng)
    filled = time.perf_counter() - started
    if connection.vendor == "postgresql":
        # What autovacuum would have done by the time a real install had this much data.
        # SQLite gets no ANALYZE: closeknit never runs one, so real installs have no stats.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    started = time.perf_counter()
    clients = sign_in(rng.sample(pairs, min(args.drive, len(pairs))), rng)
    signed = time.perf_counter() - started
    payload = {"cookie": settings.SESSION_COOKIE_NAME, "clients": clients}
    args.out.write_text(json.dumps(payload))
    print(
        f"filled in {filled:.1f} s; signed in {len(clients)} driven people in {signed:.1f} s",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
