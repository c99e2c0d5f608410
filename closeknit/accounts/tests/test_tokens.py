import pytest
from django.test import Client

from closeknit.accounts.models import ApiToken, User
from closeknit.testing.people import PASSWORD, ApiClient, token_for

pytestmark = pytest.mark.django_db


def test_it_issues_a_token_that_works_until_revoked(alice: User) -> None:
    response = ApiClient().post("/api/v1/tokens", {"email": alice.email, "password": PASSWORD})
    assert response.status_code == 201
    token = response.json()["token"]
    assert not ApiToken.objects.filter(digest__contains=token).exists()
    api = ApiClient(token)
    assert api.get("/api/v1/me").json()["email"] == alice.email
    assert api.delete("/api/v1/tokens/current").status_code == 204
    gone = api.get("/api/v1/me")
    assert gone.status_code == 401
    assert gone.json()["code"] == "not_authenticated"


def test_it_refuses_wrong_credentials_with_json(alice: User) -> None:
    response = ApiClient().post("/api/v1/tokens", {"email": alice.email, "password": "nope"})
    assert response.status_code == 401
    assert response.json()["code"] == "bad_credentials"


@pytest.mark.parametrize("header", ["Bearer nonsense", "Bearer ck_madeup", "Basic abc", ""])
def test_it_answers_401_without_a_valid_token(alice: User, header: str) -> None:
    response = Client().get("/api/v1/me", headers={"Authorization": header} if header else {})
    assert response.status_code == 401
    assert set(response.json()) == {"detail", "code"}


def test_it_lets_a_signed_in_browser_use_the_api_with_csrf(alice: User) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    assert client.get("/api/v1/me").json()["display_name"] == "Alice"
    refused = client.post("/api/v1/invites", {"kind": "friend"}, content_type="application/json")
    assert refused.status_code == 403


def test_it_revokes_a_token_from_the_sessions_page(alice: User, alice_web: Client) -> None:
    token = token_for(alice)
    stored = ApiToken.objects.get(user=alice)
    assert stored.prefix in alice_web.get("/account/sessions/").content.decode()
    alice_web.post(f"/account/tokens/{stored.pk}/revoke/")
    assert ApiClient(token).get("/api/v1/me").status_code == 401


def test_it_cannot_revoke_someone_elses_token(alice: User, charlie: User) -> None:
    token_for(alice)
    stored = ApiToken.objects.get(user=alice)
    client = Client()
    client.force_login(charlie)
    client.post(f"/account/tokens/{stored.pk}/revoke/")
    assert ApiToken.objects.filter(pk=stored.pk).exists()
