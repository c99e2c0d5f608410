from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from closeknit.accounts.models import User
from closeknit.prompts import services
from closeknit.prompts.models import DepthConsent, Prompt, PromptRound
from closeknit.relationships.models import Relationship
from closeknit.testing.people import web_as

pytestmark = pytest.mark.django_db


def test_it_draws_answers_and_reveals(alice: User, bob: User, couple: Relationship) -> None:
    alice_web, bob_web = web_as(alice), web_as(bob)
    drawn = alice_web.post(f"/relationships/{couple.pk}/rounds/")
    assert drawn.status_code == 302
    round_url = drawn["Location"]
    page = alice_web.get(round_url).content.decode()
    assert "Bob hasn&#x27;t answered yet." in page or "Bob hasn't answered yet." in page
    # The answer is a share in the making: the live coach reads it as one.
    assert '<p class="skip" id="coach-answer-status" role="status"></p>' in page
    assert "&quot;coach_mode&quot;: &quot;share&quot;" in page

    refused = alice_web.post(round_url + "answer/", {"text": ""})
    assert refused.status_code == 422
    assert "Write something first." in refused.content.decode()
    alice_web.post(round_url + "answer/", {"text": "the sea, always"})
    bob_page = bob_web.get(round_url).content.decode()
    assert "Alice has answered." in bob_page
    assert "the sea, always" not in bob_page

    bob_web.post(round_url + "answer/", {"text": "mountains for me"})
    revealed = alice_web.get(round_url).content.decode()
    assert "the sea, always" in revealed
    assert "mountains for me" in revealed
    assert "Respond" in revealed
    space = bob_web.get(f"/relationships/{couple.pk}/").content.decode()
    assert "Alice answered a prompt" in space


def test_passing_is_one_tap(alice: User, couple: Relationship) -> None:
    client = web_as(alice)
    round_url = client.post(f"/relationships/{couple.pk}/rounds/")["Location"]
    response = client.post(round_url + "pass/")
    assert response.status_code == 302
    assert PromptRound.objects.get().status == "set_aside"
    assert "Set aside" in client.get(response["Location"]).content.decode()


def test_pace_is_saved_and_shown_only_as_the_pair_level(
    alice: User, bob: User, couple: Relationship
) -> None:
    response = web_as(alice).post(
        f"/relationships/{couple.pk}/pace/", {"max_depth": "3", "resting_themes": ["fears"]}
    )
    assert response.status_code == 302
    assert DepthConsent.objects.get(user=alice).max_depth == 3
    bob_page = web_as(bob).get(f"/relationships/{couple.pk}/prompts/").content.decode()
    assert "open to <strong>light</strong>" in bob_page
    assert "Resting for now: fears" in bob_page
    bad = web_as(alice).post(f"/relationships/{couple.pk}/pace/", {"max_depth": "9"})
    assert bad.status_code == 422


def test_browse_offers_only_fitting_prompts(alice: User, couple: Relationship) -> None:
    page = web_as(alice).get(f"/relationships/{couple.pk}/prompts/browse/?theme=fears")
    html = page.content.decode()
    fears = Prompt.objects.filter(theme="fears", depth=1, kinds__icontains="partner")
    assert all(p.text.replace("'", "&#x27;") in html for p in fears)
    deep = Prompt.objects.filter(theme="fears", depth=3).first()
    assert deep is not None
    assert deep.text.replace("'", "&#x27;") not in html
    chosen = web_as(alice).post(f"/relationships/{couple.pk}/rounds/", {"prompt_id": deep.pk})
    assert chosen.status_code == 302
    assert not PromptRound.objects.exists()  # too deep for the pair: nothing drawn


def test_own_prompt_form_keeps_the_text_on_error(alice: User, couple: Relationship) -> None:
    long = "q" * 281
    response = web_as(alice).post(
        f"/relationships/{couple.pk}/prompts/new/", {"text": long, "depth": "1", "theme": "hopes"}
    )
    assert response.status_code == 422
    assert long in response.content.decode()
    assert "280" in response.content.decode()
    ok = web_as(alice).post(
        f"/relationships/{couple.pk}/prompts/new/",
        {"text": "What made you laugh today?", "depth": "1", "theme": "everyday_life"},
    )
    assert ok.status_code == 302
    own = Prompt.objects.get(relationship=couple)
    assert (own.own_text, own.theme, own.author) == (
        "What made you laugh today?",
        "everyday_life",
        alice,
    )
    assert own in services.list_prompts(user=alice, theme="everyday_life")


def test_the_space_links_to_prompts(alice_web: Any, couple: Relationship) -> None:
    assert "Talk prompts" in alice_web.get(f"/relationships/{couple.pk}/").content.decode()


# One overview (or the overview shown again after a refused form): the session and its
# person, the relationship and its members, the caller's pace and the pair's, the rounds
# with their answers, their authors and shares, and which of those shares are visible.
OVERVIEW_QUERIES = 12


def _queries(request: Callable[[], Any], status: int) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        assert request().status_code == status
    return [q["sql"] for q in queries.captured_queries]


def test_the_overview_reads_the_relationship_once(
    alice: User, bob: User, couple: Relationship
) -> None:
    services.set_pace(user=bob, relationship_id=couple.pk, max_depth=2, resting_themes=["fears"])
    waiting = services.draw(user=alice, relationship_id=couple.pk)
    services.answer(user=alice, round_id=waiting.pk, text="the sea")
    both = services.draw(user=alice, relationship_id=couple.pk)
    services.answer(user=alice, round_id=both.pk, text="mine")
    services.answer(user=bob, round_id=both.pk, text="theirs")
    client = web_as(alice)
    url = f"/relationships/{couple.pk}/prompts/"
    client.get(url)  # the first use of a session notes when it was
    bad_pace = f"/relationships/{couple.pk}/pace/"
    bad_prompt = f"/relationships/{couple.pk}/prompts/new/"

    for sql in (
        _queries(lambda: client.get(url), 200),
        _queries(lambda: client.post(bad_pace, {"max_depth": "9"}), 422),
        _queries(lambda: client.post(bad_prompt, {"text": "", "depth": "1"}), 422),
    ):
        # Membership is checked once per request, by relationship_for.
        assert sum('FROM "relationships_relationship"' in q for q in sql) == 1
        assert len(sql) == OVERVIEW_QUERIES
