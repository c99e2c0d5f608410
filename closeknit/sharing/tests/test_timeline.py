"""The timeline's page and API: every kind of item with what belongs to it, and a cost in
queries that stays the same however long the history grows."""

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from closeknit.accounts.models import User
from closeknit.checkins.services import check_in
from closeknit.prompts import services as prompts
from closeknit.relationships.models import Relationship
from closeknit.sharing import services
from closeknit.testing.people import api_as, web_as

pytestmark = pytest.mark.django_db

# Ceilings for one timeline request, whatever is on the page (session or token, the
# relationship, three sort-key reads, three row reads, ratings, check-ins, a revealed
# answer's prompt; the page also notes that it was seen).
PAGE_QUERIES_MAX = 14
API_QUERIES_MAX = 12


def _history(alice: User, bob: User, couple: Relationship, rounds: int) -> str:
    """`rounds` times: bob shares, alice responds and bob rates it; alice checks in and bob
    responds; bob says thank you. Then one prompt both answer, and a response to bob's
    answer. Returns the prompt's text."""
    for n in range(rounds):
        share = services.create_share(user=bob, relationship_id=couple.pk, text=f"bob {n}")
        reply = services.respond(user=alice, share_id=share.pk, text=f"alice to bob {n}")
        services.rate_response(
            user=bob, response_id=reply.pk, understood=4, accepted=5, cared_for=3, after="relieved"
        )
        checkin = check_in(
            user=alice, mood=2, energy=4, note=f"checking in {n}", relationship_id=couple.pk
        )
        assert checkin.share_id is not None
        services.respond(user=bob, share_id=checkin.share_id, text=f"bob to check-in {n}")
        services.appreciate(user=bob, relationship_id=couple.pk, text=f"thanks {n}")
    drawn = prompts.draw(user=alice, relationship_id=couple.pk)
    prompts.answer(user=alice, round_id=drawn.pk, text="alice's answer")
    prompts.answer(user=bob, round_id=drawn.pk, text="bob's answer")
    bobs = drawn.answers.get(author=bob)
    assert bobs.share_id is not None
    services.respond(user=alice, share_id=bobs.share_id, text="alice to bob's answer")
    return drawn.prompt.text


def _count(request: Any) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert request().status_code == 200
    return len(queries.captured_queries)


def test_it_shows_every_kind_with_what_belongs_to_it(
    alice: User, bob: User, couple: Relationship
) -> None:
    prompt = _history(alice, bob, couple, rounds=1)
    items = api_as(alice).get(f"/api/v1/relationships/{couple.pk}/timeline").json()["items"]
    by_text = {item["text"]: item for item in items}
    assert by_text["checking in 0"]["checkin"]["mood"] == 2
    assert by_text["checking in 0"]["prompt"] is None
    assert by_text["bob's answer"]["prompt"] == prompt
    assert by_text["bob's answer"]["checkin"] is None
    assert by_text["bob 0"]["checkin"] is None and by_text["bob 0"]["prompt"] is None
    mine = by_text["alice to bob 0"]
    assert mine["my_rating"] is None  # the numbers are bob's alone
    assert by_text["bob to check-in 0"]["share_id"] == by_text["checking in 0"]["id"]

    page = web_as(alice).get(f"/relationships/{couple.pk}/").content.decode()
    assert "Mood <strong>2/5</strong>" in page
    assert escape(prompt) in page
    # A response quotes what it answers: a check-in's note, an answer's text.
    assert '">checking in 0</a></blockquote>' in page
    assert '">bob&#x27;s answer</a></blockquote>' in page


@pytest.mark.parametrize("who", ["alice", "bob"])
def test_it_costs_the_same_queries_however_long_the_history(
    alice: User, bob: User, couple: Relationship, who: str
) -> None:
    viewer = alice if who == "alice" else bob
    web, api = web_as(viewer), api_as(viewer)

    def page() -> Any:
        return web.get(f"/relationships/{couple.pk}/")

    def timeline() -> Any:
        return api.get(f"/api/v1/relationships/{couple.pk}/timeline?limit=20")

    _history(alice, bob, couple, rounds=1)
    _count(page), _count(timeline)  # the first use of a session or token notes when it was
    short = (_count(page), _count(timeline))
    _history(alice, bob, couple, rounds=8)  # more than a page of every kind
    assert (_count(page), _count(timeline)) == short
    assert short[0] <= PAGE_QUERIES_MAX
    assert short[1] <= API_QUERIES_MAX
