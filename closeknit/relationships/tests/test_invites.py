from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from closeknit.accounts.models import User
from closeknit.relationships.models import Invite, Member, Relationship
from closeknit.relationships.services import create_invite, normalize_code
from closeknit.testing.people import PASSWORD, ApiClient, api_as, make_relationship, make_user

pytestmark = pytest.mark.django_db


def test_it_makes_an_invite_with_a_code_and_link(alice_api: ApiClient) -> None:
    response = alice_api.post("/api/v1/invites", {"kind": "family"})
    assert response.status_code == 201
    body = response.json()
    assert len(normalize_code(body["code"]).replace("-", "")) == 12
    assert body["url"].endswith(f"/join/{body['code']}/")
    assert body["kind"] == "family"
    expires = Invite.objects.get().expires_at
    assert timedelta(hours=47, minutes=59) < expires - timezone.now() <= timedelta(hours=48)


@pytest.mark.parametrize(
    ("body", "field"),
    [({"kind": "enemy"}, "kind"), ({}, "kind"), ({"kind": "friend", "note": "x" * 501}, "note")],
)
def test_it_explains_bad_invites(alice_api: ApiClient, body: dict[str, Any], field: str) -> None:
    response = alice_api.post("/api/v1/invites", body)
    assert response.status_code == 422
    assert field in response.json()["errors"]
    assert not Invite.objects.exists()


def test_it_connects_two_people_when_accepted(alice: User, bob: User) -> None:
    code = api_as(alice).post("/api/v1/invites", {"kind": "partner"}).json()["code"]
    response = api_as(bob).post(f"/api/v1/invites/{code}/accept")
    assert response.status_code == 201
    body = response.json()
    assert body["kind"] == "partner"
    assert {m["display_name"] for m in body["members"]} == {"Alice", "Bob"}
    for person in (alice, bob):
        listed = api_as(person).get("/api/v1/relationships").json()
        assert [r["id"] for r in listed] == [body["id"]]


def test_it_accepts_codes_typed_loosely(alice: User, bob: User) -> None:
    invite = create_invite(user=alice, kind="friend")
    messy = " " + invite.code.lower().replace("-", " ").replace("0", "o") + " "
    response = api_as(bob).post(f"/api/v1/invites/{messy.strip()}/accept")
    assert response.status_code == 201


def test_it_refuses_to_accept_your_own_invite(alice: User, alice_api: ApiClient) -> None:
    code = alice_api.post("/api/v1/invites", {"kind": "friend"}).json()["code"]
    response = alice_api.post(f"/api/v1/invites/{code}/accept")
    assert response.status_code == 409
    assert response.json()["code"] == "own_invite"
    assert not Relationship.objects.exists()


def test_it_uses_a_code_only_once(alice: User, bob: User, charlie: User) -> None:
    code = create_invite(user=alice, kind="friend").code
    assert api_as(bob).post(f"/api/v1/invites/{code}/accept").status_code == 201
    again = api_as(charlie).post(f"/api/v1/invites/{code}/accept")
    assert again.status_code == 410
    assert again.json()["code"] == "invite_used"
    assert "already been used" in again.json()["detail"]


def test_it_does_not_join_the_same_two_people_twice(alice: User, bob: User) -> None:
    make_relationship(alice, bob)
    code = create_invite(user=alice, kind="friend").code
    response = api_as(bob).post(f"/api/v1/invites/{code}/accept")
    assert response.status_code == 409
    assert response.json()["code"] == "already_connected"
    assert Member.objects.filter(user=bob).count() == 1


def test_it_refuses_expired_invites(alice: User, bob: User) -> None:
    invite = create_invite(user=alice, kind="friend")
    Invite.objects.filter(pk=invite.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    response = api_as(bob).post(f"/api/v1/invites/{invite.code}/accept")
    assert response.status_code == 410
    assert response.json()["code"] == "invite_expired"
    assert "48 hours" in response.json()["detail"]


def test_it_refuses_revoked_invites(alice: User, bob: User, alice_api: ApiClient) -> None:
    code = alice_api.post("/api/v1/invites", {"kind": "friend"}).json()["code"]
    assert alice_api.delete(f"/api/v1/invites/{code}").status_code == 204
    response = api_as(bob).post(f"/api/v1/invites/{code}/accept")
    assert response.status_code == 410
    assert response.json()["code"] == "invite_revoked"


def test_it_refuses_unknown_codes(bob: User) -> None:
    response = api_as(bob).post("/api/v1/invites/ZZZZ-ZZZZ-ZZZZ/accept")
    assert response.status_code == 404
    assert "couldn't find" in response.json()["detail"]


def test_only_the_maker_can_revoke(alice: User, charlie: User) -> None:
    code = create_invite(user=alice, kind="friend").code
    assert api_as(charlie).delete(f"/api/v1/invites/{code}").status_code == 404
    assert Invite.objects.get().revoked_at is None


def test_an_accepted_invite_cannot_be_revoked(alice: User, bob: User) -> None:
    code = create_invite(user=alice, kind="friend").code
    api_as(bob).post(f"/api/v1/invites/{code}/accept")
    assert api_as(alice).delete(f"/api/v1/invites/{code}").status_code == 409


def test_the_invite_link_leads_a_newcomer_to_sign_up_and_accept(alice: User) -> None:
    invite = create_invite(user=alice, kind="family", note="Mum, this is the app I mentioned")
    client = Client()
    page = client.get(f"/join/{invite.code}/").content.decode()
    assert "Alice invited you" in page
    assert "Mum, this is the app I mentioned" in page
    assert f"/signup/?invite={invite.code}" in page
    response = client.post(
        f"/signup/?invite={invite.code}",
        {
            "display_name": "Sam",
            "email": "sam@example.org",
            "password": PASSWORD,
            "invite_code": invite.code,
        },
    )
    assert response["Location"] == f"/join/{invite.code}/"
    accepted = client.post(f"/join/{invite.code}/")
    relationship = Relationship.objects.get()
    assert accepted["Location"] == f"/relationships/{relationship.pk}/"
    assert "You and Alice" in client.get(accepted["Location"]).content.decode()


@pytest.mark.parametrize("state", ["unknown", "expired", "used"])
def test_the_invite_link_says_clearly_why_it_cannot_be_used(alice: User, state: str) -> None:
    invite = create_invite(user=alice, kind="friend")
    code = invite.code
    if state == "unknown":
        code = "ZZZZ-ZZZZ-ZZZZ"
    elif state == "expired":
        Invite.objects.filter(pk=invite.pk).update(expires_at=timezone.now())
    else:
        api_as(make_user("Taker")).post(f"/api/v1/invites/{code}/accept")
    response = Client().get(f"/join/{code}/")
    assert response.status_code in {404, 410}
    text = response.content.decode()
    expected = {"unknown": "couldn", "expired": "expired", "used": "already been used"}[state]
    assert expected in text
    assert "Alice" not in text


def test_the_web_makes_and_cancels_invites(alice_web: Client) -> None:
    response = alice_web.post("/invites/new/", {"kind": "friend", "note": ""})
    invite = Invite.objects.get()
    assert response["Location"] == f"/invites/{invite.code}/"
    page = alice_web.get(response["Location"]).content.decode()
    assert invite.code in page and f"/join/{invite.code}/" in page
    alice_web.post(f"/invites/{invite.code}/revoke/")
    invite.refresh_from_db()
    assert invite.revoked_at is not None
    assert alice_web.get(f"/invites/{invite.code}/").status_code == 404, "closed invites go"


def test_the_web_invite_form_explains_bad_input(alice_web: Client) -> None:
    response = alice_web.post("/invites/new/", {"kind": "enemy", "note": "kept text"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Select a valid choice" in page
    assert "kept text" in page


@pytest.mark.parametrize("typed", ["a/b", "!!!!", "é", "..//.."])
def test_odd_codes_get_a_message_not_an_error(alice: User, typed: str) -> None:
    client = Client()
    assert client.get(f"/signup/?invite={typed}").status_code == 200
    response = client.post("/join/", {"code": typed})
    assert response.status_code in {200, 302}
    if response.status_code == 302:
        assert client.get(response["Location"]).status_code == 404


def test_a_code_typed_with_slashes_still_signs_up_and_joins(alice: User) -> None:
    invite = create_invite(user=alice, kind="friend")
    slashed = invite.code.replace("-", "/")
    client = Client()
    response = client.post(
        "/signup/",
        {
            "display_name": "Sam",
            "email": "sam@example.org",
            "password": PASSWORD,
            "invite_code": slashed,
        },
    )
    assert response["Location"] == f"/join/{invite.code}/"
