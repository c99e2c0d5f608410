"""The production web server: gunicorn with threaded workers, serving the WSGI app."""

from __future__ import annotations

import os
from typing import Any

from gunicorn.app.base import BaseApplication


class _Server(BaseApplication):
    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        from closeknit.wsgi import application

        return application


def run(*, host: str, port: int, workers: int | None, access_log: bool) -> None:
    cores = os.cpu_count() or 1
    options: dict[str, Any] = {
        "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        "workers": workers or max(2, cores * 2),
        "worker_class": "gthread",
        "threads": 4,
        "timeout": 30,
        "graceful_timeout": 10,
        "keepalive": 5,
        "accesslog": "-" if access_log else None,
        "errorlog": "-",
        "loglevel": "info",
        "proc_name": "closeknit",
        "forwarded_allow_ips": "127.0.0.1,::1",
    }
    _Server(options).run()
