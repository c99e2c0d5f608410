"""Free text never reaches the database file (or a PostgreSQL dump) in plain text."""

import shutil
import subprocess
from pathlib import Path

import pytest
from django.db import connection

from closeknit.relationships.models import Invite
from closeknit.relationships.services import create_invite
from closeknit.testing.people import make_user

MARKER = "MARKER-7f3a-our-secret-words"
PLAIN_CONTROL = "Plainnamecontrol"  # display names are stored plain: proves the scan can see text


def _database_bytes() -> bytes:
    connection.close()  # flush and release the SQLite file
    name = Path(str(connection.settings_dict["NAME"]))
    return b"".join(p.read_bytes() for p in name.parent.glob(name.name + "*"))


def _dump() -> bytes:
    s = connection.settings_dict
    env = {"PGPASSWORD": s.get("PASSWORD") or ""}
    args = ["pg_dump", "-h", s["HOST"], "-p", str(s["PORT"]), "-U", s["USER"], s["NAME"]]
    return subprocess.run(args, check=True, capture_output=True, env=env).stdout


def _stored_bytes() -> bytes:
    if connection.vendor == "sqlite":
        return _database_bytes()
    if shutil.which("pg_dump") is None:
        pytest.fail("pg_dump is needed to check a PostgreSQL dump")
    return _dump()


@pytest.mark.django_db(transaction=True)
def test_it_keeps_free_text_out_of_the_database() -> None:
    alice = make_user(PLAIN_CONTROL)
    invite = create_invite(user=alice, kind="friend", note=f"hello {MARKER}")
    stored = _stored_bytes()
    assert PLAIN_CONTROL.encode() in stored, "the scan must be able to see plain text"
    assert MARKER.encode() not in stored
    assert invite.code.encode() not in stored
    assert Invite.objects.get(pk=invite.pk).note == f"hello {MARKER}"


@pytest.mark.django_db
def test_it_refuses_to_search_encrypted_columns() -> None:
    from django.core.exceptions import FieldError

    with pytest.raises(FieldError):
        list(Invite.objects.filter(note="anything"))
