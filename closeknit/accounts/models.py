from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, ClassVar

from django.conf import settings
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.sessions.base_session import AbstractBaseSession
from django.db import models
from django.db.models import DateTimeField, ExpressionWrapper, F, Q
from django.db.models.functions import Coalesce, Least
from django.utils import timezone

from closeknit.core.fields import EncryptedTextField

from . import zones


def normalize_email(email: str) -> str:
    return email.strip().lower()


class UserManager(BaseUserManager["User"]):
    def create_user(self, email: str, password: str, display_name: str, **extra: Any) -> User:
        user = self.model(email=normalize_email(email), display_name=display_name, **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user


class User(AbstractBaseUser):
    """A person with an account. No staff or admin flags: operators use the CLI."""

    email = models.EmailField(unique=True)
    display_name = models.CharField(max_length=60)
    date_joined = models.DateTimeField(default=timezone.now)
    is_active = models.BooleanField(default=True)
    # Every time is shown in it (zones.py); the sign-up form fills it from the browser.
    time_zone = models.CharField(
        max_length=64, default=zones.DEFAULT, validators=[zones.validate_time_zone]
    )

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = ["display_name"]

    def __str__(self) -> str:
        return self.display_name


class Session(AbstractBaseSession):
    """A browser session, linked to its person so it can be listed and revoked."""

    user = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.CASCADE, related_name="sessions"
    )
    created_at = models.DateTimeField(default=timezone.now)
    last_seen = models.DateTimeField(null=True, blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    user_agent = EncryptedTextField(blank=True, default="")

    @classmethod
    def get_session_store_class(cls) -> type:
        from .sessions import SessionStore

        return SessionStore


class ApiTokenQuerySet(models.QuerySet["ApiToken"]):
    def with_expiry(self) -> ApiTokenQuerySet:
        """Annotate `expires_at` and `final_expiry`: the one place the expiry rule lives.

        A token stops working API_TOKEN_IDLE_DAYS after it was last used (or made, if it
        never was), and API_TOKEN_MAX_DAYS after it was made (its final expiry), whichever
        comes first.
        """
        idle = timedelta(days=settings.API_TOKEN_IDLE_DAYS)
        longest = timedelta(days=settings.API_TOKEN_MAX_DAYS)
        # The wrapper says a date plus a duration is a date, on SQLite and PostgreSQL alike.
        final_expiry = ExpressionWrapper(F("created_at") + longest, output_field=DateTimeField())
        idle_expiry = ExpressionWrapper(
            Coalesce("last_used", "created_at") + idle, output_field=DateTimeField()
        )
        # The model declares these two names for type checkers (the django-stubs plugin
        # would rather they were only annotations, hence the ignore).
        return self.annotate(  # type: ignore[no-redef]
            final_expiry=final_expiry, expires_at=Least(idle_expiry, final_expiry)
        )

    def usable(self) -> ApiTokenQuerySet:
        return self.with_expiry().filter(Q(expires_at__gt=timezone.now()))

    def expired(self) -> ApiTokenQuerySet:
        # Exactly the rest: neither date in expires_at can be null, so neither is it.
        return self.with_expiry().filter(Q(expires_at__lte=timezone.now()))


class ApiToken(models.Model):
    """A bearer token for API clients. Only a SHA-256 digest is stored."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    digest = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=12)
    created_at = models.DateTimeField(default=timezone.now)
    # Updated at most every five minutes, so idle time is counted to within that.
    last_used = models.DateTimeField(null=True, blank=True)

    objects = ApiTokenQuerySet.as_manager()

    # Only on tokens read through ApiTokenQuerySet.with_expiry() (usable() included):
    # when it stops working unless it is used before then, and however often it is used.
    expires_at: datetime
    final_expiry: datetime

    def __str__(self) -> str:
        return f"{self.prefix}…"


class AuditEvent(models.Model):
    """A security event, shown to the account owner in their security log."""

    class Kind(models.TextChoices):
        SIGNUP = "signup", "Account created"
        LOGIN = "login", "Signed in"
        LOGIN_FAILED = "login_failed", "Failed sign-in attempt"
        LOGIN_BLOCKED = "login_blocked", "Sign-in paused after too many attempts"
        LOGOUT = "logout", "Signed out"
        PASSWORD_CHANGED = "password_changed", "Password changed"
        PASSWORD_RESET_REQUESTED = "password_reset_requested", "Password reset link created"
        PASSWORD_RESET = "password_reset", "Password reset with a link"
        SESSION_REVOKED = "session_revoked", "Signed out another device"
        TOKEN_CREATED = "token_created", "App token created"
        TOKEN_REVOKED = "token_revoked", "App token removed"
        EXPORT = "export", "Data exported"
        ACCOUNT_DELETED = "account_deleted", "Account deleted"

    # Null only for the record that an account was deleted (its owner is gone).
    user = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.CASCADE, related_name="audit_events"
    )
    kind = models.CharField(max_length=32, choices=Kind.choices)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    user_agent = EncryptedTextField(blank=True, default="")

    class Meta:
        indexes: ClassVar = [models.Index(fields=["user", "-created_at"])]

    def __str__(self) -> str:
        return self.kind


class Attempt(models.Model):
    """Something rate limited per email and per address, kept only for its window.

    Attempts name emails that may not be accounts, so the email is stored only as a keyed
    digest. The address is the one the limit counts (for IPv6, the network address of its
    /64: see requests.limit_key).
    """

    email_digest = models.CharField(max_length=64, db_index=True)
    ip = models.GenericIPAddressField(null=True, blank=True, db_index=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        abstract = True


class LoginFailure(Attempt):
    """A failed sign-in, kept for rate limiting."""

    def __str__(self) -> str:
        return f"failure at {self.created_at:%Y-%m-%d %H:%M}"


class ResetRequest(Attempt):
    """A request for a password reset link, kept so no one can have a person emailed again
    and again."""

    def __str__(self) -> str:
        return f"reset request at {self.created_at:%Y-%m-%d %H:%M}"
