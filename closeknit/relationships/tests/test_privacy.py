"""Charlie in every feature: a stranger and a former member get 404 everywhere."""

from collections.abc import Callable
from typing import Any

import pytest

from closeknit.accounts.models import User
from closeknit.relationships.models import Relationship
from closeknit.relationships.services import leave_relationship
from closeknit.testing.people import api_as, make_relationship, web_as

pytestmark = pytest.mark.django_db

# Every page and endpoint that names a relationship. New features add theirs here.
WEB_PAGES: list[tuple[str, str]] = [
    ("GET", "/relationships/{id}/"),
    ("GET", "/relationships/{id}/timeline/"),
    ("POST", "/relationships/{id}/shares/"),
    ("GET", "/relationships/{id}/appreciations/"),
    ("GET", "/relationships/{id}/leave/"),
    ("POST", "/relationships/{id}/leave/"),
]
API_ENDPOINTS: list[tuple[str, str]] = [
    ("GET", "/api/v1/relationships/{id}"),
    ("POST", "/api/v1/relationships/{id}/leave"),
    ("GET", "/api/v1/relationships/{id}/timeline"),
]


@pytest.fixture
def outsiders(alice: User, bob: User, charlie: User, dave: User) -> dict[str, Any]:
    """alice and bob share a relationship, dave left one with alice, charlie is a stranger."""
    couple = make_relationship(alice, bob)
    left = make_relationship(alice, dave, kind="friend")
    leave_relationship(user=dave, relationship_id=left.pk)
    return {"couple": couple, "left": left, "charlie": charlie, "dave": dave}


def _cases(outsiders: dict[str, Any]) -> list[tuple[User, Relationship]]:
    return [(outsiders["charlie"], outsiders["couple"]), (outsiders["dave"], outsiders["left"])]


@pytest.mark.parametrize(("method", "url"), WEB_PAGES)
def test_it_hides_every_relationship_page(outsiders: dict[str, Any], method: str, url: str) -> None:
    for person, relationship in _cases(outsiders):
        client = web_as(person)
        call: Callable[..., Any] = getattr(client, method.lower())
        response = call(url.format(id=relationship.pk))
        assert response.status_code == 404, (person, url)
        assert "Alice" not in response.content.decode()


@pytest.mark.parametrize(("method", "url"), API_ENDPOINTS)
def test_it_hides_every_relationship_endpoint(
    outsiders: dict[str, Any], method: str, url: str
) -> None:
    for person, relationship in _cases(outsiders):
        response = api_as(person).request(method, url.format(id=relationship.pk), {})
        assert response.status_code == 404, (person, url)
        assert response.json() == {"detail": "Not found.", "code": "not_found"}


def test_it_lists_nothing_for_outsiders(outsiders: dict[str, Any]) -> None:
    assert api_as(outsiders["charlie"]).get("/api/v1/relationships").json() == []
    assert api_as(outsiders["dave"]).get("/api/v1/relationships").json() == []


def test_a_former_member_changes_nothing(outsiders: dict[str, Any], alice: User) -> None:
    from closeknit.relationships.models import Member

    left = outsiders["left"]
    before = list(Member.objects.filter(relationship=left).values_list("user_id", "left_at"))
    response = api_as(outsiders["dave"]).post(f"/api/v1/relationships/{left.pk}/leave")
    assert response.status_code == 404
    after = list(Member.objects.filter(relationship=left).values_list("user_id", "left_at"))
    assert after == before
    assert api_as(alice).get(f"/api/v1/relationships/{left.pk}").status_code == 200


def test_only_the_maker_sees_an_invite(alice: User, charlie: User) -> None:
    from closeknit.relationships.services import create_invite

    invite = create_invite(user=alice, kind="friend", note="for bob only")
    stranger = web_as(charlie)
    response = stranger.get(f"/invites/{invite.code}/")
    assert response.status_code == 404
    assert "for bob only" not in response.content.decode()
    stranger.post(f"/invites/{invite.code}/revoke/")
    invite.refresh_from_db()
    assert invite.revoked_at is None
    assert "for bob only" not in web_as(charlie).get("/").content.decode()
