"""The address a request comes from: only a valid one is kept, the rate limits count an
IPv6 client by its /64, and the security log and devices page show the full address."""

from typing import Any

import pytest
from django.test import Client

from closeknit.accounts.models import AuditEvent, LoginFailure, ResetRequest, Session, User
from closeknit.testing.people import PASSWORD

pytestmark = pytest.mark.django_db

SAME_64 = [f"2001:db8:1:2:{n:x}:aaaa:bbbb:{n:x}" for n in range(1, 10)]
OTHER_64 = "2001:db8:1:3::1"


def login(client: Client, email: str, password: str = "wrong password!") -> Any:
    return client.post("/login/", {"email": email, "password": password})


def forgot(client: Client, email: str) -> Any:
    return client.post("/password/forgot/", {"email": email})


@pytest.fixture
def behind_proxy(settings: Any) -> None:
    settings.BEHIND_PROXY = True
    settings.EMAIL_ENABLED = True


@pytest.mark.parametrize("forwarded", ["1.2.3.4:80", "unknown", "5.6.7.8, [2001:db8::1]", " "])
def test_it_counts_the_proxy_when_its_forwarded_address_is_malformed(
    alice: User, behind_proxy: None, forwarded: str
) -> None:
    proxied = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    signed_in = login(proxied, alice.email)
    assert signed_in.status_code == 200
    assert "don&#x27;t match" in signed_in.content.decode()
    asked = forgot(proxied, alice.email)
    assert asked.status_code == 200
    assert "a link to choose a new password is on its way" in asked.content.decode()
    assert list(LoginFailure.objects.values_list("ip", flat=True)) == ["127.0.0.1"]
    assert list(ResetRequest.objects.values_list("ip", flat=True)) == ["127.0.0.1"]
    event = AuditEvent.objects.get(user=alice, kind="login_failed")
    assert event.ip == "127.0.0.1"


def test_it_keeps_no_address_when_there_is_no_valid_one(alice: User) -> None:
    response = login(Client(REMOTE_ADDR="not-an-address"), alice.email)
    assert response.status_code == 200
    assert LoginFailure.objects.get().ip is None
    assert AuditEvent.objects.get(user=alice, kind="login_failed").ip is None


def test_it_counts_an_ipv4_client_of_a_dual_stack_server_by_its_own_address(
    alice: User,
) -> None:
    login(Client(REMOTE_ADDR="::ffff:203.0.113.5"), "someone@example.org")
    assert LoginFailure.objects.get().ip == "203.0.113.5", "not one limit for every IPv4 client"


def test_it_keeps_an_ipv6_address_without_its_zone(alice: User) -> None:
    response = login(Client(REMOTE_ADDR="fe80::1%eth0"), alice.email)
    assert response.status_code == 200
    assert AuditEvent.objects.get(user=alice, kind="login_failed").ip == "fe80::1"
    assert LoginFailure.objects.get().ip == "fe80::", "the limit counts the /64, zone or not"


def test_it_limits_sign_ins_from_one_ipv6_64_together(alice: User) -> None:
    for n, address in enumerate(SAME_64[:5]):
        login(Client(REMOTE_ADDR=address), f"nobody{n}@example.org")
    assert set(LoginFailure.objects.values_list("ip", flat=True)) == {"2001:db8:1:2::"}
    same = login(Client(REMOTE_ADDR=SAME_64[5]), alice.email, PASSWORD)
    assert same.status_code == 429, "a new address in the same /64 is still paused"
    other = login(Client(REMOTE_ADDR=OTHER_64), alice.email, PASSWORD)
    assert other.status_code == 302, "the next /64 is someone else"


def test_it_limits_reset_requests_from_one_ipv6_64_together(
    alice: User, settings: Any, mailoutbox: list[Any]
) -> None:
    settings.EMAIL_ENABLED = True
    for n, address in enumerate(SAME_64[:3]):
        assert forgot(Client(REMOTE_ADDR=address), f"nobody{n}@example.org").status_code == 200
    assert forgot(Client(REMOTE_ADDR=SAME_64[3]), alice.email).status_code == 429
    assert forgot(Client(REMOTE_ADDR=OTHER_64), alice.email).status_code == 200
    assert len(mailoutbox) == 1


def test_it_shows_the_full_ipv6_address_to_its_owner(alice: User, settings: Any) -> None:
    settings.EMAIL_ENABLED = True
    address = SAME_64[0]
    forgot(Client(REMOTE_ADDR=address), alice.email)
    assert ResetRequest.objects.get().ip == "2001:db8:1:2::", "the limit counts the /64"
    client = Client(REMOTE_ADDR=address)
    assert login(client, alice.email, PASSWORD).status_code == 302
    kinds = AuditEvent.objects.filter(user=alice).values_list("kind", "ip")
    assert set(kinds) == {("password_reset_requested", address), ("login", address)}
    assert Session.objects.get(user=alice).ip == address
    assert address in client.get("/account/sessions/").content.decode()
    assert address in client.get("/account/security/").content.decode()
