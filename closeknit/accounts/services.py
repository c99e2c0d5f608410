"""Account rules: sign-up, sign-in, sessions, tokens, export and deletion.

Passwords (changing one, and resetting a forgotten one) are in passwords.py.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any, TypeVar

from django.conf import settings
from django.contrib.auth import login, logout
from django.contrib.auth.hashers import check_password, make_password
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from closeknit.core.errors import BadCredentials, Invalid, NotFound, RateLimited, Refused
from closeknit.core.export import export_for

from . import zones
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
from .requests import client_ip, limit_key, user_agent
from .sessions import stored_key

Kind = AuditEvent.Kind
TOKEN_PREFIX = "ck_"
A = TypeVar("A", bound=Attempt)


def audit(
    *,
    user: User | None,
    kind: str,
    request: HttpRequest | None = None,
    ip: str | None = None,
    agent: str = "",
) -> None:
    """Add an event to the person's security log, with the address and device it came from:
    taken from `request` when there is one, or given as plain values by a background job
    (which never holds the request)."""
    if request is not None:
        if ip is not None or agent:
            raise TypeError("audit() takes the request or plain ip/agent, not both")
        ip, agent = client_ip(request), user_agent(request)
    AuditEvent.objects.create(user=user, kind=kind, ip=ip, user_agent=agent)


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
    time_zone: str | None = None,
    request: HttpRequest | None = None,
) -> User:
    """Create an account, if the instance's sign-up policy allows it.

    time_zone comes from the browser when it can tell; one the machine does not know
    is not the person's mistake, so it quietly becomes UTC (changeable later).
    """
    email = normalize_email(email)
    check_signup_allowed(invite_code=invite_code)
    errors = _validated_signup(email, password, display_name)
    if errors:
        raise Invalid("Please check the highlighted fields.", fields=errors)
    try:
        with transaction.atomic():
            user = User.objects.create_user(
                email=email,
                password=password,
                display_name=display_name.strip(),
                time_zone=time_zone if time_zone in zones.known() else zones.DEFAULT,
            )
            audit(user=user, kind=Kind.SIGNUP, request=request)
    except IntegrityError:
        raise Invalid(
            "Please check the highlighted fields.",
            fields={"email": ["There is already an account with this email. Try signing in."]},
        ) from None
    return user


def set_time_zone(*, user: User, time_zone: str) -> User:
    """Change the zone every time is shown in; an unknown name changes nothing."""
    name = time_zone.strip()
    try:
        zones.validate_time_zone(name)
    except ValidationError as exc:
        fields = {"time_zone": list(exc.messages)}
        raise Invalid("Please check the highlighted fields.", fields=fields) from None
    user.time_zone = name
    user.save(update_fields=["time_zone"])
    return user


# --- Sign-in and rate limiting -------------------------------------------------


def email_digest(email: str) -> str:
    # Failed attempts name emails that may not be accounts: keep only a keyed digest.
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, normalize_email(email).encode(), hashlib.sha256).hexdigest()


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return make_password(secrets.token_urlsafe(16))


def record_attempt(
    model: type[A], *, digest: str, ip: str | None, limit: int, window: int
) -> A | None:
    """Record an attempt, then count it with the others in the last `window` seconds.

    Attempts count per email and per client address `ip`; for IPv6, per /64 (see
    limit_key), which is all that is stored of it. Recording first means parallel attempts
    all see each other, so no more than `limit` per email, or per address, can ever get
    through. Over the limit the record is removed again (a refused attempt does not extend
    the pause) and the answer is None.
    """
    since = timezone.now() - timedelta(seconds=window)
    attempts = model._default_manager
    attempts.filter(created_at__lt=since).delete()
    key = limit_key(ip)
    attempt = attempts.create(email_digest=digest, ip=key)
    recent = attempts.filter(created_at__gte=since)
    if recent.filter(email_digest=digest).count() > limit or (
        key and recent.filter(ip=key).count() > limit
    ):
        attempt.delete()
        return None
    return attempt


def _begin_attempt(digest: str, request: HttpRequest | None) -> LoginFailure:
    """Record a password attempt before checking it, then apply the rate limit.

    No more than the limit can ever reach the password check. The record is removed if
    the password turns out to be right.
    """
    attempt = record_attempt(
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


def confirm_password(*, user: User, password: str, request: HttpRequest | None) -> bool:
    """A signed-in person re-entering their password, under the sign-in rate limit."""
    digest = email_digest(user.email)
    attempt = _begin_attempt(digest, request)
    if not user.check_password(password):
        _failed(user, digest, request)
        return False
    attempt.delete()
    return True


def active_user(*, email: str) -> User | None:
    """The active account with this email, or None."""
    return User.objects.filter(email=normalize_email(email), is_active=True).first()


def check_credentials(*, email: str, password: str, request: HttpRequest | None = None) -> User:
    """Return the account for these credentials, or raise. Rate limited per account and address."""
    digest = email_digest(email)
    _begin_attempt(digest, request)
    user = active_user(email=email)
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
    removed = {
        "sessions": Session.objects.filter(expire_date__lte=now).delete()[0],
        "api_tokens": ApiToken.objects.expired().delete()[0],
    }
    attempts: tuple[tuple[str, type[LoginFailure | ResetRequest], int], ...] = (
        ("login_failures", LoginFailure, settings.LOGIN_FAILURE_WINDOW_SECONDS),
        ("reset_requests", ResetRequest, settings.RESET_REQUEST_WINDOW_SECONDS),
    )
    for name, model, seconds in attempts:
        cutoff = now - timedelta(seconds=seconds)
        removed[name] = model.objects.filter(created_at__lt=cutoff).delete()[0]
    return removed


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
    expires_at = ApiToken.objects.with_expiry().get(pk=stored.pk).expires_at
    return IssuedToken(token=token, expires_at=expires_at)


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


# --- Export and deletion ---------------------------------------------------------


def _reauthenticate(user: User, password: str, request: HttpRequest | None = None) -> None:
    """Confirm the password again, under the same rate limit as signing in."""
    if not confirm_password(user=user, password=password, request=request):
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
