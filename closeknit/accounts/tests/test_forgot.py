"""Asking for a reset link: the same answer, in the same time, for every email, and a limit
so no one can have a person emailed again and again."""

import logging
import re
import smtplib
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from closeknit.accounts.models import AuditEvent, ResetRequest, User
from closeknit.accounts.services import email_digest, purge_expired
from closeknit.core.background import wait_for_jobs
from closeknit.testing.mail import HeldBackend
from closeknit.testing.stored import stored_bytes

pytestmark = pytest.mark.django_db

SENT = "If there is an account with that email, a link to choose a new password is on its way"
PAUSED = "please wait 15 minutes before asking again"
NOBODY = "nobody-7c1e@example.org"
FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@pytest.fixture(autouse=True)
def _email_on(settings: Any) -> None:
    settings.EMAIL_ENABLED = True


@pytest.fixture
def held_mail(settings: Any, mailoutbox: list[Any]) -> Iterator[list[Any]]:
    """A slow mail server, and background jobs on their own threads again."""
    settings.BACKGROUND_JOBS = True
    settings.EMAIL_BACKEND = "closeknit.testing.mail.HeldBackend"
    HeldBackend.release.clear()
    yield mailoutbox
    HeldBackend.release.set()
    wait_for_jobs()


def forgot(email: str, ip: str = "10.0.0.1", agent: str = "") -> Any:
    client = Client(REMOTE_ADDR=ip, HTTP_USER_AGENT=agent)
    return client.post("/password/forgot/", {"email": email})


def page(response: Any) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


def without_csrf_token(response: Any) -> str:
    """The whole page, with its CSRF token (new on every response) masked."""
    html = response.content.decode()
    token = re.search(r'"X-CSRFToken": "([^"]+)"', html)
    assert token is not None
    return html.replace(token[1], "[csrf token]")


def test_it_emails_a_working_link_to_a_known_account(alice: User, mailoutbox: list[Any]) -> None:
    response = forgot(alice.email.upper(), ip="10.0.0.7", agent=FIREFOX)
    assert response.status_code == 200
    assert SENT in page(response)
    assert [m.to for m in mailoutbox] == [[alice.email]]
    path = re.search(r"http://127\.0\.0\.1:8000(/password/reset/\S+/)", mailoutbox[0].body)
    assert path is not None
    assert "Choose a new password" in Client().get(path[1]).content.decode()
    event = AuditEvent.objects.get(user=alice, kind="password_reset_requested")
    assert (event.ip, event.user_agent) == ("10.0.0.7", FIREFOX)


def test_it_answers_known_and_unknown_emails_alike(alice: User, mailoutbox: list[Any]) -> None:
    known, unknown = forgot(alice.email), forgot(NOBODY)
    assert known.status_code == unknown.status_code == 200
    assert SENT in page(known)
    assert without_csrf_token(known) == without_csrf_token(unknown)
    assert len(mailoutbox) == 1


@pytest.mark.django_db(transaction=True)  # the job's thread needs to see alice
def test_it_answers_before_the_email_is_sent(alice: User, held_mail: list[Any]) -> None:
    answers, tables = [], []
    for email in (alice.email, NOBODY):
        with CaptureQueriesContext(connection) as queries:
            answers.append(forgot(email))
        tables.append([re.findall(r'"(accounts_\w+)"', q["sql"]) for q in queries])
        assert held_mail == [], "the answer did not wait on the mail server"
    assert [a.status_code for a in answers] == [200, 200]
    assert all(SENT in page(a) for a in answers)
    # The request itself does the same work for both, and never looks at accounts.
    assert tables[0] == tables[1]
    assert "accounts_user" not in str(tables[0])
    HeldBackend.release.set()
    wait_for_jobs()
    assert [m.to for m in held_mail] == [[alice.email]]


def test_it_logs_a_failed_send_without_the_address(
    alice: User, settings: Any, caplog: pytest.LogCaptureFixture
) -> None:
    settings.EMAIL_BACKEND = "closeknit.testing.mail.RefusingBackend"
    with caplog.at_level(logging.WARNING, logger="closeknit"):
        response = forgot(alice.email)
    assert response.status_code == 200
    assert SENT in page(response), "the person asking never hears about it"
    assert f"account {alice.pk}: SMTPRecipientsRefused (SMTP 550)" in caplog.text
    # The mail server's reply quotes the local part; none of its text reaches the log.
    local_part = alice.email.split("@")[0]
    assert local_part.lower() not in caplog.text.lower()
    assert "Mailbox unavailable" not in caplog.text


@pytest.mark.parametrize(
    ("error", "logged"),
    [
        (
            lambda to: smtplib.SMTPDataError(554, f"<{to}> over quota".encode()),
            "SMTPDataError (SMTP 554)",
        ),
        (
            lambda to: smtplib.SMTPSenderRefused(553, b"no relay", to),
            "SMTPSenderRefused (SMTP 553)",
        ),
        (lambda to: TimeoutError(f"no answer while sending to {to}"), "TimeoutError\n"),
    ],
)
def test_it_logs_only_the_kind_of_error_and_its_smtp_code(
    alice: User,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    error: Callable[[str], Exception],
    logged: str,
) -> None:
    local_part = alice.email.split("@")[0]

    def failing_send_mail(**_: Any) -> None:
        raise error(local_part)

    monkeypatch.setattr("closeknit.accounts.passwords.send_mail", failing_send_mail)
    with caplog.at_level(logging.WARNING, logger="closeknit"):
        assert forgot(alice.email).status_code == 200
    assert f"account {alice.pk}: {logged}" in caplog.text
    assert local_part.lower() not in caplog.text.lower()


def test_it_stops_emailing_one_address_past_the_limit(alice: User, mailoutbox: list[Any]) -> None:
    for n in range(3):
        assert forgot(alice.email, ip=f"10.0.1.{n}").status_code == 200
    assert len(mailoutbox) == 3
    paused = forgot(alice.email, ip="10.0.1.99")
    assert paused.status_code == 429
    assert PAUSED in page(paused) and SENT not in page(paused)
    assert len(mailoutbox) == 3
    assert ResetRequest.objects.count() == 3, "a refused request does not extend the pause"


def test_it_pauses_unknown_emails_with_the_same_words(alice: User) -> None:
    answers = []
    for email in (alice.email, NOBODY):
        for n in range(4):
            response = forgot(email, ip=f"10.0.2.{n}")
        answers.append(response)
    assert [a.status_code for a in answers] == [429, 429]
    messages = [re.search(r"asked for several reset links[^<]*", page(a)) for a in answers]
    assert messages[0] is not None and messages[1] is not None
    assert messages[0][0] == messages[1][0]


def test_it_stops_answering_one_ip_past_the_limit(alice: User, mailoutbox: list[Any]) -> None:
    for n in range(3):
        forgot(f"someone{n}@example.org", ip="10.0.3.1")
    assert forgot(alice.email, ip="10.0.3.1").status_code == 429
    assert mailoutbox == []
    assert forgot(alice.email, ip="10.0.3.2").status_code == 200
    assert len(mailoutbox) == 1


def test_it_sends_again_after_the_window(alice: User, settings: Any, mailoutbox: list[Any]) -> None:
    for _ in range(3):
        forgot(alice.email)
    assert forgot(alice.email).status_code == 429
    window = timedelta(seconds=settings.RESET_REQUEST_WINDOW_SECONDS)
    ResetRequest.objects.update(created_at=timezone.now() - window - timedelta(seconds=1))
    assert forgot(alice.email).status_code == 200
    assert len(mailoutbox) == 4


def test_it_purges_reset_requests_past_their_window(settings: Any) -> None:
    window = timedelta(seconds=settings.RESET_REQUEST_WINDOW_SECONDS)
    ResetRequest.objects.create(email_digest="old", created_at=timezone.now() - window * 2)
    ResetRequest.objects.create(email_digest="recent")
    assert purge_expired()["reset_requests"] == 1
    assert list(ResetRequest.objects.values_list("email_digest", flat=True)) == ["recent"]


@pytest.mark.django_db(transaction=True)  # to read the database file itself
def test_it_never_stores_the_email_in_plain_text(alice: User) -> None:
    forgot(NOBODY.upper())
    forgot(alice.email)
    digests = set(ResetRequest.objects.values_list("email_digest", flat=True))
    assert digests == {email_digest(NOBODY), email_digest(alice.email)}
    stored = stored_bytes()
    assert alice.email.encode() in stored, "the scan must be able to see plain text"
    assert NOBODY.encode() not in stored.lower()


def test_it_sends_nothing_and_keeps_nothing_without_email(
    alice: User, settings: Any, mailoutbox: list[Any]
) -> None:
    settings.EMAIL_ENABLED = False
    assert forgot(alice.email).status_code == 200
    assert mailoutbox == []
    assert not ResetRequest.objects.exists()
