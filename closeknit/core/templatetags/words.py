"""Small display helpers shared by every app's templates."""

from datetime import datetime, timedelta

from django import template
from django.template.defaultfilters import date
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString

from closeknit.content.feelings import FEELINGS, NEEDS

register = template.Library()

MOOD_WORDS = {1: "very low", 2: "low", 3: "okay", 4: "good", 5: "really good"}
ENERGY_WORDS = {1: "empty", 2: "low", 3: "some", 4: "good", 5: "full"}


def relative(moment: datetime, now: datetime | None = None) -> str:
    """A friendly 'when': just now, 5 minutes ago, yesterday, 3 Oct. A date is the date
    on the reader's own calendar (the active time zone: the signed-in person's)."""
    now = now or timezone.now()
    # The gap first, between the instants themselves: two times converted to one zone
    # subtract as clock times, an hour out across a daylight-saving change.
    gap = now - moment
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
        now = timezone.localtime(now)
    if gap < timedelta(minutes=1):
        return "just now"
    if gap < timedelta(hours=1):
        minutes = int(gap.total_seconds() // 60)
        return f"{minutes} minute{'s' if minutes != 1 else ''} ago"
    if gap < timedelta(hours=24):
        hours = int(gap.total_seconds() // 3600)
        return f"{hours} hour{'s' if hours != 1 else ''} ago"
    if gap < timedelta(hours=48):
        return "yesterday"
    if gap < timedelta(days=7):
        return f"{gap.days} days ago"
    if moment.year == now.year:
        return f"{moment.day} {moment:%b}"
    return f"{moment.day} {moment:%b %Y}"


@register.simple_tag
def when(moment: datetime) -> SafeString:
    return format_html(
        '<time datetime="{}" title="{}">{}</time>',
        moment.isoformat(),
        # As the pages' own |date:"… T" shows times: in the reader's zone.
        date(timezone.localtime(moment), "d M Y, H:i T"),
        relative(moment),
    )


@register.filter
def mood_word(value: int) -> str:
    return MOOD_WORDS.get(value, "")


@register.filter
def energy_word(value: int) -> str:
    return ENERGY_WORDS.get(value, "")


@register.filter
def feeling_word(slug: str) -> str:
    feeling = FEELINGS.get(slug)
    return feeling.word if feeling else slug


@register.filter
def need_label(slug: str) -> str:
    need = NEEDS.get(slug)
    return need.label if need else ""


@register.filter
def need_hint(slug: str) -> str:
    need = NEEDS.get(slug)
    return need.description if need else ""
