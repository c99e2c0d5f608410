"""A relationship's timeline: shares (shared check-ins too), responses and appreciations
visible to the viewer, newest first, in pages.

The cursor is opaque to clients. It holds the sort key of the last item shown
(created_at, type rank, id), so a page is stable while new items arrive on top.
Each kind is read with its own indexed query (relationship, created_at, id) and the
three are merged, so a page costs three small index range scans however long the
history is.
"""

from __future__ import annotations

import base64
import binascii
import heapq
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.db.models import Prefetch, Q, prefetch_related_objects

from closeknit.accounts.models import User
from closeknit.core.errors import Invalid
from closeknit.prompts.models import Answer
from closeknit.relationships.models import Relationship

from .models import Appreciation, Response, Share

LIMIT_DEFAULT = 20
LIMIT_MAX = 100
# Ties on created_at are broken by type, then id, so every item has one place.
RANKS = {"share": 3, "response": 2, "appreciation": 1}


@dataclass(frozen=True, slots=True)
class Entry:
    type: str  # "share", "response" or "appreciation"
    item: Any  # the model instance

    @property
    def key(self) -> tuple[datetime, int, int]:
        return (self.item.created_at, RANKS[self.type], self.item.pk)


@dataclass(frozen=True, slots=True)
class Page:
    entries: list[Entry]
    next_cursor: str | None


def encode_cursor(key: tuple[datetime, int, int]) -> str:
    at, rank, pk = key
    raw = f"{at.isoformat()}|{rank}|{pk}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, int, int]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        at, rank, pk = base64.urlsafe_b64decode(padded.encode("ascii")).decode().split("|")
        when = datetime.fromisoformat(at)
        # Normalised here, so a date that cannot exist in UTC is refused, not a crash.
        key = (when.astimezone(UTC), int(rank), int(pk)) if when.tzinfo else None
    except (ValueError, UnicodeError, binascii.Error, OverflowError):
        key = None
    if key is None or key[1] not in RANKS.values() or not 0 < key[2] < 2**63:
        message = "That page marker isn't valid. Start again from the newest items."
        raise Invalid(message, code="bad_cursor", fields={"cursor": [message]})
    return key


def check_limit(limit: int | None) -> int:
    if limit is None:
        return LIMIT_DEFAULT
    if not 1 <= limit <= LIMIT_MAX:
        message = f"Choose a page size from 1 to {LIMIT_MAX}."
        raise Invalid(message, fields={"limit": [message]})
    return limit


def _before(key: tuple[datetime, int, int] | None, rank: int) -> Q:
    """Items of this rank that sort after (older than) the cursor."""
    if key is None:
        return Q()
    at, cursor_rank, pk = key
    if rank < cursor_rank:
        return Q(created_at__lte=at)
    if rank > cursor_rank:
        return Q(created_at__lt=at)
    return Q(created_at__lt=at) | Q(created_at=at, pk__lt=pk)


Key = tuple[datetime, int, int]


def _newest_keys(queryset: Any, key: Key | None, kind: str, n: int) -> list[tuple[Key, str]]:
    rank = RANKS[kind]
    rows = (
        queryset.filter(_before(key, rank))
        .order_by("-created_at", "-pk")
        .values_list("created_at", "pk")[:n]
    )
    return [((at, rank, pk), kind) for at, pk in rows]


def timeline(
    *,
    user: User,
    relationship: Relationship,
    cursor: str | None = None,
    limit: int | None = None,
) -> Page:
    """One page of a relationship's timeline for this person, newest first.

    `relationship` comes from relationship_for(user=user, ...), which checked that this
    person is a current member and loaded its members.
    """
    size = check_limit(limit)
    key = decode_cursor(cursor) if cursor else None
    n = size + 1
    shares = Share.objects.visible_in(relationship, user).select_related("author")
    responses = (
        Response.objects.visible_in(relationship, user)
        .select_related("author", "share", "share__author")
        .for_viewer(user)
    )
    appreciations = Appreciation.objects.visible_in(relationship, user).select_related("author")
    # First only the sort keys of each kind (cheap), then whole rows for the page alone.
    querysets: dict[str, Any] = {
        "share": shares,
        "response": responses,
        "appreciation": appreciations,
    }
    merged = heapq.merge(
        *(_newest_keys(qs, key, kind, n) for kind, qs in querysets.items()),
        key=lambda found: found[0],
        reverse=True,
    )
    chosen = list(merged)[: size + 1]
    more = len(chosen) > size
    chosen = chosen[:size]
    rows: dict[tuple[str, int], Any] = {}
    for kind, queryset in querysets.items():
        ids = [k[2] for k, found in chosen if found == kind]
        if ids:
            rows.update({(kind, row.pk): row for row in queryset.filter(pk__in=ids)})
    # An item withdrawn between the two reads is simply left out.
    entries = [Entry(kind, rows[(kind, k[2])]) for k, kind in chosen if (kind, k[2]) in rows]
    _load_share_parts(
        [e.item for e in entries if e.type == "share"]
        + [e.item.share for e in entries if e.type == "response"]
    )
    return Page(entries, encode_cursor(chosen[-1][0]) if more else None)


def _load_share_parts(shares: list[Share]) -> None:
    """Load the check-in or prompt answer (with its prompt) behind the page's shares, those
    on the page and those its responses answer: one query per kind on the page, none for
    a kind that is not there. Other shares have neither, and nothing looks for one on
    them (Share.body, Share.prompt_text and the templates check `kind` first).

    Loaded apart, not joined into the row reads: fewer joins keep PostgreSQL's planning
    time small (it was most of the query time in the benchmark)."""
    checkins = [share for share in shares if share.kind == Share.Kind.CHECKIN]
    answers = [share for share in shares if share.kind == Share.Kind.ANSWER]
    prefetch_related_objects(checkins, "checkin")
    prompted = Answer.objects.select_related("round__prompt")
    prefetch_related_objects(answers, Prefetch("answer", queryset=prompted))
