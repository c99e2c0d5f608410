"""Passwords: changing one, and choosing a new one with a reset link. Both sign out the
person's other sessions and every app token."""

from __future__ import annotations

import logging
import smtplib

from django.conf import settings
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.password_validation import validate_password
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode

from closeknit.core.background import run_in_background
from closeknit.core.errors import Invalid, NotFound, RateLimited

from .models import ApiToken, AuditEvent, LoginFailure, ResetRequest, Session, User
from .requests import client_ip, user_agent
from .services import active_user, audit, confirm_password, email_digest, record_attempt
from .sessions import stored_key

logger = logging.getLogger(__name__)
Kind = AuditEvent.Kind


def _check_new_password(user: User, new_password: str) -> None:
    try:
        validate_password(new_password, user)
    except ValidationError as exc:
        raise Invalid(
            "Please choose a different password.", fields={"new_password": list(exc.messages)}
        ) from None


def _sign_out_elsewhere(user: User, *, keep_session: str | None) -> None:
    Session.objects.filter(user=user).exclude(session_key=keep_session or "").delete()
    ApiToken.objects.filter(user=user).delete()


def change_password(
    *,
    user: User,
    old_password: str,
    new_password: str,
    request: HttpRequest | None = None,
) -> None:
    """Change the password and sign out every other session and app token."""
    if not confirm_password(user=user, password=old_password, request=request):
        raise Invalid(
            "Your current password is not right.",
            fields={"old_password": ["This is not your current password."]},
        )
    _check_new_password(user, new_password)
    with transaction.atomic():
        user.set_password(new_password)
        user.save(update_fields=["password"])
        keep = None
        if request is not None and request.user.is_authenticated:  # a browser session
            update_session_auth_hash(request, user)
            keep = stored_key(request.session.session_key or "")
        _sign_out_elsewhere(user, keep_session=keep)
        audit(user=user, kind=Kind.PASSWORD_CHANGED, request=request)


def reset_path(user: User) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return reverse("accounts:reset", kwargs={"uidb64": uid, "token": token})


def reset_link(*, email: str) -> str:
    """A one-time link (valid for an hour) to choose a new password. For `closeknit reset-link`."""
    user = active_user(email=email)
    if user is None:
        raise NotFound(f"There is no account with the email {email}.")
    audit(user=user, kind=Kind.PASSWORD_RESET_REQUESTED)
    return settings.BASE_URL + reset_path(user)


def request_password_reset(*, email: str, request: HttpRequest | None = None) -> None:
    """Email a reset link if SMTP is set up and the account exists. Says nothing either way.

    Limited to RESET_REQUEST_LIMIT requests per email and per address in a window; past
    it, raises RateLimited for every email alike, so being limited says nothing either.
    """
    if not settings.EMAIL_ENABLED:
        return
    ip = client_ip(request) if request else None
    window = settings.RESET_REQUEST_WINDOW_SECONDS
    allowed = record_attempt(
        ResetRequest,
        digest=email_digest(email),
        ip=ip,
        limit=settings.RESET_REQUEST_LIMIT,
        window=window,
    )
    if allowed is None:
        raise RateLimited(
            "You've asked for several reset links in a short time. To keep inboxes calm, "
            f"please wait {window // 60} minutes before asking again. A link can take a few "
            "minutes to arrive, so it's worth checking your spam folder too.",
            retry_after=window,
        )
    # Whether there is an account is only looked at after the response, so the request
    # takes the same path, and the same time, for every email (and never waits on SMTP).
    # The job gets the full address for the security log; only the limit counts IPv6 by /64.
    run_in_background(
        _send_reset_link, email=email, ip=ip, agent=user_agent(request) if request else ""
    )


def _send_reset_link(*, email: str, ip: str | None, agent: str) -> None:
    """The background half of request_password_reset: find the account and email it a link."""
    user = active_user(email=email)
    if user is None:
        return
    audit(user=user, kind=Kind.PASSWORD_RESET_REQUESTED, ip=ip, agent=agent)
    link = settings.BASE_URL + reset_path(user)
    try:
        send_mail(
            subject="Choose a new closeknit password",
            message=(
                f"Hello {user.display_name},\n\nSomeone (hopefully you) asked to reset the "
                "password for your closeknit account. This link works once, for one hour:"
                f"\n\n{link}\n\n"
                "If it wasn't you, you can ignore this email; your password stays the same.\n"
            ),
            from_email=None,
            recipient_list=[user.email],
        )
    except Exception as exc:  # refused, unreachable, timed out: the person can ask again
        # Mail servers quote the address, or part of it, in their replies, so the log never
        # has the error's text: only its type, any SMTP codes, and the account's id.
        codes = _smtp_codes(exc)
        logger.warning(
            "Could not send a password reset email to account %s: %s%s",
            user.pk,
            type(exc).__name__,
            f" (SMTP {', '.join(map(str, codes))})" if codes else "",
        )


def _smtp_codes(exc: Exception) -> list[int]:
    if isinstance(exc, smtplib.SMTPResponseException):
        return [exc.smtp_code]
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return sorted({code for code, _ in exc.recipients.values()})
    return []


def user_for_reset(*, uidb64: str, token: str) -> User:
    try:
        pk = int(urlsafe_base64_decode(uidb64).decode())
    except (ValueError, UnicodeDecodeError):
        pk = 0
    user = User.objects.filter(pk=pk, is_active=True).first()
    if user is None or not default_token_generator.check_token(user, token):
        raise NotFound(
            "This reset link has expired or was already used. You can ask for a new one.",
            code="reset_link_invalid",
        )
    return user


def reset_password(
    *, uidb64: str, token: str, new_password: str, request: HttpRequest | None = None
) -> User:
    """Set a new password with a reset link. Nothing saved is lost: keys don't depend on it."""
    user = user_for_reset(uidb64=uidb64, token=token)
    _check_new_password(user, new_password)
    with transaction.atomic():
        user.set_password(new_password)  # changes the hash, so the link stops working
        user.save(update_fields=["password"])
        _sign_out_elsewhere(user, keep_session=None)
        LoginFailure.objects.filter(email_digest=email_digest(user.email)).delete()
        audit(user=user, kind=Kind.PASSWORD_RESET, request=request)
    return user
