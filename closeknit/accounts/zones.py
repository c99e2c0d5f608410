"""Each person's time zone: closeknit shows every time in it.

Two people far apart each see the other's check-in at their own clock time, and
"works until 18:00" means their own evening. Names are IANA zone names
("Europe/London"), read from the machine's time-zone database.
"""

from __future__ import annotations

from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from django.core.exceptions import ValidationError

DEFAULT = "UTC"
# The regions a person would look for their city under; the database also holds
# old aliases ("US/Eastern", "Etc/GMT+5") that would only crowd the list.
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


@lru_cache(maxsize=1)
def known() -> frozenset[str]:
    """Every name the machine's database accepts (aliases included)."""
    return frozenset(available_timezones()) | {DEFAULT}


@lru_cache(maxsize=1)
def listed() -> tuple[str, ...]:
    """The names offered in the form: UTC, then each region's cities, sorted."""
    cities = sorted(name for name in known() if name.split("/")[0] in _REGIONS)
    return (DEFAULT, *cities)


def choices(current: str = DEFAULT) -> list[tuple[str, str]]:
    """Form choices; a person's own zone is offered even if it is an alias."""
    names = list(listed())
    if current in known() and current not in names:
        names.insert(1, current)
    return [(name, name.replace("_", " ")) for name in names]


def validate_time_zone(value: str) -> None:
    if value not in known():
        raise ValidationError(
            "Choose a time zone from the list, like Europe/London or America/New_York.",
            code="unknown_time_zone",
        )


def zone(name: str) -> ZoneInfo:
    """The zone for a stored name; UTC if the machine no longer knows it."""
    try:
        return ZoneInfo(name) if name in known() else ZoneInfo(DEFAULT)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT)
