import pytest

from closeknit.accounts.models import User
from closeknit.testing.people import ApiClient

pytestmark = pytest.mark.django_db


def test_it_returns_the_coachs_analysis(alice_api: ApiClient) -> None:
    response = alice_api.post(
        "/api/v1/coach",
        {"text": "You never listen. Calm down.", "replying_to": "I felt alone today."},
    )
    assert response.status_code == 200
    body = response.json()
    found = {item["label"]: item for item in body["labels"]}
    assert {"criticism", "dismissal"} <= set(found)
    start, end = found["dismissal"]["span"]
    assert body["text"][start:end] == found["dismissal"]["evidence"]
    assert 0 < found["criticism"]["score"] <= 1
    assert any(s["rewrite"] for s in body["suggestions"])


def test_it_flags_a_disclosure_used_as_a_weapon_in_conflict_mode(alice_api: ApiClient) -> None:
    body = alice_api.post(
        "/api/v1/coach",
        {
            "text": "No wonder your dad gave up on you.",
            "replying_to": "You know I still feel like a failure because my dad gave up on me.",
            "mode": "conflict",
        },
    ).json()
    assert body["ammunition"], body


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"text": ""}, "text"),
        ({"text": "x" * 5001}, "text"),
        ({"text": "hi", "mode": "shout"}, "mode"),
    ],
)
def test_it_explains_bad_drafts(alice_api: ApiClient, body: dict[str, str], field: str) -> None:
    response = alice_api.post("/api/v1/coach", body)
    assert response.status_code == 422
    assert field in response.json()["errors"]


def test_it_needs_a_signed_in_person(alice: User) -> None:
    assert ApiClient().post("/api/v1/coach", {"text": "hello"}).status_code == 401
