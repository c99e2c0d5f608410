"""Where the encryption key comes from, and the checks made before start-up.

The key never lives in the database. It is given by CLOSEKNIT_ENCRYPTION_KEY or
kept in a key file in the data folder (mode 0600). A small "canary" row per key
lets start-up tell a right key from a wrong one, and an empty database from one
that already holds encrypted data, so that a lost key file is reported instead
of silently replaced by a new key (which would make every saved word unreadable).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, transaction

from .crypto import DecryptionError, InvalidKey, Keyring, new_key

CANARY_TEXT = "closeknit canary"
CANARY_CONTEXT = "core.keycanary"


def _key_source() -> tuple[str, str] | None:
    """(text, where) of the configured keys, or None when there are none yet."""
    if settings.ENCRYPTION_KEY:
        return settings.ENCRYPTION_KEY, "CLOSEKNIT_ENCRYPTION_KEY"
    path = Path(settings.ENCRYPTION_KEY_FILE)
    if path.exists():
        return path.read_text(), str(path)
    return None


@lru_cache(maxsize=1)
def keyring() -> Keyring:
    """The keyring used to encrypt and decrypt fields."""
    source = _key_source()
    if source is None:
        raise ImproperlyConfigured(
            "No encryption key is set up yet. Run `closeknit migrate` once to create one "
            f"in {settings.ENCRYPTION_KEY_FILE}, or set CLOSEKNIT_ENCRYPTION_KEY."
        )
    text, where = source
    try:
        return Keyring.from_text(text)
    except InvalidKey as exc:
        raise ImproperlyConfigured(f"The encryption key in {where} is not usable: {exc}.") from exc


def write_key_file(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text)


def _canaries() -> dict[str, str] | None:
    """key id -> stored canary, or None when the table does not exist yet (before migrate)."""
    from .models import KeyCanary

    try:
        return dict(KeyCanary.objects.values_list("key_id", "token"))
    except DatabaseError:
        return None


def permission_warnings() -> list[str]:
    """Secrets that other users of this machine could read."""
    paths = [Path(settings.DATA_DIR), Path(settings.ENCRYPTION_KEY_FILE)]
    paths.append(Path(settings.DATA_DIR) / "secret_key")
    return [
        f"{path} can be read by other users of this machine: run `chmod go-rwx {path}`."
        for path in paths
        if path.exists() and path.stat().st_mode & 0o077
    ]


def _has_accounts() -> bool:
    from django.apps import apps

    try:
        return bool(apps.get_model(settings.AUTH_USER_MODEL).objects.exists())
    except DatabaseError:
        return False


def check_keys(*, create: bool) -> str:
    """Make sure the configured key can read this database. Returns a one-line summary.

    With ``create`` (as `closeknit migrate` does) a brand-new install gets a key
    file. Raises ImproperlyConfigured with a plain explanation otherwise.
    """
    from .models import KeyCanary

    canaries = _canaries()
    source = _key_source()
    if source is None:
        if canaries:
            raise ImproperlyConfigured(
                "This database already holds encrypted data, but no encryption key was found "
                f"(looked for CLOSEKNIT_ENCRYPTION_KEY and {settings.ENCRYPTION_KEY_FILE}). "
                "Restore the key file from your backup, or set CLOSEKNIT_ENCRYPTION_KEY. "
                "A new key will not be made, because it could not read what is already saved."
            )
        if not create or canaries is None:
            return "no encryption key yet: `closeknit migrate` creates one"
        if _has_accounts():
            # Canaries are written by the closeknit command; an install started some other
            # way may hold encrypted words without one. Accounts mean it is not new.
            raise ImproperlyConfigured(
                "This database already has accounts, but no encryption key was found "
                f"(looked for CLOSEKNIT_ENCRYPTION_KEY and {settings.ENCRYPTION_KEY_FILE}). "
                "Restore the key file from your backup, or set CLOSEKNIT_ENCRYPTION_KEY."
            )
        write_key_file(Path(settings.ENCRYPTION_KEY_FILE), new_key() + "\n")
        keyring.cache_clear()
    ring = keyring()
    if canaries is None:
        return f"encryption key {ring.current_id} (database not migrated yet)"
    known = [kid for kid in ring.ids() if kid in canaries]
    if canaries and not known:
        raise ImproperlyConfigured(
            "The encryption key does not match this database: it was written with key(s) "
            f"{', '.join(sorted(canaries))}, but the key given is {ring.current_id}. "
            "Check CLOSEKNIT_ENCRYPTION_KEY or restore the right key file."
        )
    for kid in known:
        try:
            Keyring(keys=((kid, dict(ring.keys)[kid]),)).decrypt(
                canaries[kid], context=CANARY_CONTEXT
            )
        except DecryptionError as exc:
            raise ImproperlyConfigured(f"The encryption key does not match: {exc}.") from exc
    if ring.current_id not in canaries:
        with transaction.atomic():
            KeyCanary.objects.create(
                key_id=ring.current_id,
                token=ring.encrypt(CANARY_TEXT, context=CANARY_CONTEXT),
            )
    return f"encryption key {ring.current_id} matches this database"
