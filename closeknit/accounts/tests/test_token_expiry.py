"""App tokens stop working after API_TOKEN_IDLE_DAYS unused, and API_TOKEN_MAX_DAYS after
they were made; an expired token is answered exactly like one that never existed."""

from datetime import datetime, timedelta
from typing import Any

import pytest
from django.db.models import F
from django.test import Client
from django.utils import timezone

from closeknit.accounts.models import ApiToken, User
from closeknit.accounts.services import purge_expired
from closeknit.testing.people import PASSWORD, ApiClient, token_for

pytestmark = pytest.mark.django_db

HOUR = timedelta(hours=1)


@pytest.fixture
def idle(settings: Any) -> timedelta:
    return timedelta(days=settings.API_TOKEN_IDLE_DAYS)


@pytest.fixture
def longest(settings: Any) -> timedelta:
    return timedelta(days=settings.API_TOKEN_MAX_DAYS)


def stored(token: str) -> ApiToken:
    return ApiToken.objects.with_expiry().get(prefix=token[:10])


def set_age(token: str, *, made: timedelta, used: timedelta | None) -> None:
    """Make the token as if it was made, and last used, this long ago (None: never used)."""
    now = timezone.now()
    ApiToken.objects.filter(prefix=token[:10]).update(
        created_at=now - made, last_used=None if used is None else now - used
    )


def days_pass(days: int) -> None:
    """Move every token's dates back, as if this many days had gone by."""
    gone = timedelta(days=days)
    ApiToken.objects.update(created_at=F("created_at") - gone)
    ApiToken.objects.exclude(last_used=None).update(last_used=F("last_used") - gone)


def me(token: str) -> Any:
    return ApiClient(token).get("/api/v1/me")


def unknown_token_answer() -> tuple[int, Any]:
    response = Client().get("/api/v1/me", headers={"Authorization": "Bearer ck_neverissued"})
    return response.status_code, response.json()


def test_it_keeps_a_token_working_while_it_is_used(
    alice: User, idle: timedelta, longest: timedelta
) -> None:
    token = token_for(alice)
    set_age(token, made=longest - HOUR, used=idle - HOUR)
    assert me(token).status_code == 200


def test_it_keeps_a_new_unused_token_working(alice: User, idle: timedelta) -> None:
    token = token_for(alice)
    set_age(token, made=idle - HOUR, used=None)
    assert me(token).status_code == 200


@pytest.mark.parametrize(
    ("made", "used"),
    [
        pytest.param("idle", "idle", id="idle too long"),
        pytest.param("idle", None, id="never used, made too long ago"),
        pytest.param("longest", "recently", id="used recently, but past the final limit"),
    ],
)
def test_it_refuses_an_expired_token_like_an_unknown_one(
    alice: User, idle: timedelta, longest: timedelta, made: str, used: str | None
) -> None:
    ages = {"idle": idle + HOUR, "longest": longest + HOUR, "recently": HOUR}
    token = token_for(alice)
    set_age(token, made=ages[made], used=ages[used] if used else None)
    response = me(token)
    assert (response.status_code, response.json()) == unknown_token_answer()
    assert response.json()["code"] == "not_authenticated"


def test_it_moves_the_idle_window_each_time_the_token_is_used(alice: User, idle: timedelta) -> None:
    token = token_for(alice)
    set_age(token, made=idle - HOUR, used=idle - HOUR)
    assert me(token).status_code == 200  # an hour before it would have stopped
    days_pass(2)
    assert me(token).status_code == 200, "the use restarted the idle window"
    assert stored(token).expires_at > timezone.now() + idle - timedelta(days=3)


def test_it_purges_expired_tokens_only(
    alice: User, bob: User, idle: timedelta, longest: timedelta
) -> None:
    fresh = token_for(alice)
    in_use = token_for(bob)
    set_age(in_use, made=longest - HOUR, used=HOUR)
    idled = token_for(alice)
    set_age(idled, made=idle + HOUR, used=idle + HOUR)
    too_old = token_for(bob)
    set_age(too_old, made=longest + HOUR, used=HOUR)
    assert purge_expired()["api_tokens"] == 2
    left = set(ApiToken.objects.values_list("prefix", flat=True))
    assert left == {fresh[:10], in_use[:10]}
    assert me(fresh).status_code == 200 and me(in_use).status_code == 200


def test_it_tells_a_new_client_when_its_token_expires(alice: User, idle: timedelta) -> None:
    response = ApiClient().post("/api/v1/tokens", {"email": alice.email, "password": PASSWORD})
    assert response.status_code == 201
    body = response.json()
    assert set(body) == {"token", "expires_at"}
    expires_at = datetime.fromisoformat(body["expires_at"])
    assert abs(expires_at - (stored(body["token"]).created_at + idle)) < timedelta(seconds=1)
    schema = Client().get("/api/v1/openapi.json").json()["components"]["schemas"]["TokenOut"]
    assert "expires_at" in schema["required"]


def test_it_shows_when_each_token_was_last_used_and_stops_working(
    alice: User, alice_web: Client, idle: timedelta, longest: timedelta
) -> None:
    used = token_for(alice)
    me(used)
    unused = token_for(alice)
    ending = token_for(alice)
    set_age(ending, made=longest - timedelta(days=10), used=HOUR)
    page = alice_web.get("/account/sessions/").content.decode()

    def day(moment: datetime) -> str:
        return f"{moment.day} {moment:%b %Y}"

    for token in (used, unused):
        expiry = stored(token).expires_at
        assert timezone.now() + idle - HOUR < expiry <= timezone.now() + idle
        assert f"stops working on {day(expiry)} unless the app uses it before then" in page
    assert "last used <time" in page and "just now</time>" in page
    assert "not used yet" in page
    final = stored(ending).created_at + longest
    assert f"stops working on {day(final)} however often it's used" in page


def test_it_no_longer_lists_an_expired_token(
    alice: User, alice_web: Client, idle: timedelta
) -> None:
    kept = token_for(alice)
    gone = token_for(alice)
    set_age(gone, made=idle + HOUR, used=None)
    page = alice_web.get("/account/sessions/").content.decode()
    assert kept[:10] in page
    assert gone[:10] not in page


def test_it_counts_every_token_as_either_usable_or_expired(
    alice: User, idle: timedelta, longest: timedelta
) -> None:
    ages = [HOUR, idle - HOUR, idle + HOUR, longest - HOUR, longest + HOUR]
    for made in ages:
        for used in [None, *[age for age in ages if age <= made]]:
            set_age(token_for(alice), made=made, used=used)
    usable = set(ApiToken.objects.usable().values_list("pk", flat=True))
    expired = set(ApiToken.objects.expired().values_list("pk", flat=True))
    assert usable and expired
    assert usable.isdisjoint(expired)
    assert usable | expired == set(ApiToken.objects.values_list("pk", flat=True))
    now = timezone.now()
    assert usable == {t.pk for t in ApiToken.objects.with_expiry() if t.expires_at > now}
    # The rule, worked out again here, gives the same dates as the database does.
    for t in ApiToken.objects.with_expiry():
        final = t.created_at + longest
        assert t.final_expiry == final
        assert t.expires_at == min((t.last_used or t.created_at) + idle, final)
