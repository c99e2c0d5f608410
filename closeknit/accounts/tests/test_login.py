from typing import Any
from unittest import mock

import pytest
from django.test import Client

from closeknit.accounts.models import AuditEvent, User
from closeknit.testing.hashers import FastArgon2idHasher
from closeknit.testing.people import PASSWORD, ApiClient

pytestmark = pytest.mark.django_db


def login(client: Client, email: str, password: str, **extra: Any) -> Any:
    return client.post("/login/", {"email": email, "password": password}, **extra)


def test_it_signs_in_and_rotates_the_session_key(alice: User) -> None:
    client = Client()
    client.get("/login/")
    client.session.save()
    before = client.session.session_key
    response = login(client, alice.email.upper(), PASSWORD)
    assert response.status_code == 302
    assert client.session.session_key != before
    assert AuditEvent.objects.filter(user=alice, kind="login").count() == 1


def test_it_says_plainly_when_credentials_are_wrong(alice: User) -> None:
    response = login(Client(), alice.email, "wrong password!")
    assert response.status_code == 200
    assert "don&#x27;t match" in response.content.decode()
    assert AuditEvent.objects.filter(user=alice, kind="login_failed").count() == 1


def test_it_only_follows_safe_next_links(alice: User) -> None:
    client = Client()
    evil = client.post(
        "/login/", {"email": alice.email, "password": PASSWORD, "next": "https://evil.example"}
    )
    assert evil["Location"] == "/"


def test_it_pauses_sign_in_after_five_failures_for_an_account(alice: User) -> None:
    for n in range(5):
        login(Client(REMOTE_ADDR=f"10.0.0.{n}"), alice.email, "wrong password!")
    response = login(Client(REMOTE_ADDR="10.0.0.99"), alice.email, PASSWORD)
    assert response.status_code == 429
    assert "paused for 15 minutes" in response.content.decode()
    assert AuditEvent.objects.filter(user=alice, kind="login_blocked").count() == 1
    api = ApiClient().post("/api/v1/tokens", {"email": alice.email, "password": PASSWORD})
    assert api.status_code == 429
    assert api.json()["code"] == "rate_limited"
    assert int(api["Retry-After"]) == 900


def test_it_pauses_sign_in_after_five_failures_from_one_address(alice: User) -> None:
    for n in range(5):
        login(Client(), f"someone{n}@example.org", "wrong password!")
    assert login(Client(), alice.email, PASSWORD).status_code == 429
    assert login(Client(REMOTE_ADDR="10.1.1.1"), alice.email, PASSWORD).status_code == 302


def test_it_lets_people_in_again_after_the_window(alice: User, settings: Any) -> None:
    settings.LOGIN_FAILURE_WINDOW_SECONDS = 0
    for _ in range(6):
        login(Client(), alice.email, "wrong password!")
    assert login(Client(), alice.email, PASSWORD).status_code == 302


def test_it_checks_a_hash_even_for_unknown_emails(alice: User) -> None:
    real_verify = FastArgon2idHasher.verify
    with mock.patch.object(
        FastArgon2idHasher, "verify", autospec=True, side_effect=real_verify
    ) as verify:
        login(Client(), "nobody@example.org", "some password")
        login(Client(REMOTE_ADDR="10.2.2.2"), alice.email, "some password")
    assert verify.call_count == 2, "unknown and known emails must cost the same"


def test_it_signs_out_with_a_post_only(alice_web: Client, alice: User) -> None:
    assert alice_web.get("/logout/").status_code == 405
    assert alice_web.post("/logout/").status_code == 302
    assert alice_web.get("/account/").status_code == 302
    assert AuditEvent.objects.filter(user=alice, kind="logout").exists()


def test_it_protects_forms_against_cross_site_posts(alice: User) -> None:
    client = Client(enforce_csrf_checks=True)
    assert login(client, alice.email, PASSWORD).status_code == 403


def test_passwords_are_hashed_with_argon2id(settings: Any) -> None:
    from django.contrib.auth.hashers import make_password

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
    assert make_password("a long and memorable password").startswith("argon2$argon2id$")


def test_it_trusts_only_our_own_proxys_forwarded_address(alice: User, settings: Any) -> None:
    settings.BEHIND_PROXY = True
    for n in range(5):  # five different people behind the proxy get it wrong
        proxied = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
        login(proxied, f"nobody{n}@example.org", "wrong password!")
    other = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert login(other, alice.email, PASSWORD).status_code == 302
    # A client cannot pick its own address: only the right-most entry counts.
    for _ in range(5):
        spoof = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.9")
        login(spoof, "someone@example.org", "wrong password!")
    blocked = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="5.6.7.8, 198.51.100.9")
    assert login(blocked, alice.email, PASSWORD).status_code == 429


def test_re_entering_the_password_is_rate_limited_too(alice: User) -> None:
    client = Client()
    client.force_login(alice)
    for _ in range(5):
        client.post("/account/export/", {"password": "a wrong guess!"})
    response = client.post("/account/export/", {"password": PASSWORD})
    assert "paused" in response.content.decode()
    assert "Content-Disposition" not in response
    assert AuditEvent.objects.filter(user=alice, kind="login_failed").count() == 5


def test_refused_attempts_never_reach_the_password_check(alice: User) -> None:
    from closeknit.accounts.models import LoginFailure

    real_verify = FastArgon2idHasher.verify
    with mock.patch.object(
        FastArgon2idHasher, "verify", autospec=True, side_effect=real_verify
    ) as verify:
        for n in range(8):
            login(Client(REMOTE_ADDR=f"10.9.0.{n}"), alice.email, "wrong password!")
    assert verify.call_count == 5
    assert LoginFailure.objects.count() == 5, "refused attempts do not extend the pause"
