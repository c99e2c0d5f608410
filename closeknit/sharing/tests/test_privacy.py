"""Charlie (a stranger) and dave (who left) get 404 from every sharing endpoint and page,
for every kind of item, and change nothing."""

from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection

from closeknit.accounts.models import User
from closeknit.checkins.services import check_in
from closeknit.relationships.services import leave_relationship
from closeknit.sharing import services
from closeknit.sharing.models import Appreciation, Response, ResponseRating, Share
from closeknit.testing.people import api_as, make_relationship, web_as
from closeknit.testing.rows import rows_of

pytestmark = pytest.mark.django_db

RATING = {"understood": 1, "accepted": 1, "cared_for": 1, "after": "exposed"}

# (method, url, body): {r} relationship, {s} a share, {mine} dave's own share,
# {resp} a response to alice's share, {a} an appreciation by the outsider's partner,
# {my_a} dave's own appreciation.
API: list[tuple[str, str, dict[str, Any] | None]] = [
    ("GET", "/api/v1/relationships/{r}/timeline", None),
    ("POST", "/api/v1/shares", {"relationship_id": "{r}", "text": "hello"}),
    ("POST", "/api/v1/appreciations", {"relationship_id": "{r}", "text": "thanks"}),
    ("POST", "/api/v1/checkins", {"relationship_id": "{r}", "mood": 3, "energy": 3}),
    ("GET", "/api/v1/shares/{s}", None),
    ("GET", "/api/v1/shares/{mine}", None),
    ("POST", "/api/v1/shares/{s}/responses", {"text": "hello"}),
    ("POST", "/api/v1/shares/{s}/withdraw", None),
    ("POST", "/api/v1/shares/{mine}/withdraw", None),
    ("PUT", "/api/v1/responses/{resp}/rating", RATING),
    ("POST", "/api/v1/responses/{resp}/withdraw", None),
    ("POST", "/api/v1/responses/{my_resp}/withdraw", None),
    ("POST", "/api/v1/appreciations/{a}/withdraw", None),
    ("POST", "/api/v1/appreciations/{my_a}/withdraw", None),
]

WEB: list[tuple[str, str]] = [
    ("GET", "/relationships/{r}/"),
    ("GET", "/relationships/{r}/timeline/"),
    ("POST", "/relationships/{r}/shares/"),
    ("POST", "/relationships/{r}/appreciations/"),
    ("GET", "/relationships/{r}/shares/{s}/"),
    ("GET", "/relationships/{r}/shares/{mine}/"),
    ("POST", "/relationships/{r}/shares/{s}/responses/"),
    ("GET", "/relationships/{r}/shares/{mine}/withdraw/"),
    ("POST", "/relationships/{r}/shares/{mine}/withdraw/"),
    ("POST", "/relationships/{r}/shares/{s}/withdraw/"),
    ("POST", "/relationships/{r}/responses/{resp}/rating/"),
    ("POST", "/relationships/{r}/responses/{resp}/helped/"),
    ("POST", "/relationships/{r}/responses/{my_resp}/withdraw/"),
    ("POST", "/relationships/{r}/appreciations/{my_a}/withdraw/"),
]


def _world(alice: User, partner: User) -> dict[str, Any]:
    relationship = make_relationship(alice, partner, kind="friend")
    rid = relationship.pk
    theirs = services.create_share(user=alice, relationship_id=rid, text="alice's secret")
    mine = services.create_share(user=partner, relationship_id=rid, text="partner's own")
    answer = services.respond(user=partner, share_id=theirs.pk, text="partner answers")
    reply = services.respond(user=alice, share_id=mine.pk, text="alice answers")
    check_in(user=alice, mood=2, energy=2, note="alice's check-in", relationship_id=rid)
    return {
        "relationship": relationship,
        "ids": {
            "r": rid,
            "s": theirs.pk,
            "mine": mine.pk,
            "resp": reply.pk,
            "my_resp": answer.pk,
            "a": services.appreciate(user=alice, relationship_id=rid, text="alice thanks").pk,
            "my_a": services.appreciate(user=partner, relationship_id=rid, text="p thanks").pk,
        },
    }


@pytest.fixture
def cases(alice: User, bob: User, charlie: User, dave: User) -> list[tuple[User, dict[str, int]]]:
    """charlie is a stranger to alice and bob's space; dave left his with alice."""
    with_bob = _world(alice, bob)
    with_dave = _world(alice, dave)
    leave_relationship(user=dave, relationship_id=with_dave["relationship"].pk)
    return [(charlie, with_bob["ids"]), (dave, with_dave["ids"])]


def _snapshot() -> list[Any]:
    return rows_of(Share, Response, ResponseRating, Appreciation)


def _fill(value: Any, ids: dict[str, int]) -> Any:
    if isinstance(value, dict):
        return {k: _fill(v, ids) for k, v in value.items()}
    if isinstance(value, str) and value.startswith("{") and value.endswith("}"):
        return ids[value[1:-1]]
    return value


@pytest.mark.parametrize(("method", "url", "body"), API)
def test_it_hides_every_item_endpoint(
    cases: list[tuple[User, dict[str, int]]], method: str, url: str, body: Any
) -> None:
    before = _snapshot()
    for person, ids in cases:
        response = api_as(person).request(method, url.format(**ids), _fill(body, ids) or {})
        assert response.status_code == 404, (person, url, response.content)
        assert response.json()["code"] == "not_found"
        assert "alice" not in response.content.decode().lower()
    assert _snapshot() == before


@pytest.mark.parametrize(("method", "url"), WEB)
def test_it_hides_every_item_page(
    cases: list[tuple[User, dict[str, int]]], method: str, url: str
) -> None:
    before = _snapshot()
    for person, ids in cases:
        client = web_as(person)
        call: Callable[..., Any] = getattr(client, method.lower())
        response = call(url.format(**ids), {"text": "hi", "understood": 1})
        assert response.status_code == 404, (person, url)
        assert "alice" not in response.content.decode().lower()
    assert _snapshot() == before


def test_free_text_is_never_stored_in_plain_text(alice: User, bob: User) -> None:
    _world(alice, bob)
    with connection.cursor() as cursor:
        for table in ("sharing_share", "sharing_response", "sharing_appreciation"):
            cursor.execute(f"SELECT text FROM {table}")
            for (value,) in cursor.fetchall():
                assert value == "" or value.startswith("ck1."), (table, value)
        cursor.execute("SELECT note FROM checkins_checkin")
        assert all(note.startswith("ck1.") for (note,) in cursor.fetchall())
