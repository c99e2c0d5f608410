"""Account rules: sign-up, sign-in, sessions, tokens, passwords, export and deletion."""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any, TypeVar

from django.conf import settings
from django.contrib.auth import login, logout, update_session_auth_hash
from django.contrib.auth.hashers import check_password, make_password
from django.contrib.auth.password_validation import validate_password
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode

from closeknit.core.background import run_in_background
from closeknit.core.errors import BadCredentials, Invalid, NotFound, RateLimited, Refused
from closeknit.core.export import export_for

from .models import (
    ApiToken,
    Attempt,
    AuditEvent,
    LoginFailure,
    ResetRequest,
    Session,
    User,
    normalize_email,
)
from .requests import client_ip, user_agent
from .sessions import stored_key

logger = logging.getLogger(__name__)
Kind = AuditEvent.Kind
TOKEN_PREFIX = "ck_"
A = TypeVar("A", bound=Attempt)


def audit(*, user: User | None, kind: str, request: HttpRequest | None = None) -> None:
    AuditEvent.objects.create(
        user=user,
        kind=kind,
        ip=client_ip(request) if request else None,
        user_agent=user_agent(request) if request else "",
    )


# --- Sign-up -------------------------------------------------------------------


def check_signup_allowed(*, invite_code: str | None) -> None:
    """Apply the sign-up policy (CLOSEKNIT_SIGNUPS). The first account is always allowed."""
    if not User.objects.exists() or settings.SIGNUPS == "open":
        return
    if settings.SIGNUPS == "closed":
        raise Refused(
            "This closeknit is not taking new sign-ups. Ask the person who hosts it.",
            code="signups_closed",
        )
    if not invite_code:
        raise Refused(
            "Sign-ups here need an invite. Ask the person who invited you for their link or code.",
            code="invite_required",
        )
    from closeknit.relationships.services import find_open_invite

    find_open_invite(code=invite_code)  # raises with a clear message if not usable


def _validated_signup(email: str, password: str, display_name: str) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    try:
        validate_email(email)
    except ValidationError:
        errors["email"] = ["Enter an email address like name@example.org."]
    else:
        if User.objects.filter(email=email).exists():
            errors["email"] = ["There is already an account with this email. Try signing in."]
    name = display_name.strip()
    if not name:
        errors["display_name"] = ["Tell us what to call you."]
    elif len(name) > 60:
        errors["display_name"] = ["Keep your name to 60 characters or fewer."]
    try:
        validate_password(password, User(email=email, display_name=name))
    except ValidationError as exc:
        errors["password"] = list(exc.messages)
    return errors


def create_account(
    *,
    email: str,
    password: str,
    display_name: str,
    invite_code: str | None = None,
    request: HttpRequest | None = None,
) -> User:
    """Create an account, if the instance's sign-up policy allows it."""
    email = normalize_email(email)
    check_signup_allowed(invite_code=invite_code)
    errors = _validated_signup(email, password, display_name)
    if errors:
        raise Invalid("Please check the highlighted fields.", fields=errors)
    try:
        with transaction.atomic():
            user = User.objects.create_user(
                email=email, password=password, display_name=display_name.strip()
            )
            audit(user=user, kind=Kind.SIGNUP, request=request)
    except IntegrityError:
        raise Invalid(
            "Please check the highlighted fields.",
            fields={"email": ["There is already an account with this email. Try signing in."]},
        ) from None
    return user


# --- Sign-in and rate limiting -------------------------------------------------


def _email_digest(email: str) -> str:
    # Failed attempts name emails that may not be accounts: keep only a keyed digest.
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, normalize_email(email).encode(), hashlib.sha256).hexdigest()


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return make_password(secrets.token_urlsafe(16))


def _record_attempt(
    model: type[A], *, digest: str, ip: str | None, limit: int, window: int
) -> A | None:
    """Record an attempt, then count it with the others in the last `window` seconds.

    Recording first means parallel attempts all see each other, so no more than `limit`
    per email, or per address, can ever get through. Over the limit the record is
    removed again (a refused attempt does not extend the pause) and the answer is None.
    """
    since = timezone.now() - timedelta(seconds=window)
    attempts = model._default_manager
    attempts.filter(created_at__lt=since).delete()
    attempt = attempts.create(email_digest=digest, ip=ip)
    recent = attempts.filter(created_at__gte=since)
    if recent.filter(email_digest=digest).count() > limit or (
        ip and recent.filter(ip=ip).count() > limit
    ):
        attempt.delete()
        return None
    return attempt


def _begin_attempt(digest: str, request: HttpRequest | None) -> LoginFailure:
    """Record a password attempt before checking it, then apply the rate limit.

    No more than the limit can ever reach the password check. The record is removed if
    the password turns out to be right.
    """
    attempt = _record_attempt(
        LoginFailure,
        digest=digest,
        ip=client_ip(request) if request else None,
        limit=settings.LOGIN_FAILURE_LIMIT,
        window=settings.LOGIN_FAILURE_WINDOW_SECONDS,
    )
    if attempt is None:
        minutes = settings.LOGIN_FAILURE_WINDOW_SECONDS // 60
        raise RateLimited(
            "Too many sign-in attempts. For your safety, signing in is paused for "
            f"{minutes} minutes. If you have forgotten your password, you can reset it.",
            retry_after=settings.LOGIN_FAILURE_WINDOW_SECONDS,
        )
    return attempt


def _failed(user: User | None, digest: str, request: HttpRequest | None) -> None:
    """The attempt stays recorded; the owner's security log hears about it."""
    if user is None:
        return
    audit(user=user, kind=Kind.LOGIN_FAILED, request=request)
    since = timezone.now() - timedelta(seconds=settings.LOGIN_FAILURE_WINDOW_SECONDS)
    failures = LoginFailure.objects.filter(email_digest=digest, created_at__gte=since)
    if failures.count() == settings.LOGIN_FAILURE_LIMIT:
        audit(user=user, kind=Kind.LOGIN_BLOCKED, request=request)


def _confirm_password(user: User, password: str, request: HttpRequest | None) -> bool:
    """A signed-in person re-entering their password, under the sign-in rate limit."""
    digest = _email_digest(user.email)
    attempt = _begin_attempt(digest, request)
    if not user.check_password(password):
        _failed(user, digest, request)
        return False
    attempt.delete()
    return True


def check_credentials(*, email: str, password: str, request: HttpRequest | None = None) -> User:
    """Return the account for these credentials, or raise. Rate limited per account and address."""
    digest = _email_digest(email)
    _begin_attempt(digest, request)
    user = User.objects.filter(email=normalize_email(email), is_active=True).first()
    if user is None:
        # Spend the same time as a real check, so timing does not reveal who has an account.
        check_password(password, _dummy_hash())
        ok = False
    else:
        ok = user.check_password(password)
    if not ok:
        _failed(user, digest, request)
        raise BadCredentials("That email and password don't match. Please try again.")
    LoginFailure.objects.filter(email_digest=digest).delete()  # this attempt included
    assert user is not None  # ok is only true for a real account
    return user


def sign_in(*, request: HttpRequest, email: str, password: str) -> User:
    """Check the credentials and start a browser session (with a fresh session key)."""
    user = check_credentials(email=email, password=password, request=request)
    start_session(request=request, user=user)
    return user


def start_session(*, request: HttpRequest, user: User) -> None:
    login(request, user, backend=settings.AUTHENTICATION_BACKENDS[0])  # rotates the session key
    request.session.save()
    Session.objects.filter(session_key=stored_key(request.session.session_key or "")).update(
        user=user, ip=client_ip(request), user_agent=user_agent(request), last_seen=timezone.now()
    )
    User.objects.filter(pk=user.pk).update(last_login=timezone.now())
    audit(user=user, kind=Kind.LOGIN, request=request)


def sign_out(*, request: HttpRequest) -> None:
    if request.user.is_authenticated:
        audit(user=request.user, kind=Kind.LOGOUT, request=request)
    logout(request)


# --- Sessions and tokens -------------------------------------------------------


def purge_expired() -> dict[str, int]:
    """Remove expired sessions and app tokens, and sign-in failures and reset requests past
    their windows."""
    now = timezone.now()
    sessions, _ = Session.objects.filter(expire_date__lte=now).delete()
    tokens, _ = ApiToken.objects.expired().delete()
    window = timedelta(seconds=settings.LOGIN_FAILURE_WINDOW_SECONDS)
    failures, _ = LoginFailure.objects.filter(created_at__lt=now - window).delete()
    window = timedelta(seconds=settings.RESET_REQUEST_WINDOW_SECONDS)
    resets, _ = ResetRequest.objects.filter(created_at__lt=now - window).delete()
    return {
        "sessions": sessions,
        "api_tokens": tokens,
        "login_failures": failures,
        "reset_requests": resets,
    }


def session_public_id(stored: str) -> str:
    # Pages and URLs name a session by a digest of what is stored, never by its key.
    return hashlib.sha256(stored.encode()).hexdigest()[:20]


def active_sessions(*, user: User) -> list[Session]:
    return list(
        Session.objects.filter(user=user, expire_date__gt=timezone.now()).order_by("-last_seen")
    )


def revoke_session(*, user: User, public_id: str, request: HttpRequest | None = None) -> None:
    """Sign out one of the person's sessions. Unknown ids (or someone else's) are NotFound."""
    for session in active_sessions(user=user):
        if hmac.compare_digest(session_public_id(session.session_key).encode(), public_id.encode()):
            session.delete()
            audit(user=user, kind=Kind.SESSION_REVOKED, request=request)
            return
    raise NotFound("That session has already ended.")


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class IssuedToken:
    """A new bearer token (the only time it exists in plain text) and when it stops working
    if it is not used before then."""

    token: str
    expires_at: datetime


def create_token(*, email: str, password: str, request: HttpRequest | None = None) -> IssuedToken:
    """Exchange credentials for a new bearer token. The token is shown once and stored hashed."""
    user = check_credentials(email=email, password=password, request=request)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    stored = ApiToken.objects.create(user=user, digest=_token_digest(token), prefix=token[:10])
    audit(user=user, kind=Kind.TOKEN_CREATED, request=request)
    return IssuedToken(token=token, expires_at=stored.expires_at)


def active_tokens(*, user: User) -> list[ApiToken]:
    return list(ApiToken.objects.usable().filter(user=user).order_by("-created_at"))


def user_for_token(token: str) -> tuple[User, ApiToken] | None:
    """The account and token for a bearer token, or None if it is unknown or expired.

    Expired tokens are left for purge_expired(): they take the same path as unknown ones,
    so the answer never says whether a token once existed.
    """
    if not token.startswith(TOKEN_PREFIX):
        return None
    found = (
        ApiToken.objects.usable()
        .select_related("user")
        .filter(digest=_token_digest(token), user__is_active=True)
        .first()
    )
    if found is None:
        return None
    now = timezone.now()
    if found.last_used is None or now - found.last_used > timedelta(minutes=5):
        ApiToken.objects.filter(pk=found.pk).update(last_used=now)
    return found.user, found


def revoke_token(*, user: User, token_id: int, request: HttpRequest | None = None) -> None:
    deleted, _ = ApiToken.objects.filter(user=user, pk=token_id).delete()
    if not deleted:
        raise NotFound("That app token has already been removed.")
    audit(user=user, kind=Kind.TOKEN_REVOKED, request=request)


# --- Passwords -----------------------------------------------------------------


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
    if not _confirm_password(user, old_password, request):
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
    user = User.objects.filter(email=normalize_email(email), is_active=True).first()
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
    allowed = _record_attempt(
        ResetRequest,
        digest=_email_digest(email),
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
    run_in_background(
        _send_reset_link, email=email, ip=ip, agent=user_agent(request) if request else ""
    )


def _send_reset_link(*, email: str, ip: str | None, agent: str) -> None:
    """The background half of request_password_reset: find the account and email it a link."""
    user = User.objects.filter(email=normalize_email(email), is_active=True).first()
    if user is None:
        return
    AuditEvent.objects.create(
        user=user, kind=Kind.PASSWORD_RESET_REQUESTED, ip=ip, user_agent=agent
    )
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
        # SMTP errors often quote the address; the log names the account by its id instead.
        reason = re.sub(re.escape(user.email), "[email]", str(exc), flags=re.IGNORECASE)
        logger.warning(
            "Could not send a password reset email to account %s: %s: %s",
            user.pk,
            type(exc).__name__,
            reason,
        )


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
        LoginFailure.objects.filter(email_digest=_email_digest(user.email)).delete()
        audit(user=user, kind=Kind.PASSWORD_RESET, request=request)
    return user


# --- Export and deletion ---------------------------------------------------------


def _reauthenticate(user: User, password: str, request: HttpRequest | None = None) -> None:
    """Confirm the password again, under the same rate limit as signing in."""
    if not _confirm_password(user, password, request):
        raise Invalid(
            "That password is not right.",
            fields={"password": ["That password is not right. Enter your current password."]},
        )


def export_account(
    *, user: User, password: str | None, request: HttpRequest | None = None
) -> dict[str, Any]:
    """Everything the person wrote or did, as JSON-ready data.

    `password` is required except for API clients, whose bearer token was itself issued
    against the password (pass None only there).
    """
    if password is not None:
        _reauthenticate(user, password, request)
    audit(user=user, kind=Kind.EXPORT, request=request)
    return export_for(user)


def delete_account(*, user: User, password: str, request: HttpRequest | None = None) -> None:
    """Delete the account and everything it wrote. Others keep what they wrote themselves."""
    _reauthenticate(user, password, request)
    from closeknit.relationships import services as relationships

    with transaction.atomic():
        ids = relationships.relationship_ids_of(user=user)
        for relationship_id in ids:
            relationships.member_leaving.send(None, user=user, relationship_id=relationship_id)
        user.delete()
        relationships.delete_empty_relationships(ids)
        audit(user=None, kind=Kind.ACCOUNT_DELETED)  # no address or device: they are gone
