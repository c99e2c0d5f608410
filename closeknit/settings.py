"""Settings for closeknit.

This is the only module that reads environment variables. A bad value stops
start-up with a message that names the variable to fix.
"""

import os
import secrets
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent


def _flag(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    if raw.lower() in {"1", "true", "yes", "on"}:
        return True
    if raw.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be 1 or 0 (got {raw!r}).")


def _choice(name: str, default: str, choices: set[str]) -> str:
    value = os.environ.get(name, "") or default
    if value not in choices:
        allowed = ", ".join(sorted(choices))
        raise ImproperlyConfigured(f"{name} must be one of: {allowed} (got {value!r}).")
    return value


def _secret_from_file(path: Path) -> str:
    """Read a secret kept in the data folder, creating it (mode 0600) on first run."""
    if path.exists():
        return path.read_text().strip()
    value = secrets.token_urlsafe(50)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(value + "\n")
    return value


# --- Where data lives -------------------------------------------------------

DATA_DIR = Path(os.environ.get("CLOSEKNIT_DATA_DIR") or "data").resolve()
try:
    DATA_DIR.mkdir(parents=True, exist_ok=True, mode=0o700)
except OSError as exc:
    raise ImproperlyConfigured(
        f"Cannot create the data folder {DATA_DIR} ({exc.strerror}). "
        "Set CLOSEKNIT_DATA_DIR to a folder this user can write to."
    ) from exc

SECRET_KEY = os.environ.get("CLOSEKNIT_SECRET_KEY") or _secret_from_file(DATA_DIR / "secret_key")

# The encryption key never lives in the database. Either it is given here, or
# it is read from (and on a brand-new install, created in) the key file. See
# closeknit/core/keys.py for the start-up checks.
ENCRYPTION_KEY = os.environ.get("CLOSEKNIT_ENCRYPTION_KEY", "")
ENCRYPTION_KEY_FILE = DATA_DIR / "encryption.key"

DEBUG = _flag("CLOSEKNIT_DEBUG")

BASE_URL = (os.environ.get("CLOSEKNIT_BASE_URL") or "http://127.0.0.1:8000").rstrip("/")
_base = urlsplit(BASE_URL)
if _base.scheme not in {"http", "https"} or not _base.hostname:
    raise ImproperlyConfigured(
        f"CLOSEKNIT_BASE_URL must look like https://closeknit.example.org (got {BASE_URL!r})."
    )

_hosts = os.environ.get("CLOSEKNIT_ALLOWED_HOSTS", "")
ALLOWED_HOSTS = [h.strip() for h in _hosts.split(",") if h.strip()] or [
    _base.hostname,
    "127.0.0.1",
    "localhost",
    "[::1]",
]
CSRF_TRUSTED_ORIGINS = [f"{_base.scheme}://{_base.netloc}"]

SIGNUPS = _choice("CLOSEKNIT_SIGNUPS", "invite", {"invite", "open", "closed"})

QUICK_EXIT_URL = os.environ.get("CLOSEKNIT_QUICK_EXIT_URL") or "https://www.bbc.com/weather"

# --- Database ----------------------------------------------------------------

_database_url = os.environ.get("DATABASE_URL", "")
if _database_url:
    try:
        _db = dj_database_url.parse(_database_url, conn_max_age=60, conn_health_checks=True)
    except ValueError as exc:
        raise ImproperlyConfigured(
            f"DATABASE_URL is not a database address ({exc}). "
            "Use postgresql://user:password@host:5432/name."
        ) from exc
    if _db["ENGINE"] != "django.db.backends.postgresql":
        raise ImproperlyConfigured(
            "DATABASE_URL must point at PostgreSQL (postgresql://...). "
            "Leave it unset to use the built-in SQLite database."
        )
    DATABASES = {"default": _db}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "closeknit.sqlite3"),
            # A file, not memory, for tests too: privacy tests read the raw file.
            "TEST": {"NAME": str(DATA_DIR / "test-closeknit.sqlite3")},
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                ),
            },
        }
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Applications ------------------------------------------------------------

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "closeknit.core",
    "closeknit.accounts",
    "closeknit.relationships",
    "closeknit.sharing",
    "closeknit.checkins",
    "closeknit.prompts",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "closeknit.accounts.middleware.session_activity",
    "closeknit.accounts.middleware.local_time",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "closeknit.core.middleware.security_headers",
]

ROOT_URLCONF = "closeknit.urls"
WSGI_APPLICATION = "closeknit.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "closeknit.core.context_processors.site",
            ],
        },
    }
]

# --- Accounts and sessions ---------------------------------------------------

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:home"

PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = 60 * 60  # reset links last one hour

SESSION_ENGINE = "closeknit.accounts.sessions"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 30
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# Login rate limiting: failures allowed per account and per address in a window.
LOGIN_FAILURE_LIMIT = 5
LOGIN_FAILURE_WINDOW_SECONDS = 15 * 60

# Password reset rate limiting: requests allowed per email and per address in a window,
# so no one can have a person emailed again and again.
RESET_REQUEST_LIMIT = 3
RESET_REQUEST_WINDOW_SECONDS = 15 * 60

# API bearer tokens stop working after this many days unused, and in any case this many
# days after they were made, so a token left on a lost phone or in an old script does not
# keep the account open forever.
API_TOKEN_IDLE_DAYS = 90
API_TOKEN_MAX_DAYS = 365

# --- Email (optional) --------------------------------------------------------

SMTP_HOST = os.environ.get("CLOSEKNIT_SMTP_HOST", "")
EMAIL_ENABLED = bool(SMTP_HOST)
if EMAIL_ENABLED:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = SMTP_HOST
    try:
        EMAIL_PORT = int(os.environ.get("CLOSEKNIT_SMTP_PORT") or 587)
    except ValueError as exc:
        raise ImproperlyConfigured("CLOSEKNIT_SMTP_PORT must be a port number.") from exc
    EMAIL_HOST_USER = os.environ.get("CLOSEKNIT_SMTP_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("CLOSEKNIT_SMTP_PASSWORD", "")
    EMAIL_USE_TLS = _flag("CLOSEKNIT_SMTP_STARTTLS", default=True)
    DEFAULT_FROM_EMAIL = os.environ.get("CLOSEKNIT_EMAIL_FROM") or f"closeknit@{_base.hostname}"
    EMAIL_TIMEOUT = 30  # seconds: a mail server that stops answering must not hold a thread
else:
    EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"

# Emails are sent by background jobs (closeknit/core/background.py), so a request never
# waits on the mail server. Tests turn this off to run jobs inline.
BACKGROUND_JOBS = True
# Jobs waiting for each server process's one worker thread. Past this, new jobs are dropped
# (and logged), so a flood of forgot-password requests cannot pile up work without end.
BACKGROUND_QUEUE_SIZE = 100

# --- Security headers ---------------------------------------------------------

_https = _base.scheme == "https"
SESSION_COOKIE_SECURE = _https
CSRF_COOKIE_SECURE = _https
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365 if _https else 0
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
BEHIND_PROXY = _flag("CLOSEKNIT_BEHIND_PROXY")
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# No inline script, no host but our own (principle 6: no third parties).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
}

# --- Static files ------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # whitenoise expects it; `collectstatic` is optional
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
# Serve straight from the app folders so a fresh install needs no collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = False
USE_TZ = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {"closeknit": {"level": "INFO"}},
}
