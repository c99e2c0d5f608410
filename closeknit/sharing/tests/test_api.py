"""The sharing part of the JSON API contract (issue 3)."""

from typing import Any

import pytest

from closeknit.accounts.models import User
from closeknit.relationships.models import Relationship
from closeknit.testing.people import api_as

pytestmark = pytest.mark.django_db


@pytest.fixture
def bob_api(bob: User) -> Any:
    return api_as(bob)


def share(client: Any, relationship: Relationship, text: str = "Work was a lot today.") -> Any:
    response = client.post(
        "/api/v1/shares", {"relationship_id": relationship.pk, "text": text, "depth": "medium"}
    )
    assert response.status_code == 201, response.json()
    return response.json()


def test_it_shares_and_the_other_person_sees_it(
    alice_api: Any, bob_api: Any, couple: Relationship, alice: User
) -> None:
    body = share(alice_api, couple)
    assert body["text"] == "Work was a lot today."
    assert body["depth"] == "medium"
    assert body["author"] == {"id": alice.pk, "display_name": "Alice"}
    assert body["mine"] is True
    timeline = bob_api.get(f"/api/v1/relationships/{couple.pk}/timeline").json()
    assert [(i["type"], i["id"], i["mine"]) for i in timeline["items"]] == [
        ("share", body["id"], False)
    ]
    assert timeline["next_cursor"] is None


def test_it_responds_and_rates(alice_api: Any, bob_api: Any, couple: Relationship) -> None:
    shared = share(alice_api, couple)
    reply = bob_api.post(
        f"/api/v1/shares/{shared['id']}/responses", {"text": "That sounds heavy. What happened?"}
    )
    assert reply.status_code == 201
    reply_id = reply.json()["id"]
    assert reply.json()["share_id"] == shared["id"]
    rating = {"understood": 5, "accepted": 4, "cared_for": 5, "after": "relieved", "helped": True}
    rated = alice_api.put(f"/api/v1/responses/{reply_id}/rating", rating)
    assert rated.status_code == 200, rated.json()
    assert rated.json()["understood"] == 5
    assert rated.json()["after"] == "relieved"

    # The responder learns only that it helped, never the numbers.
    bob_view = bob_api.get(f"/api/v1/shares/{shared['id']}").json()["responses"][0]
    assert bob_view["helped"] is True
    assert bob_view["my_rating"] is None
    bob_timeline = bob_api.get(f"/api/v1/relationships/{couple.pk}/timeline").text
    assert '"understood"' not in bob_timeline
    assert "relieved" not in bob_timeline
    alice_view = alice_api.get(f"/api/v1/shares/{shared['id']}").json()["responses"][0]
    assert alice_view["my_rating"]["cared_for"] == 5


def test_it_lets_only_the_sharer_rate(
    alice_api: Any, bob_api: Any, couple: Relationship, charlie: User
) -> None:
    shared = share(alice_api, couple)
    reply = bob_api.post(f"/api/v1/shares/{shared['id']}/responses", {"text": "I hear you."})
    rating = {"understood": 3, "accepted": 3, "cared_for": 3, "after": "neutral"}
    url = f"/api/v1/responses/{reply.json()['id']}/rating"
    assert bob_api.put(url, rating).status_code == 404  # the responder
    assert api_as(charlie).put(url, rating).status_code == 404  # a stranger
    # The sharer answering in their own thread cannot rate themselves either.
    own = alice_api.post(f"/api/v1/shares/{shared['id']}/responses", {"text": "Thanks."})
    assert alice_api.put(f"/api/v1/responses/{own.json()['id']}/rating", rating).status_code == 404


@pytest.mark.parametrize(
    ("field", "value"),
    [("understood", 0), ("accepted", 6), ("cared_for", "lots"), ("after", "happy")],
)
def test_it_refuses_bad_ratings(
    alice_api: Any, bob_api: Any, couple: Relationship, field: str, value: Any
) -> None:
    shared = share(alice_api, couple)
    reply = bob_api.post(f"/api/v1/shares/{shared['id']}/responses", {"text": "Oh no."})
    rating: dict[str, Any] = {"understood": 3, "accepted": 3, "cared_for": 3, "after": "neutral"}
    rating[field] = value
    response = alice_api.put(f"/api/v1/responses/{reply.json()['id']}/rating", rating)
    assert response.status_code == 422
    assert field in response.json()["errors"]


def test_it_withdraws_a_share_everywhere(
    alice_api: Any, bob_api: Any, couple: Relationship
) -> None:
    shared = share(alice_api, couple, "Something I might regret sharing")
    bob_api.post(f"/api/v1/shares/{shared['id']}/responses", {"text": "Thank you for telling me"})
    assert bob_api.post(f"/api/v1/shares/{shared['id']}/withdraw").status_code == 404
    assert alice_api.post(f"/api/v1/shares/{shared['id']}/withdraw").status_code == 204
    assert alice_api.post(f"/api/v1/shares/{shared['id']}/withdraw").status_code == 204  # again

    timeline = bob_api.get(f"/api/v1/relationships/{couple.pk}/timeline").json()
    assert timeline["items"] == []
    assert bob_api.get(f"/api/v1/shares/{shared['id']}").status_code == 404
    refused = bob_api.post(f"/api/v1/shares/{shared['id']}/responses", {"text": "wait"})
    assert refused.status_code == 404
    export = bob_api.get("/api/v1/me/export").text
    assert "Something I might regret sharing" not in export
    assert "Thank you for telling me" in export  # the responder keeps their own words


@pytest.mark.parametrize(
    ("url", "payload", "limit"),
    [
        ("/api/v1/shares", {"text": "x" * 5001}, "5,000"),
        ("/api/v1/appreciations", {"text": "x" * 1001}, "1,000"),
    ],
)
def test_it_says_the_limit_for_long_text(
    alice_api: Any, couple: Relationship, url: str, payload: dict[str, Any], limit: str
) -> None:
    response = alice_api.post(url, {"relationship_id": couple.pk, **payload})
    assert response.status_code == 422
    assert limit in response.json()["errors"]["text"][0]


def test_it_says_the_limit_for_a_long_response(
    alice_api: Any, bob_api: Any, couple: Relationship
) -> None:
    shared = share(alice_api, couple)
    response = bob_api.post(f"/api/v1/shares/{shared['id']}/responses", {"text": "y" * 5001})
    assert response.status_code == 422
    assert "5,000" in response.json()["detail"]


def test_it_refuses_empty_text(alice_api: Any, couple: Relationship) -> None:
    response = alice_api.post("/api/v1/shares", {"relationship_id": couple.pk, "text": "   "})
    assert response.status_code == 422
    assert response.json()["errors"]["text"] == ["Write something first."]


def test_it_refuses_an_unknown_depth(alice_api: Any, couple: Relationship) -> None:
    payload = {"relationship_id": couple.pk, "text": "hi", "depth": "bottomless"}
    response = alice_api.post("/api/v1/shares", payload)
    assert response.status_code == 422
    assert "depth" in response.json()["errors"]


def test_it_sends_appreciations(alice_api: Any, bob_api: Any, couple: Relationship) -> None:
    text = "Thank you for walking the dog in the rain so I could sleep."
    sent = alice_api.post("/api/v1/appreciations", {"relationship_id": couple.pk, "text": text})
    assert sent.status_code == 201
    items = bob_api.get(f"/api/v1/relationships/{couple.pk}/timeline").json()["items"]
    assert [(i["type"], i["text"]) for i in items] == [("appreciation", text)]
    assert bob_api.post(f"/api/v1/appreciations/{sent.json()['id']}/withdraw").status_code == 404
    assert alice_api.post(f"/api/v1/appreciations/{sent.json()['id']}/withdraw").status_code == 204
    assert bob_api.get(f"/api/v1/relationships/{couple.pk}/timeline").json()["items"] == []


def test_it_pages_the_timeline(alice_api: Any, bob_api: Any, couple: Relationship) -> None:
    ids = [share(alice_api, couple, f"share {n}")["id"] for n in range(5)]
    seen: list[int] = []
    cursor = None
    while True:
        url = f"/api/v1/relationships/{couple.pk}/timeline?limit=2"
        body = bob_api.get(url + (f"&cursor={cursor}" if cursor else "")).json()
        seen += [item["id"] for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == list(reversed(ids))


@pytest.mark.parametrize("query", ["limit=0", "limit=101", "cursor=not-a-cursor", "cursor=%%%"])
def test_it_refuses_bad_paging(alice_api: Any, couple: Relationship, query: str) -> None:
    response = alice_api.get(f"/api/v1/relationships/{couple.pk}/timeline?{query}")
    assert response.status_code == 422
    assert response.json()["code"] in {"invalid", "bad_cursor"}


def test_a_leaver_takes_their_shares_with_them(
    alice_api: Any, bob_api: Any, couple: Relationship
) -> None:
    mine = share(alice_api, couple, "alice's words")
    theirs = share(bob_api, couple, "bob's words")
    alice_api.post(f"/api/v1/shares/{theirs['id']}/responses", {"text": "alice answers bob"})
    assert bob_api.post(f"/api/v1/relationships/{couple.pk}/leave").status_code == 204
    items = alice_api.get(f"/api/v1/relationships/{couple.pk}/timeline").json()["items"]
    assert [i["id"] for i in items] == [mine["id"]]
    assert alice_api.get(f"/api/v1/shares/{theirs['id']}").status_code == 404


@pytest.mark.parametrize("gone", ["withdrawn", "left"])
def test_a_responder_can_still_withdraw_after_the_share_has_gone(
    alice: User, alice_api: Any, bob_api: Any, couple: Relationship, gone: str
) -> None:
    import json

    from closeknit.core.export import export_for

    shared = share(alice_api, couple)
    reply = bob_api.post(f"/api/v1/shares/{shared['id']}/responses", {"text": "BOB-REPLY"})
    if gone == "withdrawn":
        alice_api.post(f"/api/v1/shares/{shared['id']}/withdraw")
    else:
        alice_api.post(f"/api/v1/relationships/{couple.pk}/leave")
    assert bob_api.post(f"/api/v1/responses/{reply.json()['id']}/withdraw").status_code == 204
    assert "BOB-REPLY" not in json.dumps(export_for(alice))


def test_rating_again_keeps_that_really_helped(
    alice_api: Any, bob_api: Any, couple: Relationship
) -> None:
    shared = share(alice_api, couple)
    reply = bob_api.post(f"/api/v1/shares/{shared['id']}/responses", {"text": "I'm here."})
    url = f"/api/v1/responses/{reply.json()['id']}/rating"
    scores = {"understood": 4, "accepted": 4, "cared_for": 4, "after": "neutral"}
    assert alice_api.put(url, {**scores, "helped": True}).json()["helped"] is True
    assert alice_api.put(url, scores).json()["helped"] is True  # left out: unchanged
    assert alice_api.put(url, {**scores, "helped": False}).json()["helped"] is False


@pytest.mark.parametrize(
    "marker", ["0001-01-01T00:00:00+14:00|3|1", "9999-12-31T23:59:59-14:00|3|1", "2026-01-01|3|1"]
)
def test_it_refuses_impossible_cursors(alice_api: Any, couple: Relationship, marker: str) -> None:
    import base64

    cursor = base64.urlsafe_b64encode(marker.encode()).decode().rstrip("=")
    response = alice_api.get(f"/api/v1/relationships/{couple.pk}/timeline?cursor={cursor}")
    assert response.status_code == 422
    assert response.json()["code"] == "bad_cursor"
