from typing import Any

import pytest

from closeknit.accounts.models import User
from closeknit.checkins.models import CheckIn
from closeknit.relationships.models import Relationship
from closeknit.testing.people import api_as

pytestmark = pytest.mark.django_db

GOOD = {"mood": 3, "energy": 2, "feelings": ["tired", "hopeful"], "need": "heard"}


def test_it_lists_the_vocabulary(alice_api: Any) -> None:
    feelings = alice_api.get("/api/v1/feelings").json()
    assert len(feelings) == 60
    assert {"slug": "calm", "word": "calm", "group": "settled"}.items() <= feelings[0].items()
    needs = [n["slug"] for n in alice_api.get("/api/v1/needs").json()]
    assert needs == ["talk", "heard", "reassurance", "space", "help", "closeness", "fun", "nothing"]


def test_it_keeps_a_checkin_private(alice_api: Any, bob: User, couple: Relationship) -> None:
    response = alice_api.post("/api/v1/checkins", {**GOOD, "note": "just for me"})
    assert response.status_code == 201
    body = response.json()
    assert body["share_id"] is None
    assert body["relationship_id"] is None
    assert body["feelings"] == ["tired", "hopeful"]
    items = api_as(bob).get(f"/api/v1/relationships/{couple.pk}/timeline").json()["items"]
    assert items == []
    assert [c["id"] for c in alice_api.get("/api/v1/checkins").json()] == [body["id"]]
    assert api_as(bob).get("/api/v1/checkins").json() == []


def test_it_shares_a_checkin(alice_api: Any, bob: User, couple: Relationship) -> None:
    payload = {**GOOD, "note": "long day, glad it's over", "relationship_id": couple.pk}
    body = alice_api.post("/api/v1/checkins", payload).json()
    assert body["share_id"] is not None
    assert body["shared"] is True
    bob_api = api_as(bob)
    [item] = bob_api.get(f"/api/v1/relationships/{couple.pk}/timeline").json()["items"]
    assert item["id"] == body["share_id"]
    assert item["kind"] == "checkin"
    assert item["text"] == "long day, glad it's over"
    assert item["checkin"]["mood"] == 3
    assert item["checkin"]["need"] == "heard"
    # A shared check-in is a share: it can be answered, and withdrawn back into the journal.
    reply = bob_api.post(f"/api/v1/shares/{item['id']}/responses", {"text": "Want to talk?"})
    assert reply.status_code == 201
    assert alice_api.post(f"/api/v1/shares/{item['id']}/withdraw").status_code == 204
    assert bob_api.get(f"/api/v1/relationships/{couple.pk}/timeline").json()["items"] == []
    [mine] = alice_api.get("/api/v1/checkins").json()
    assert mine["shared"] is False
    assert mine["note"] == "long day, glad it's over"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"mood": 0}, "mood"),
        ({"mood": 6}, "mood"),
        ({"energy": 9}, "energy"),
        ({"feelings": ["calm", "sparkly"]}, "feelings"),
        ({"feelings": ["calm", "happy", "tired", "sad", "hurt", "safe"]}, "feelings"),
        ({"need": "money"}, "need"),
        ({"note": "n" * 5001}, "note"),
    ],
)
def test_it_refuses_bad_checkins(alice_api: Any, change: dict[str, Any], field: str) -> None:
    response = alice_api.post("/api/v1/checkins", {**GOOD, **change})
    assert response.status_code == 422
    assert field in response.json()["errors"], response.json()
    assert CheckIn.objects.count() == 0


def test_it_names_the_unknown_feeling(alice_api: Any) -> None:
    response = alice_api.post("/api/v1/checkins", {**GOOD, "feelings": ["calm", "sparkly"]})
    assert "sparkly" in response.json()["errors"]["feelings"][0]


def test_it_says_the_note_limit(alice_api: Any) -> None:
    response = alice_api.post("/api/v1/checkins", {**GOOD, "note": "n" * 5001})
    assert "5,000" in response.json()["errors"]["note"][0]


def test_it_refuses_sharing_into_someone_elses_relationship(
    couple: Relationship, charlie: User
) -> None:
    response = api_as(charlie).post("/api/v1/checkins", {**GOOD, "relationship_id": couple.pk})
    assert response.status_code == 404
    assert CheckIn.objects.count() == 0
