from typing import Any

import pytest

from closeknit.accounts.models import AuditEvent, User
from closeknit.relationships.services import create_invite, revoke_invite
from closeknit.testing.people import PASSWORD, ApiClient, make_user

pytestmark = pytest.mark.django_db


def signup(**overrides: Any) -> Any:
    body = {"email": "new@example.org", "password": PASSWORD, "display_name": "Noor"}
    body.update(overrides)
    return ApiClient().post("/api/v1/accounts", body)


def test_it_lets_the_first_person_sign_up_without_an_invite() -> None:
    response = signup()
    assert response.status_code == 201
    assert response.json() == {
        "id": User.objects.get().pk,
        "email": "new@example.org",
        "display_name": "Noor",
    }
    assert AuditEvent.objects.filter(kind="signup").count() == 1


def test_it_needs_an_invite_after_the_first_account(alice: User) -> None:
    response = signup()
    assert response.status_code == 403
    assert response.json()["code"] == "invite_required"
    assert "need an invite" in response.json()["detail"]
    assert not User.objects.filter(email="new@example.org").exists()


def test_it_accepts_a_valid_invite_code_without_using_it_up(alice: User) -> None:
    invite = create_invite(user=alice, kind="friend")
    response = signup(invite_code=invite.code.lower().replace("-", " "))
    assert response.status_code == 201
    invite.refresh_from_db()
    assert invite.accepted_at is None


@pytest.mark.parametrize(
    ("problem", "status", "code"),
    [("unknown", 404, "invite_not_found"), ("revoked", 410, "invite_revoked")],
)
def test_it_refuses_unusable_invite_codes(
    alice: User, problem: str, status: int, code: str
) -> None:
    invite_code = "AAAA-BBBB-CCCC"
    if problem == "revoked":
        invite_code = create_invite(user=alice, kind="friend").code
        revoke_invite(user=alice, code=invite_code)
    response = signup(invite_code=invite_code)
    assert response.status_code == status
    assert response.json()["code"] == code
    assert not User.objects.filter(email="new@example.org").exists()


def test_it_lets_anyone_sign_up_when_open(alice: User, settings: Any) -> None:
    settings.SIGNUPS = "open"
    assert signup().status_code == 201


def test_it_lets_no_one_sign_up_when_closed(alice: User, settings: Any) -> None:
    settings.SIGNUPS = "closed"
    response = signup(invite_code=create_invite(user=alice, kind="friend").code)
    assert response.status_code == 403
    assert response.json()["code"] == "signups_closed"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "not-an-email", "Enter an email address"),
        ("password", "short", "too short"),
        ("password", "1234567890123", "entirely numeric"),
        ("display_name", "   ", "what to call you"),
        ("display_name", "x" * 61, "60 characters"),
    ],
)
def test_it_explains_each_bad_field(field: str, value: str, message: str) -> None:
    response = signup(**{field: value})
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "invalid"
    assert message in " ".join(body["errors"][field])
    assert not User.objects.exists()


def test_it_refuses_a_second_account_with_the_same_email(settings: Any) -> None:
    settings.SIGNUPS = "open"
    make_user("Existing", email="new@example.org")
    response = signup(email="NEW@example.org")
    assert response.status_code == 422
    assert "already an account" in response.json()["errors"]["email"][0]


def test_it_rejects_missing_fields_and_broken_json() -> None:
    response = ApiClient().post("/api/v1/accounts", {"email": "a@example.org"})
    assert response.status_code == 422
    assert set(response.json()["errors"]) >= {"password", "display_name"}
    broken = ApiClient().client.post(
        "/api/v1/accounts", data="{not json", content_type="application/json"
    )
    assert broken.status_code == 400
    assert broken.json()["code"] == "bad_request"


def test_it_refuses_text_that_cannot_be_stored() -> None:
    response = signup(display_name="No\x00ra")
    assert response.status_code == 422
    assert "NUL" in response.json()["errors"]["display_name"][0]


def test_the_web_form_signs_up_and_signs_in(client: Any) -> None:
    response = client.post(
        "/signup/",
        {"display_name": "Noor", "email": "noor@example.org", "password": PASSWORD},
    )
    assert response.status_code == 302
    assert client.get("/").context["user"].email == "noor@example.org"


def test_the_web_form_keeps_what_was_typed_on_an_error(client: Any) -> None:
    response = client.post(
        "/signup/", {"display_name": "Noor", "email": "noor@example.org", "password": "short"}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert 'value="Noor"' in page and 'value="noor@example.org"' in page
    assert "too short" in page


def test_the_web_form_says_why_sign_up_is_refused(client: Any, alice: User) -> None:
    page = client.get("/signup/").content.decode()
    assert "need an invite" in page
    assert '<form method="post"' not in page
