"""Everything the database holds, as bytes: for tests that scan it for plain text."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from django.db import connection


def _database_bytes() -> bytes:
    connection.close()  # flush and release the SQLite file
    name = Path(str(connection.settings_dict["NAME"]))
    return b"".join(p.read_bytes() for p in name.parent.glob(name.name + "*"))


def _dump() -> bytes:
    s = connection.settings_dict
    env = {"PGPASSWORD": s.get("PASSWORD") or ""}
    args = ["pg_dump", "-h", s["HOST"], "-p", str(s["PORT"]), "-U", s["USER"], s["NAME"]]
    return subprocess.run(args, check=True, capture_output=True, env=env).stdout


def stored_bytes() -> bytes:
    """The SQLite database file (with its journal), or a dump of the PostgreSQL database."""
    if connection.vendor == "sqlite":
        return _database_bytes()
    if shutil.which("pg_dump") is None:
        pytest.fail("pg_dump is needed to check a PostgreSQL dump")
    return _dump()
