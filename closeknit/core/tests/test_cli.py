"""The `closeknit` command, run for real in a fresh data folder."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

CLI = [sys.executable, "-m", "closeknit.cli"]


def cli_env(data: Path, **env: str) -> dict[str, str]:
    """A fresh SQLite install in `data`, whatever database the test run itself uses."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CLOSEKNIT_")}
    clean.pop("DATABASE_URL", None)
    return {**clean, "CLOSEKNIT_DATA_DIR": str(data), **env}


def run(args: list[str], data: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full = cli_env(data, **env)
    return subprocess.run([*CLI, *args], env=full, capture_output=True, text=True, timeout=120)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    result = run(["migrate", "--verbosity", "0"], folder)
    assert result.returncode == 0, result.stderr
    return folder


def test_it_makes_a_key_and_a_database_on_first_migrate(data: Path) -> None:
    assert (data / "encryption.key").stat().st_mode & 0o777 == 0o600
    assert (data / "secret_key").stat().st_mode & 0o777 == 0o600
    assert (data / "closeknit.sqlite3").exists()
    check = run(["check"], data)
    assert check.returncode == 0
    assert "matches this database" in check.stdout


def test_it_refuses_to_start_when_the_key_is_lost(data: Path) -> None:
    (data / "encryption.key").unlink()
    for command in (["serve", "--port", "1"], ["migrate"]):
        result = run(command, data)
        assert result.returncode == 2
        assert "already holds encrypted data" in result.stderr
    assert not (data / "encryption.key").exists()


def test_it_refuses_to_start_with_a_wrong_key(data: Path) -> None:
    from closeknit.core.crypto import new_key

    result = run(["serve", "--port", "1"], data, CLOSEKNIT_ENCRYPTION_KEY=new_key())
    assert result.returncode == 2
    assert "does not match" in result.stderr


def test_it_says_which_setting_is_wrong(tmp_path: Path) -> None:
    result = run(["check"], tmp_path / "d", CLOSEKNIT_SIGNUPS="sometimes")
    assert result.returncode == 2
    assert "CLOSEKNIT_SIGNUPS must be one of: closed, invite, open" in result.stderr


def test_serve_asks_for_a_migration_first(tmp_path: Path) -> None:
    result = run(["serve", "--port", "1"], tmp_path / "fresh")
    assert result.returncode == 2
    assert "closeknit migrate" in result.stderr


def test_reset_link_prints_a_one_time_link(data: Path) -> None:
    make = (
        "from closeknit.accounts.models import User;"
        "User.objects.create_user(email='kim@example.org', password='x'*12, display_name='Kim')"
    )
    shell = [sys.executable, "manage.py", "shell", "-c", make]
    subprocess.run(shell, env=cli_env(data), check=True, cwd=Path(__file__).resolve().parents[3])
    result = run(["reset-link", "kim@example.org"], data)
    assert result.returncode == 0, result.stderr
    assert "http://127.0.0.1:8000/password/reset/" in result.stdout
    missing = run(["reset-link", "nobody@example.org"], data)
    assert missing.returncode == 2
    assert "no account" in missing.stderr


def test_check_warns_about_secrets_others_can_read(data: Path) -> None:
    (data / "encryption.key").chmod(0o644)
    result = run(["check"], data)
    assert result.returncode == 0
    assert "encryption.key can be read by other users" in result.stdout
    (data / "encryption.key").chmod(0o600)
    assert "can be read by other users" not in run(["check"], data).stdout


def test_demo_prints_logins_and_refuses_real_accounts(data: Path, tmp_path: Path) -> None:
    made = run(["demo"], data)
    assert made.returncode == 0, made.stderr
    assert "sam@demo.closeknit.invalid" in made.stdout
    again = run(["demo"], data)  # only demo people so far: it starts the demo afresh
    assert again.returncode == 0, again.stderr

    real = tmp_path / "real"
    assert run(["migrate", "--verbosity", "0"], real).returncode == 0
    code = (
        "from closeknit.accounts.models import User;"
        "User.objects.create_user(email='me@example.org', password='x' * 20, display_name='Me')"
    )
    env = {**cli_env(real), "DJANGO_SETTINGS_MODULE": "closeknit.settings"}
    setup = f"import django; django.setup(); {code}"
    subprocess.run([sys.executable, "-c", setup], env=env, check=True, timeout=60)
    refused = run(["demo"], real)
    assert refused.returncode == 2
    assert "already has real accounts" in refused.stderr
    assert "--force" in refused.stderr
    forced = run(["demo", "--force"], real)
    assert forced.returncode == 0, forced.stderr
