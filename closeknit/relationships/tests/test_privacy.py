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
    ("GET", "/relationships/{id}/leave/"),
    ("POST", "/relationships/{id}/leave/"),
]
API_ENDPOINTS: list[tuple[str, str]] = [
    ("GET", "/api/v1/relationships/{id}"),
    ("POST", "/api/v1/relationships/{id}/leave"),
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


def test_every_relationship_route_is_walked_above() -> None:
    """A new page or endpoint under a relationship must join the lists above."""
    from django.urls import get_resolver

    from closeknit.core.api import api

    def walk(patterns: list[Any], prefix: str) -> list[str]:
        found = []
        for p in patterns:
            route = prefix + str(p.pattern)
            if route.startswith("api/"):
                continue  # the API is checked against its OpenAPI document below
            found += walk(p.url_patterns, route) if hasattr(p, "url_patterns") else [route]
        return found

    web = {
        "/" + route.replace("<int:relationship_id>", "{id}")
        for route in walk(get_resolver().url_patterns, "")
        if "relationship_id" in route
    }
    assert web == {url for _, url in WEB_PAGES}
    schema_paths = api.get_openapi_schema()["paths"]
    endpoints = {
        (method.upper(), path.replace("{relationship_id}", "{id}"))
        for path, operations in schema_paths.items()
        if "{relationship_id}" in path
        for method in operations
    }
    assert endpoints == set(API_ENDPOINTS)


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
