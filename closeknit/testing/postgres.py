"""Run a command against a throwaway PostgreSQL server.

    python -m closeknit.testing.postgres -- pytest -m "not browser"

Makes a cluster with initdb in a temporary folder, starts it with pg_ctl on a
free loopback port, runs the command with DATABASE_URL pointing at it, then
stops the server and removes the folder. PostgreSQL refuses to run as root, so
as root the server runs as the `postgres` system user.

Where PostgreSQL is missing: with CI=true that is a failure; elsewhere one loud
line says the PostgreSQL pass was skipped, and the exit code is 0.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path


def find_binary(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_owner(args: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


@contextmanager
def running_postgres() -> Iterator[str]:
    """Start a private PostgreSQL server and yield its DATABASE_URL."""
    initdb, pg_ctl = find_binary("initdb"), find_binary("pg_ctl")
    if not (initdb and pg_ctl):
        raise FileNotFoundError("initdb and pg_ctl were not found")
    folder = Path(tempfile.mkdtemp(prefix="closeknit-pg-"))
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir()
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        for path in (folder, sockets):
            os.chown(path, owner.pw_uid, owner.pw_gid)
    port = free_port()
    try:
        subprocess.run(
            _as_owner(
                [
                    initdb,
                    "-D",
                    str(data),
                    "-U",
                    "closeknit",
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                    "--no-sync",
                ]
            ),
            stdout=subprocess.DEVNULL,
            check=True,
        )
        options = (
            f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        subprocess.run(
            _as_owner(
                [pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"]
            ),
            stdout=subprocess.DEVNULL,
            check=True,
        )
        try:
            url = f"postgresql://closeknit@127.0.0.1:{port}/postgres"
            yield url
        finally:
            subprocess.run(
                _as_owner([pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"]),
                stdout=subprocess.DEVNULL,
                check=False,
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: Sequence[str]) -> int:
    command = list(argv[1:] if argv[:1] == ["--"] else argv)
    if not command:
        print("usage: python -m closeknit.testing.postgres -- COMMAND ...", file=sys.stderr)
        return 2
    try:
        with running_postgres() as url:
            print(f"PostgreSQL is running for the tests at {url}", flush=True)
            return subprocess.run(command, env={**os.environ, "DATABASE_URL": url}).returncode
    except FileNotFoundError as exc:
        message = f"PostgreSQL is not installed here ({exc})"
        if os.environ.get("CI") == "true":
            print(f"FAILED: {message}; CI must run the PostgreSQL pass.", file=sys.stderr)
            return 1
        print(
            f"\n!!! SKIPPED the PostgreSQL pass: {message}. "
            "Run `make test` as root to install it, or apt-get install postgresql.\n"
        )
        return 0
    except subprocess.CalledProcessError as exc:
        print(f"FAILED: could not start PostgreSQL ({exc}).", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
