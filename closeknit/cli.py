"""The `closeknit` command: serve, migrate, check, reset-link, demo, coach.

Operator tasks live here rather than in an admin page, and none of them prints
anything a person wrote.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "closeknit.settings")
    import django
    from django.core.exceptions import ImproperlyConfigured

    try:
        django.setup()
    except ImproperlyConfigured as exc:
        _fail(str(exc))


def _fail(message: str) -> None:
    print(f"closeknit: {message}", file=sys.stderr)
    raise SystemExit(2)


def _check_keys(*, create: bool) -> str:
    from django.core.exceptions import ImproperlyConfigured

    from closeknit.core.keys import check_keys

    try:
        return check_keys(create=create)
    except ImproperlyConfigured as exc:
        _fail(str(exc))
        raise  # unreachable


def cmd_migrate(args: argparse.Namespace) -> int:
    from django.core.management import call_command

    _setup_django()
    _check_keys(create=False)  # refuse early when a key exists but is wrong
    call_command("migrate", interactive=False, verbosity=args.verbosity)
    print(_check_keys(create=True))
    _housekeeping()
    return 0


def _housekeeping() -> None:
    from closeknit.accounts.services import purge_expired
    from closeknit.core.keys import permission_warnings

    purge_expired()
    for warning in permission_warnings():
        print(f"warning: {warning}", file=sys.stderr)


def cmd_check(args: argparse.Namespace) -> int:
    from django.conf import settings
    from django.core.management import call_command

    _setup_django()
    call_command("check", deploy=args.deploy)
    print(_check_keys(create=False))
    from closeknit.core.keys import permission_warnings

    for warning in permission_warnings():
        print(f"warning: {warning}")
    print(f"data folder: {settings.DATA_DIR}")
    print(f"database: {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}")
    print(f"sign-ups: {settings.SIGNUPS}")
    print(f"email: {'on' if settings.EMAIL_ENABLED else 'off (use closeknit reset-link)'}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    _setup_django()
    print(_check_keys(create=False))
    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        _fail("the database needs migrating first: run `closeknit migrate`.")
    _housekeeping()
    connection.close()
    from closeknit.server import run

    run(host=args.host, port=args.port, workers=args.workers, access_log=args.access_log)
    return 0


def cmd_reset_link(args: argparse.Namespace) -> int:
    _setup_django()
    _check_keys(create=False)
    from closeknit.accounts.passwords import reset_link
    from closeknit.core.errors import NotFound

    try:
        link = reset_link(email=args.email)
    except NotFound as exc:
        _fail(exc.detail)
    print("Send this link to the person, privately. It works once, for one hour:")
    print(link)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from django.core.management import call_command

    _setup_django()
    _check_keys(create=False)
    call_command("migrate", interactive=False, verbosity=0)
    _check_keys(create=True)
    from closeknit.demo.build import DOMAIN, RealAccounts, create_demo

    try:
        logins = create_demo(force=args.force)
    except RealAccounts:
        _fail(
            "this database already has real accounts, so the demo will not mix into it. "
            "Point CLOSEKNIT_DATA_DIR at an empty folder, or add --force to add the demo "
            f"people (their addresses end in @{DOMAIN})."
        )
    print("The demo is ready: Sam and Robin are partners, Sam and Jules are friends.")
    print("Sign in as any of them (passwords are new each time you run this):")
    for login in logins:
        print(f"  {login.name:<6} {login.email:<32} {login.password}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="closeknit", description="A self-hosted place for two people to grow closer."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the web server (gunicorn)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=None, help="default: 2 per CPU core")
    serve.add_argument("--access-log", action="store_true", help="log every request")
    serve.set_defaults(func=cmd_serve)

    migrate = sub.add_parser("migrate", help="create or update the database (and the key)")
    migrate.add_argument("--verbosity", type=int, default=1)
    migrate.set_defaults(func=cmd_migrate)

    check = sub.add_parser("check", help="check the configuration")
    check.add_argument("--deploy", action="store_true", help="also run deployment checks")
    check.set_defaults(func=cmd_check)

    reset = sub.add_parser("reset-link", help="print a one-time password reset link")
    reset.add_argument("email")
    reset.set_defaults(func=cmd_reset_link)

    demo = sub.add_parser("demo", help="create demo people with three months of history")
    demo.add_argument(
        "--force", action="store_true", help="even when the database has real accounts"
    )
    demo.set_defaults(func=cmd_demo)

    sub.add_parser("coach", help="the response coach: `closeknit coach --help`", add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["coach"]:
        from closeknit.coach.cli import main as coach_main

        return coach_main(argv[1:])
    args = build_parser().parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
