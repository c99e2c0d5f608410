import pytest
from django.test import Client

from closeknit.accounts.models import AuditEvent, Session, User
from closeknit.accounts.services import session_public_id
from closeknit.accounts.sessions import stored_key
from closeknit.testing.people import PASSWORD

pytestmark = pytest.mark.django_db


def signed_in(user: User, agent: str) -> Client:
    client = Client(HTTP_USER_AGENT=agent)
    client.post("/login/", {"email": user.email, "password": PASSWORD})
    return client


def test_it_lists_active_sessions_with_their_device(alice: User) -> None:
    phone = signed_in(alice, "Mozilla/5.0 (Android 14; Mobile) Firefox/140.0")
    signed_in(alice, "Mozilla/5.0 (X11; Linux x86_64) Chrome/150.0")
    page = phone.get("/account/sessions/").content.decode()
    assert "Firefox on Android" in page and "Chrome on Linux" in page
    assert "This device" in page
    assert Session.objects.filter(user=alice).count() == 2


def test_it_never_shows_or_stores_session_keys(alice: User) -> None:
    phone = signed_in(alice, "phone")
    page = phone.get("/account/sessions/").content.decode()
    raw = str(phone.session.session_key)
    assert raw not in page
    stored = list(Session.objects.filter(user=alice).values_list("session_key", flat=True))
    assert stored == [stored_key(raw)] and raw not in stored
    for key in stored:
        assert key not in page


def test_it_revokes_another_session(alice: User) -> None:
    phone = signed_in(alice, "phone")
    laptop = signed_in(alice, "laptop")
    laptop_key = laptop.session.session_key
    phone.post(f"/account/sessions/{session_public_id(stored_key(str(laptop_key)))}/revoke/")
    assert laptop.get("/account/").status_code == 302, "the laptop is signed out"
    assert phone.get("/account/").status_code == 200
    assert AuditEvent.objects.filter(user=alice, kind="session_revoked").count() == 1


def test_it_cannot_revoke_someone_elses_session(alice: User, charlie: User) -> None:
    alice_phone = signed_in(alice, "phone")
    intruder = signed_in(charlie, "intruder")
    target = session_public_id(stored_key(str(alice_phone.session.session_key)))
    response = intruder.post(f"/account/sessions/{target}/revoke/", follow=True)
    assert "already ended" in response.content.decode()
    assert alice_phone.get("/account/").status_code == 200


def test_the_security_log_shows_the_owners_events_only(alice: User, charlie: User) -> None:
    client = signed_in(alice, "phone")
    Client().post("/login/", {"email": alice.email, "password": "wrong guess!!"})
    signed_in(charlie, "other")
    page = client.get("/account/security/").content.decode()
    assert "Signed in" in page and "Failed sign-in attempt" in page
    assert page.count("Signed in") == 1


def test_odd_session_ids_are_just_not_found(alice: User) -> None:
    client = signed_in(alice, "phone")
    response = client.post("/account/sessions/%C3%A9/revoke/", follow=True)
    assert "already ended" in response.content.decode()


def test_expired_sessions_and_old_failures_are_purged(alice: User, settings: object) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from closeknit.accounts.models import LoginFailure
    from closeknit.accounts.services import purge_expired

    signed_in(alice, "phone")
    keep = signed_in(alice, "laptop")
    kept = stored_key(str(keep.session.session_key))
    Session.objects.exclude(session_key=kept).update(
        expire_date=timezone.now() - timedelta(seconds=1)
    )
    LoginFailure.objects.create(email_digest="x", created_at=timezone.now() - timedelta(days=1))
    LoginFailure.objects.create(email_digest="y")
    assert purge_expired() == {
        "sessions": 1,
        "api_tokens": 0,
        "login_failures": 1,
        "reset_requests": 0,
    }
    assert list(Session.objects.values_list("session_key", flat=True)) == [kept]
    assert list(LoginFailure.objects.values_list("email_digest", flat=True)) == ["y"]


def test_an_audit_takes_the_request_or_plain_values_not_both(alice: User) -> None:
    from django.test import RequestFactory

    from closeknit.accounts.services import audit

    request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.9")
    login = AuditEvent.Kind.LOGIN
    with pytest.raises(TypeError):
        audit(user=alice, kind=login, request=request, ip="198.51.100.1")
    audit(user=alice, kind=login, request=request)
    audit(user=alice, kind=login, ip="198.51.100.1", agent="a job")
    events = AuditEvent.objects.filter(user=alice, kind=login).order_by("pk")
    assert list(events.values_list("ip", flat=True)) == [
        "203.0.113.9",
        "198.51.100.1",
    ]
