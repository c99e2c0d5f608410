"""A person's export: each app contributes a section about that person's own data.

Apps register their section in AppConfig.ready(). Every section must contain only
what the person wrote or did themselves (principle 1 works both ways: an export
must not carry away what someone else shared).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.utils import timezone

Section = Callable[[Any], Any]
_sections: dict[str, Section] = {}


def section(name: str) -> Callable[[Section], Section]:
    def register(fn: Section) -> Section:
        _sections[name] = fn
        return fn

    return register


def export_for(user: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": "closeknit-export",
        "version": 1,
        "exported_at": timezone.now().isoformat(),
    }
    for name, fn in _sections.items():
        data[name] = fn(user)
    return data
