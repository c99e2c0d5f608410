"""Prompt rounds: private answers revealed together, pace and boundaries, no repeats."""

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from closeknit.accounts.models import User
from closeknit.content.prompt_library import THEMES
from closeknit.core.export import export_for
from closeknit.prompts import services
from closeknit.prompts.models import Prompt, PromptRound
from closeknit.relationships.models import Relationship
from closeknit.sharing.models import Share
from closeknit.testing.people import api_as

pytestmark = pytest.mark.django_db


@pytest.fixture
def bob_api(bob: User) -> Any:
    return api_as(bob)


def draw(client: Any, relationship: Relationship, **body: Any) -> Any:
    response = client.post(f"/api/v1/relationships/{relationship.pk}/rounds", body)
    assert response.status_code == 201, response.json()
    return response.json()


def test_the_library_is_loaded_by_migrate() -> None:
    assert Prompt.objects.filter(key__isnull=False).count() >= 200


def test_it_lists_and_filters_prompts(alice_api: Any) -> None:
    everything = alice_api.get("/api/v1/prompts").json()
    assert len(everything) >= 200
    deep_fears = alice_api.get("/api/v1/prompts?theme=fears&depth=3").json()
    assert deep_fears
    assert {(p["theme"], p["depth"]) for p in deep_fears} == {("fears", 3)}
    friends = alice_api.get("/api/v1/prompts?kind=friend").json()
    assert all("friend" in p["kinds"] for p in friends)
    assert len(friends) < len(everything)
    assert alice_api.get("/api/v1/prompts?theme=astrology").status_code == 422
    assert alice_api.get("/api/v1/prompts?depth=4").status_code == 422


def test_answers_stay_private_until_both_have_answered(
    alice: User, alice_api: Any, bob_api: Any, couple: Relationship
) -> None:
    drawn = draw(alice_api, couple)
    assert drawn["status"] == "open"
    url = f"/api/v1/rounds/{drawn['id']}"

    first = alice_api.put(url + "/answer", {"text": "alice's private answer"}).json()
    assert first["status"] == "open"
    assert first["my_answer"] == "alice's private answer"
    bob_sees = bob_api.get(url).json()
    assert bob_sees["other"] == "answered"
    assert bob_sees["answers"] == []
    assert bob_sees["my_answer"] is None
    # Not through the timeline, the export or the share endpoints either.
    assert "alice's private answer" not in bob_api.get(url).text
    timeline = bob_api.get(f"/api/v1/relationships/{couple.pk}/timeline").text
    assert "alice's private answer" not in timeline
    assert "alice's private answer" not in bob_api.get("/api/v1/me/export").text
    assert Share.objects.filter(kind="answer").count() == 0

    # Alice may still re-word hers before the reveal.
    alice_api.put(url + "/answer", {"text": "alice's answer, re-worded"})
    revealed = bob_api.put(url + "/answer", {"text": "bob's answer"}).json()
    assert revealed["status"] == "revealed"
    assert sorted(a["text"] for a in revealed["answers"]) == [
        "alice's answer, re-worded",
        "bob's answer",
    ]
    alice_sees = alice_api.get(url).json()
    assert alice_sees["status"] == "revealed"
    theirs = next(a for a in alice_sees["answers"] if not a["mine"])
    # Each revealed answer is a share: it can be answered like any other.
    reply = alice_api.post(f"/api/v1/shares/{theirs['share_id']}/responses", {"text": "Oh!"})
    assert reply.status_code == 201
    timeline_items = bob_api.get(f"/api/v1/relationships/{couple.pk}/timeline").json()["items"]
    assert {"answer"} <= {item.get("kind") for item in timeline_items}
    # After the reveal, answers no longer change.
    assert alice_api.put(url + "/answer", {"text": "too late"}).status_code == 409


def test_passing_sets_the_round_aside_without_saying_who(
    alice: User, bob: User, alice_api: Any, bob_api: Any, couple: Relationship
) -> None:
    drawn = draw(alice_api, couple)
    url = f"/api/v1/rounds/{drawn['id']}"
    alice_api.put(url + "/answer", {"text": "kept to myself"})
    assert bob_api.post(url + "/pass").status_code == 204
    seen = alice_api.get(url).json()
    assert seen["status"] == "set_aside"
    assert seen["answers"] == []
    assert "kept to myself" not in bob_api.get(url).text
    assert bob_api.put(url + "/answer", {"text": "after all"}).status_code == 409
    # Nothing records who passed, so nothing can show or count it.
    for person in (alice, bob):
        assert "pass" not in json.dumps(export_for(person)).lower()
    columns = {f.name for f in PromptRound._meta.get_fields()}
    assert not {"passed_by", "passer", "user", "author"} & columns


def test_the_pair_draws_only_to_the_lower_depth(
    alice_api: Any, bob_api: Any, couple: Relationship
) -> None:
    pace = f"/api/v1/relationships/{couple.pk}/pace"
    mine = alice_api.put(pace, {"max_depth": 3, "resting_themes": []}).json()
    assert (mine["max_depth"], mine["pair_depth"]) == (3, 1)
    theirs = bob_api.put(pace, {"max_depth": 2, "resting_themes": []}).json()
    assert (theirs["max_depth"], theirs["pair_depth"]) == (2, 2)
    # Each sees only the pair's level, not the other's own.
    assert alice_api.get(pace).json() == {
        "max_depth": 3,
        "resting_themes": [],
        "pair_depth": 2,
        "pair_resting": [],
    }
    for _ in range(30):
        assert draw(alice_api, couple)["prompt"]["depth"] <= 2


def test_resting_themes_are_shared_but_not_whose(
    alice_api: Any, bob_api: Any, couple: Relationship
) -> None:
    pace = f"/api/v1/relationships/{couple.pk}/pace"
    alice_api.put(pace, {"max_depth": 1, "resting_themes": ["fears", "body_and_health"]})
    seen = bob_api.get(pace).json()
    assert seen["pair_resting"] == ["fears", "body_and_health"]
    assert seen["resting_themes"] == []


def test_a_picked_prompt_must_fit(alice_api: Any, couple: Relationship) -> None:
    deep = Prompt.objects.filter(depth=3, kinds__icontains="partner").first()
    assert deep is not None
    url = f"/api/v1/relationships/{couple.pk}/rounds"
    response = alice_api.post(url, {"prompt_id": deep.pk})
    assert response.status_code == 409
    assert response.json()["code"] == "prompt_not_eligible"
    light = Prompt.objects.filter(depth=1, theme="hopes", kinds__icontains="partner").first()
    assert light is not None
    assert draw(alice_api, couple, prompt_id=light.pk)["prompt"]["id"] == light.pk
    again = alice_api.post(url, {"prompt_id": light.pk})
    assert again.status_code == 409
    assert again.json()["code"] == "prompt_used"
    assert alice_api.post(url, {"prompt_id": 10**12}).status_code == 404


def test_friends_never_draw_romantic_prompts(alice: User, charlie: User) -> None:
    from closeknit.testing.people import make_relationship

    friends = make_relationship(alice, charlie, kind="friend")
    services.set_pace(user=alice, relationship_id=friends.pk, max_depth=3, resting_themes=[])
    services.set_pace(user=charlie, relationship_id=friends.pk, max_depth=3, resting_themes=[])
    for _ in range(60):
        drawn = services.draw(user=alice, relationship_id=friends.pk)
        assert "friend" in drawn.prompt.kinds


def test_no_repeats_until_every_fitting_prompt_is_drawn(
    alice: User, bob: User, couple: Relationship
) -> None:
    services.set_pace(user=alice, relationship_id=couple.pk, max_depth=1, resting_themes=[])
    rest = [t for t in THEMES if t != "hopes"]
    services.set_pace(user=bob, relationship_id=couple.pk, max_depth=1, resting_themes=rest)
    fitting = services.eligible(relationship=couple, user=alice)
    assert 3 <= len(fitting) < 30
    drawn = [services.draw(user=alice, relationship_id=couple.pk).prompt.pk for _ in fitting]
    assert sorted(drawn) == sorted(p.pk for p in fitting)  # each exactly once
    next_round = services.draw(user=alice, relationship_id=couple.pk)
    assert next_round.prompt.pk == drawn[0]  # then the longest-ago comes back first


def test_own_prompts_join_the_draw(alice: User, bob: User, couple: Relationship) -> None:
    rest = [t for t in THEMES if t != "dreams"]
    services.set_pace(user=alice, relationship_id=couple.pk, max_depth=1, resting_themes=rest)
    own = services.add_prompt(
        user=bob,
        relationship_id=couple.pk,
        text="Our next silly adventure?",
        depth=1,
        theme="dreams",
    )
    assert own in services.eligible(relationship=couple, user=alice)
    assert own.own_text == "Our next silly adventure?"


def test_own_prompts_stay_in_their_relationship(
    alice: User, bob: User, charlie: User, couple: Relationship
) -> None:
    own = services.add_prompt(
        user=alice, relationship_id=couple.pk, text="just for us", depth=1, theme="hopes"
    )
    assert own.pk not in [p["id"] for p in api_as(charlie).get("/api/v1/prompts").json()]
    assert own.pk in [p["id"] for p in api_as(bob).get("/api/v1/prompts").json()]


def test_lowering_the_depth_sets_deeper_open_rounds_aside(
    alice: User, bob: User, couple: Relationship
) -> None:
    for person in (alice, bob):
        services.set_pace(user=person, relationship_id=couple.pk, max_depth=3, resting_themes=[])
    deep = next(p for p in services.eligible(relationship=couple, user=alice) if p.depth == 3)
    open_round = services.draw(user=alice, relationship_id=couple.pk, prompt_id=deep.pk)
    services.set_pace(user=bob, relationship_id=couple.pk, max_depth=1, resting_themes=[])
    open_round.refresh_from_db()
    assert open_round.status == "set_aside"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"max_depth": 0, "resting_themes": []}, "max_depth"),
        ({"max_depth": 4, "resting_themes": []}, "max_depth"),
        ({"max_depth": 2, "resting_themes": ["gossip"]}, "resting_themes"),
    ],
)
def test_it_refuses_bad_pace(alice_api: Any, couple: Relationship, body: Any, field: str) -> None:
    response = alice_api.put(f"/api/v1/relationships/{couple.pk}/pace", body)
    assert response.status_code == 422
    assert response.json()["errors"]


def test_it_refuses_empty_and_long_answers(alice_api: Any, couple: Relationship) -> None:
    url = f"/api/v1/rounds/{draw(alice_api, couple)['id']}/answer"
    assert alice_api.put(url, {"text": " "}).status_code == 422
    long = alice_api.put(url, {"text": "x" * 5001})
    assert long.status_code == 422
    assert "5,000" in long.json()["errors"]["text"][0]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    resting=st.sets(st.sampled_from(list(THEMES)), max_size=11),
    depths=st.tuples(st.integers(1, 3), st.integers(1, 3)),
)
def test_resting_themes_and_depth_hold_over_many_draws(
    alice: User, bob: User, couple: Relationship, resting: set[str], depths: tuple[int, int]
) -> None:
    half = sorted(resting)
    services.set_pace(
        user=alice, relationship_id=couple.pk, max_depth=depths[0], resting_themes=half[::2]
    )
    services.set_pace(
        user=bob, relationship_id=couple.pk, max_depth=depths[1], resting_themes=half[1::2]
    )
    for _ in range(15):
        drawn = services.draw(user=alice, relationship_id=couple.pk)
        assert drawn.prompt.theme not in resting
        assert drawn.prompt.depth <= min(depths)
    PromptRound.objects.filter(relationship=couple).delete()


def test_a_revealed_answer_leaves_the_round_when_it_is_withdrawn_or_its_author_leaves(
    alice: User, alice_api: Any, bob: User, bob_api: Any, couple: Relationship
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from closeknit.relationships.services import leave_relationship

    def others_answers(round_id: int) -> list[str]:
        one = alice_api.get(f"/api/v1/rounds/{round_id}").json()["answers"]
        listed = alice_api.get(f"/api/v1/relationships/{couple.pk}/rounds").json()
        in_list = next(r for r in listed if r["id"] == round_id)["answers"]
        assert one == in_list  # the list and the round say the same
        return [a["text"] for a in one if not a["mine"]]

    rounds = []
    for text in ("bob's first", "bob's second"):
        drawn = draw(alice_api, couple)
        alice_api.put(f"/api/v1/rounds/{drawn['id']}/answer", {"text": "alice's"})
        bob_api.put(f"/api/v1/rounds/{drawn['id']}/answer", {"text": text})
        rounds.append(drawn["id"])
    assert others_answers(rounds[0]) == ["bob's first"]

    with CaptureQueriesContext(connection) as queries:
        alice_api.get(f"/api/v1/relationships/{couple.pk}/rounds")
    # Which answers are visible is asked once, with the members already loaded.
    asked = [
        q["sql"]
        for q in queries.captured_queries
        if 'SELECT "sharing_share"."id" AS "pk" FROM' in q["sql"]
    ]
    assert len(asked) == 1 and "relationships_member" not in asked[0]

    first = next(
        a for a in bob_api.get(f"/api/v1/rounds/{rounds[0]}").json()["answers"] if a["mine"]
    )
    assert bob_api.post(f"/api/v1/shares/{first['share_id']}/withdraw").status_code == 204
    assert others_answers(rounds[0]) == []
    assert others_answers(rounds[1]) == ["bob's second"]  # the control: not withdrawn

    leave_relationship(user=bob, relationship_id=couple.pk)
    assert others_answers(rounds[1]) == []
