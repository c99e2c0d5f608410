"""Each person's time zone: closeknit shows every time in it.

Two people far apart each see the other's check-in at their own clock time, and
"works until 18:00" means their own evening. Names are IANA zone names
("Europe/London"), read from the machine's time-zone database.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from functools import lru_cache
from pathlib import Path

from django.core.exceptions import ValidationError

DEFAULT = "UTC"
# The regions a person would look for their city under. The database also holds
# names no person would pick ("localtime", "Factory", "EST5EDT", "US/Eastern",
# "Etc/GMT+5"); those are not accepted.
_REGIONS = (
    "Africa",
    "America",
    "Antarctica",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
)
UNKNOWN = "Choose a time zone from the list, like Europe/London or America/New_York."


@lru_cache(maxsize=1)
def known() -> frozenset[str]:
    """Every name accepted: UTC and the regions' zones, older spellings included (a
    browser may send "Asia/Calcutta" for Kolkata)."""
    names = zoneinfo.available_timezones()
    return frozenset({DEFAULT} | {name for name in names if name.split("/")[0] in _REGIONS})


def _current_names() -> set[str] | None:
    """The database's own list of zones in use today (zone.tab), without old spellings;
    None where the machine has no such list."""
    for folder in zoneinfo.TZPATH:
        table = Path(folder) / "zone.tab"
        if table.is_file():
            rows = table.read_text(encoding="utf-8").splitlines()
            return {row.split("\t")[2] for row in rows if row and not row.startswith("#")}
    return None


@lru_cache(maxsize=1)
def listed() -> tuple[str, ...]:
    """The names offered in the form: UTC, then each region's zones in use today."""
    current = _current_names()
    names = known() - {DEFAULT}
    if current:
        names = names & current or names
    return (DEFAULT, *sorted(names))


def _city(name: str) -> str:
    """ "America/Argentina/Buenos_Aires" -> "Argentina / Buenos Aires"."""
    return " / ".join(name.split("/")[1:]).replace("_", " ")


Choice = tuple[str, str | list[tuple[str, str]]]


def choices(current: str = DEFAULT) -> list[Choice]:
    """Form choices grouped by region and labelled by city, so that typing a city's
    first letters finds it; a person's own zone is offered even if it is an older
    spelling of one on the list."""
    names = set(listed()) | ({current} & known())
    groups: dict[str, list[tuple[str, str]]] = {}
    for name in sorted(names - {DEFAULT}, key=lambda n: (n.split("/")[0], _city(n))):
        groups.setdefault(name.split("/")[0], []).append((name, _city(name)))
    return [(DEFAULT, "UTC (universal time)"), *groups.items()]


def validate_time_zone(value: str) -> None:
    if value not in known():
        raise ValidationError(UNKNOWN, code="unknown_time_zone")


def zone(name: str) -> dt.tzinfo:
    """The zone for a stored name; UTC if the machine does not know it (even where the
    machine has no time-zone database at all)."""
    try:
        return zoneinfo.ZoneInfo(name if name in known() else DEFAULT)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return dt.UTC
