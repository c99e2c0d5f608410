from typing import Any

import pytest
from django.test import Client

from closeknit.accounts.models import AuditEvent, User
from closeknit.accounts.passwords import reset_link
from closeknit.relationships.models import Invite
from closeknit.relationships.services import create_invite
from closeknit.testing.people import PASSWORD, ApiClient, token_for

pytestmark = pytest.mark.django_db
NEW = "a different long password"


def test_it_changes_the_password_and_signs_out_elsewhere(alice: User) -> None:
    here, elsewhere = Client(), Client()
    for client in (here, elsewhere):
        client.post("/login/", {"email": alice.email, "password": PASSWORD})
    token = token_for(alice)
    response = here.post("/account/password/", {"old_password": PASSWORD, "new_password": NEW})
    assert response.status_code == 302
    assert here.get("/account/").status_code == 200
    assert elsewhere.get("/account/").status_code == 302
    assert ApiClient(token).get("/api/v1/me").status_code == 401
    alice.refresh_from_db()
    assert alice.check_password(NEW)
    assert AuditEvent.objects.filter(user=alice, kind="password_changed").exists()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [("wrong one!!", NEW, "not your current password"), (PASSWORD, "short", "too short")],
)
def test_it_explains_why_a_change_failed(alice: User, old: str, new: str, message: str) -> None:
    client = Client()
    client.force_login(alice)
    response = client.post("/account/password/", {"old_password": old, "new_password": new})
    assert message in response.content.decode()
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)


def test_a_reset_link_works_once_and_keeps_everything(alice: User) -> None:
    invite = create_invite(user=alice, kind="friend", note="words written before the reset")
    link = reset_link(email=alice.email)
    path = link.removeprefix("http://127.0.0.1:8000")
    client = Client()
    assert "Choose a new password" in client.get(path).content.decode()
    response = client.post(path, {"new_password": NEW})
    assert response["Location"] == "/login/"
    assert client.post("/login/", {"email": alice.email, "password": NEW}).status_code == 302
    assert Client().get(path).status_code == 404, "the link works only once"
    assert Invite.objects.get(pk=invite.pk).note == "words written before the reset"


def test_an_expired_reset_link_says_so(alice: User, settings: Any) -> None:
    path = reset_link(email=alice.email).removeprefix(settings.BASE_URL)
    settings.PASSWORD_RESET_TIMEOUT = -1
    response = Client().get(path)
    assert response.status_code == 404
    assert "expired or was already used" in response.content.decode()


def test_a_made_up_reset_link_is_refused() -> None:
    assert Client().get("/password/reset/MQ/abc-def/").status_code == 404
    assert Client().get("/password/reset/%F0%9F%98%80/x/").status_code == 404


def test_the_forgot_page_points_to_the_cli_without_email(settings: Any) -> None:
    settings.EMAIL_ENABLED = False
    assert "closeknit reset-link" in Client().get("/password/forgot/").content.decode()


def test_the_forgot_page_emails_a_link_when_smtp_is_set(
    alice: User, settings: Any, mailoutbox: list[Any]
) -> None:
    settings.EMAIL_ENABLED = True
    for email in (alice.email, "nobody@example.org"):
        page = Client().post("/password/forgot/", {"email": email}).content.decode()
        assert "If there is an account with that email" in page
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == [alice.email]
    assert "/password/reset/" in mailoutbox[0].body
