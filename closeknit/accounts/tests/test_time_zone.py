"""Each person's time zone: chosen at sign-up by the browser, changed on the account
page or by the API, and every time on a page is shown in it."""

from datetime import UTC, datetime
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from closeknit.accounts import services, zones
from closeknit.accounts.models import AuditEvent, User
from closeknit.core.templatetags.words import relative, when
from closeknit.testing.people import PASSWORD, ApiClient, api_as, web_as

pytestmark = pytest.mark.django_db


def test_the_list_offers_todays_zones_and_accepts_older_spellings() -> None:
    listed = zones.listed()
    assert listed[0] == "UTC"
    assert "Europe/London" in listed and "Asia/Kolkata" in listed
    # Older spellings a browser may send are accepted but not offered...
    assert "Asia/Calcutta" not in listed and "Asia/Calcutta" in zones.known()
    # ...unless they are the person's own.
    offered: dict[str, Any] = dict(zones.choices("Asia/Calcutta"))
    assert ("Asia/Calcutta", "Calcutta") in offered["Asia"]
    everyday: dict[str, Any] = dict(zones.choices())
    assert ("America/New_York", "New York") in everyday["America"]
    assert ("America/Argentina/Buenos_Aires", "Argentina / Buenos Aires") in offered["America"]
    # Names nobody would pick are refused everywhere.
    for odd in ("localtime", "Factory", "EST5EDT", "US/Eastern", "Etc/GMT+5", "posixrules"):
        assert odd not in zones.known()
    assert str(zones.zone("Nowhere/Atlantis")) == "UTC"


def test_the_browser_zone_is_kept_at_sign_up() -> None:
    body = {"email": "noor@example.org", "password": PASSWORD, "display_name": "Noor"}
    response = Client().post("/signup/", {**body, "time_zone": "Australia/Sydney"})
    assert response.status_code == 302
    assert User.objects.get(email="noor@example.org").time_zone == "Australia/Sydney"


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        ("Mars/Olympus_Mons", "UTC"),
        ("", "UTC"),
        ("localtime", "UTC"),
        ("x" * 300, "UTC"),
        ("Asia/Calcutta", "Asia/Calcutta"),
    ],
)
def test_a_strange_browser_zone_does_not_stop_sign_up(settings: Any, sent: str, kept: str) -> None:
    settings.SIGNUPS = "open"
    body = {"email": "sam@example.org", "password": PASSWORD, "display_name": "Sam"}
    response = Client().post("/signup/", {**body, "time_zone": sent})
    assert response.status_code == 302
    assert User.objects.get(email="sam@example.org").time_zone == kept


def test_the_api_takes_a_zone_at_sign_up(settings: Any) -> None:
    settings.SIGNUPS = "open"
    body = {"email": "sam@example.org", "password": PASSWORD, "display_name": "Sam"}
    api = ApiClient().post(
        "/api/v1/accounts",
        {**body, "email": "kai@example.org", "display_name": "Kai", "time_zone": "Asia/Tokyo"},
    )
    assert api.status_code == 201
    assert User.objects.get(email="kai@example.org").time_zone == "Asia/Tokyo"


def test_the_account_page_changes_it(alice: User) -> None:
    web = web_as(alice)
    page = web.get("/account/").content.decode()
    assert '<label for="id_time_zone"' in page
    assert '<option value="UTC" selected>' in page
    assert '<optgroup label="Asia">' in page and '<option value="Asia/Tokyo">Tokyo</option>' in page
    response = web.post("/account/time-zone/", {"time_zone": "Asia/Tokyo"}, follow=True)
    assert response.status_code == 200
    assert "Times are now shown in Asia/Tokyo." in response.content.decode()
    alice.refresh_from_db()
    assert alice.time_zone == "Asia/Tokyo"
    assert '<option value="Asia/Tokyo" selected>' in web.get("/account/").content.decode()


@pytest.mark.parametrize(
    "bad", ["Mars/Olympus_Mons", "", "Asia/Tokyo; DROP", "US/Eastern", "x" * 60]
)
def test_a_zone_not_on_the_list_is_refused_and_nothing_changes(alice: User, bad: str) -> None:
    alice.time_zone = "Europe/Lisbon"
    alice.save()
    web = web_as(alice)
    response = web.post("/account/time-zone/", {"time_zone": bad})
    page = response.content.decode()
    assert response.status_code == 422
    assert zones.UNKNOWN in page
    # The zone in use stays selected, so saving again cannot switch to UTC unseen.
    assert '<option value="Europe/Lisbon" selected>' in page
    api = api_as(alice).put("/api/v1/me/time-zone", {"time_zone": bad})
    assert api.status_code == 422
    assert api.json()["errors"]["time_zone"] == [zones.UNKNOWN]
    alice.refresh_from_db()
    assert alice.time_zone == "Europe/Lisbon"


def test_the_api_reads_and_changes_it(alice: User) -> None:
    api = api_as(alice)
    assert api.get("/api/v1/me").json()["time_zone"] == "UTC"
    response = api.put("/api/v1/me/time-zone", {"time_zone": "America/Sao_Paulo"})
    assert response.status_code == 200 and response.json()["time_zone"] == "America/Sao_Paulo"
    refused = api.put("/api/v1/me/time-zone", {"time_zone": "Atlantis"})
    assert refused.status_code == 422
    assert "Choose a time zone from the list" in refused.json()["errors"]["time_zone"][0]
    assert ApiClient().put("/api/v1/me/time-zone", {"time_zone": "UTC"}).status_code == 401


def test_pages_show_times_on_the_readers_own_clock(alice: User, bob: User) -> None:
    at = datetime(2026, 1, 10, 14, 30, tzinfo=UTC)
    AuditEvent.objects.filter(user=alice).delete()
    AuditEvent.objects.create(user=alice, kind=AuditEvent.Kind.SIGNUP, created_at=at)
    alice.time_zone = "Asia/Tokyo"  # 23:30 there
    alice.save()
    page = web_as(alice).get("/account/security/").content.decode()
    assert "10 Jan 2026, 23:30 JST" in page and "14:30" not in page
    # The zone is the reader's, for the reader's request only.
    assert timezone.get_current_timezone_name() == "UTC"


def test_how_long_ago_counts_real_time_across_a_clock_change() -> None:
    # New York's clocks went forward at 02:00 on 8 March 2026 (07:00 UTC).
    before = datetime(2026, 3, 8, 6, 30, tzinfo=UTC)  # 01:30 EST
    with timezone.override(zones.zone("America/New_York")):
        assert relative(before, datetime(2026, 3, 8, 8, 30, tzinfo=UTC)) == "2 hours ago"
        # And back again on 1 November (06:00 UTC): 40 minutes are 40 minutes.
        late = datetime(2026, 11, 1, 5, 20, tzinfo=UTC)  # 01:20 EDT
        assert relative(late, datetime(2026, 11, 1, 6, 0, tzinfo=UTC)) == "40 minutes ago"


def test_a_date_is_the_date_on_the_readers_calendar() -> None:
    late = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)  # already 2 March in Tokyo
    later = datetime(2026, 4, 1, tzinfo=UTC)
    assert relative(late, later) == "1 Mar"
    with timezone.override(zones.zone("Asia/Tokyo")):
        assert relative(late, later) == "2 Mar"
        assert 'title="02 Mar 2026, 08:30 JST"' in str(when(late))


def test_the_export_says_which_zone_was_chosen(alice: User) -> None:
    services.set_time_zone(user=alice, time_zone="Africa/Nairobi")
    exported = services.export_account(user=alice, password=PASSWORD)
    assert exported["account"]["time_zone"] == "Africa/Nairobi"
