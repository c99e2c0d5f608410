import json

import pytest
from django.test import Client

from closeknit.accounts.models import AuditEvent, User
from closeknit.relationships.models import Invite, Relationship
from closeknit.relationships.services import create_invite
from closeknit.testing.people import PASSWORD, ApiClient, api_as, web_as

pytestmark = pytest.mark.django_db


def test_the_export_needs_the_password_again(alice: User, alice_web: Client) -> None:
    create_invite(user=alice, kind="friend", note="my own words")
    wrong = alice_web.post("/account/export/", {"password": "not it at all"})
    assert wrong.status_code == 200
    assert "not right" in wrong.content.decode()
    response = alice_web.post("/account/export/", {"password": PASSWORD})
    assert response["Content-Disposition"].startswith("attachment;")
    data = json.loads(response.content)
    assert data["account"]["email"] == alice.email
    assert data["invites"][0]["note"] == "my own words"
    assert AuditEvent.objects.filter(user=alice, kind="export").count() == 1


def test_the_api_export_needs_a_bearer_token(alice: User, couple: Relationship) -> None:
    data = api_as(alice).get("/api/v1/me/export").json()
    assert data["format"] == "closeknit-export"
    assert [r["id"] for r in data["relationships"]] == [couple.pk]
    browser = Client()
    browser.force_login(alice)
    refused = browser.get("/api/v1/me/export")
    assert refused.status_code == 403
    assert refused.json()["code"] == "reauthentication_required"


def test_the_export_holds_nothing_of_the_other_persons(
    alice: User, bob: User, couple: Relationship
) -> None:
    create_invite(user=bob, kind="friend", note="bob's private note")
    text = json.dumps(api_as(alice).get("/api/v1/me/export").json())
    assert "bob's private note" not in text
    assert bob.email not in text


def test_a_wrong_password_deletes_nothing(alice: User) -> None:
    response = api_as(alice).delete("/api/v1/me", {"password": "wrong password"})
    assert response.status_code == 422
    assert "password" in response.json()["errors"]
    assert User.objects.filter(pk=alice.pk).exists()


def test_deleting_removes_the_account_and_its_words(
    alice: User, bob: User, couple: Relationship
) -> None:
    create_invite(user=alice, kind="friend", note="alice wrote this")
    create_invite(user=bob, kind="family", note="bob wrote this")
    api = api_as(alice)
    assert api.delete("/api/v1/me", {"password": PASSWORD}).status_code == 204
    assert not User.objects.filter(pk=alice.pk).exists()
    assert [i.note for i in Invite.objects.all()] == ["bob wrote this"]
    assert api.get("/api/v1/me").status_code == 401
    seen = api_as(bob).get(f"/api/v1/relationships/{couple.pk}").json()
    assert [m["display_name"] for m in seen["members"]] == ["Bob"]
    record = AuditEvent.objects.get(user=None, kind="account_deleted")
    assert record.ip is None and record.user_agent == "", "nothing about the person remains"


def test_deleting_from_the_web_signs_out(alice: User) -> None:
    client = web_as(alice)
    assert "cannot be undone" in client.get("/account/delete/").content.decode()
    response = client.post("/account/delete/", {"password": PASSWORD})
    assert "Your account is gone" in response.content.decode()
    assert client.get("/account/").status_code == 302


def test_a_relationship_with_nobody_left_is_removed(alice: User, bob: User) -> None:
    from closeknit.testing.people import make_relationship

    relationship = make_relationship(alice, bob)
    for person in (alice, bob):
        api_as(person).delete("/api/v1/me", {"password": PASSWORD})
    assert not Relationship.objects.filter(pk=relationship.pk).exists()


def test_deleting_needs_a_password_in_the_body(alice: User) -> None:
    response = ApiClient(None).delete("/api/v1/me", {"password": PASSWORD})
    assert response.status_code == 401
    missing = api_as(alice).delete("/api/v1/me", {})
    assert missing.status_code == 422
