"""Start-up key checks: a lost or wrong key stops start-up; a new install gets a key file."""

import os
import stat
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured

from closeknit.core.crypto import new_key
from closeknit.core.keys import check_keys, keyring
from closeknit.core.models import KeyCanary


@pytest.fixture
def key_setup(settings: Any, tmp_path: Path) -> Any:
    """No key in the environment; the key file lives in a fresh folder."""
    settings.ENCRYPTION_KEY = ""
    settings.ENCRYPTION_KEY_FILE = tmp_path / "encryption.key"
    keyring.cache_clear()
    yield settings
    keyring.cache_clear()


def test_it_creates_a_private_key_file_on_a_new_install(db: None, key_setup: Any) -> None:
    summary = check_keys(create=True)
    path = Path(key_setup.ENCRYPTION_KEY_FILE)
    assert path.exists()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert KeyCanary.objects.count() == 1
    assert "matches" in summary


def test_it_does_not_create_a_key_without_being_asked(db: None, key_setup: Any) -> None:
    check_keys(create=False)
    assert not Path(key_setup.ENCRYPTION_KEY_FILE).exists()


def test_it_stops_when_the_key_file_is_lost(db: None, key_setup: Any) -> None:
    check_keys(create=True)
    Path(key_setup.ENCRYPTION_KEY_FILE).unlink()
    keyring.cache_clear()
    with pytest.raises(ImproperlyConfigured, match="already holds encrypted data"):
        check_keys(create=True)
    assert not Path(key_setup.ENCRYPTION_KEY_FILE).exists(), "must never make a new key"


def test_it_stops_on_a_wrong_key(db: None, key_setup: Any) -> None:
    check_keys(create=True)
    key_setup.ENCRYPTION_KEY = new_key()
    keyring.cache_clear()
    with pytest.raises(ImproperlyConfigured, match="does not match"):
        check_keys(create=False)


def test_it_accepts_the_right_key_from_the_environment(db: None, key_setup: Any) -> None:
    key_setup.ENCRYPTION_KEY = new_key()
    keyring.cache_clear()
    check_keys(create=False)
    assert check_keys(create=False).endswith("matches this database")
    assert not Path(key_setup.ENCRYPTION_KEY_FILE).exists()


def test_it_says_what_is_wrong_with_a_malformed_key(db: None, key_setup: Any) -> None:
    key_setup.ENCRYPTION_KEY = "too-short"
    keyring.cache_clear()
    with pytest.raises(ImproperlyConfigured, match="CLOSEKNIT_ENCRYPTION_KEY is not usable"):
        check_keys(create=False)


def test_it_never_makes_a_key_for_a_database_with_accounts(db: None, key_setup: Any) -> None:
    from closeknit.testing.people import make_user

    key_setup.ENCRYPTION_KEY = new_key()
    keyring.cache_clear()
    make_user("Kim")  # written with no canary, as if started without the closeknit command
    key_setup.ENCRYPTION_KEY = ""
    keyring.cache_clear()
    with pytest.raises(ImproperlyConfigured, match="already has accounts"):
        check_keys(create=True)
    assert not Path(key_setup.ENCRYPTION_KEY_FILE).exists()
