"""Charlie (a stranger) and dave (who left) get 404 from every prompt page and endpoint,
and change nothing; a pair's own prompts and private pace stay theirs."""

from collections.abc import Callable
from typing import Any

import pytest

from closeknit.accounts.models import User
from closeknit.prompts import services
from closeknit.prompts.models import Answer, Boundary, DepthConsent, Prompt, PromptRound
from closeknit.relationships.services import leave_relationship
from closeknit.testing.people import api_as, make_relationship, web_as
from closeknit.testing.rows import rows_of

pytestmark = pytest.mark.django_db

API: list[tuple[str, str, dict[str, Any] | None]] = [
    ("POST", "/api/v1/relationships/{r}/rounds", {}),
    ("GET", "/api/v1/relationships/{r}/rounds", None),
    ("GET", "/api/v1/relationships/{r}/pace", None),
    ("PUT", "/api/v1/relationships/{r}/pace", {"max_depth": 3, "resting_themes": []}),
    ("POST", "/api/v1/relationships/{r}/prompts", {"text": "q?", "depth": 1, "theme": "hopes"}),
    ("GET", "/api/v1/rounds/{round}", None),
    ("PUT", "/api/v1/rounds/{round}/answer", {"text": "mine"}),
    ("POST", "/api/v1/rounds/{round}/pass", None),
]

WEB: list[tuple[str, str]] = [
    ("GET", "/relationships/{r}/prompts/"),
    ("GET", "/relationships/{r}/prompts/browse/"),
    ("POST", "/relationships/{r}/prompts/new/"),
    ("POST", "/relationships/{r}/pace/"),
    ("POST", "/relationships/{r}/rounds/"),
    ("GET", "/relationships/{r}/rounds/{round}/"),
    ("POST", "/relationships/{r}/rounds/{round}/answer/"),
    ("POST", "/relationships/{r}/rounds/{round}/pass/"),
]


def _world(alice: User, partner: User) -> dict[str, int]:
    relationship = make_relationship(alice, partner, kind="friend")
    found = services.draw(user=alice, relationship_id=relationship.pk)
    services.answer(user=alice, round_id=found.pk, text="alice's hidden answer")
    return {"r": relationship.pk, "round": found.pk}


@pytest.fixture
def cases(alice: User, bob: User, charlie: User, dave: User) -> list[tuple[User, dict[str, int]]]:
    with_bob = _world(alice, bob)
    with_dave = _world(alice, dave)
    leave_relationship(user=dave, relationship_id=with_dave["r"])
    return [(charlie, with_bob), (dave, with_dave)]


def _snapshot() -> list[Any]:
    return rows_of(Prompt, PromptRound, Answer, DepthConsent, Boundary)


@pytest.mark.parametrize(("method", "url", "body"), API)
def test_it_hides_every_prompt_endpoint(
    cases: list[tuple[User, dict[str, int]]], method: str, url: str, body: Any
) -> None:
    before = _snapshot()
    for person, ids in cases:
        response = api_as(person).request(method, url.format(**ids), body or {})
        assert response.status_code == 404, (person, url, response.content)
        assert "alice" not in response.content.decode().lower()
    assert _snapshot() == before


@pytest.mark.parametrize(("method", "url"), WEB)
def test_it_hides_every_prompt_page(
    cases: list[tuple[User, dict[str, int]]], method: str, url: str
) -> None:
    before = _snapshot()
    for person, ids in cases:
        call: Callable[..., Any] = getattr(web_as(person), method.lower())
        response = call(url.format(**ids), {"text": "x", "max_depth": "3", "depth": "1"})
        assert response.status_code == 404, (person, url)
        assert "hidden answer" not in response.content.decode()
    assert _snapshot() == before


@pytest.mark.parametrize(
    ("url", "body"),
    [
        ("/relationships/{r}/pace/", {"max_depth": "9"}),
        ("/relationships/{r}/prompts/new/", {"text": "", "depth": "1", "theme": "hopes"}),
    ],
)
def test_a_refused_form_does_not_show_the_overview(
    alice: User, cases: list[tuple[User, dict[str, int]]], url: str, body: dict[str, str]
) -> None:
    """A form that fails validation shows the overview again, for members only."""
    before = _snapshot()
    for person, ids in cases:
        assert web_as(person).post(url.format(**ids), body).status_code == 404, (person, url)
        # The same refused form from a member is answered with the overview (422), so the
        # 404 above is about who asked, not about the form or the address.
        assert web_as(alice).post(url.format(**ids), body).status_code == 422
    assert _snapshot() == before


def test_a_round_belongs_to_its_relationship(alice: User, bob: User, charlie: User) -> None:
    """A round id under another of alice's relationships is not found."""
    ours = make_relationship(alice, bob)
    other = make_relationship(alice, charlie, kind="friend")
    found = services.draw(user=alice, relationship_id=ours.pk)
    assert web_as(alice).get(f"/relationships/{other.pk}/rounds/{found.pk}/").status_code == 404


def test_rounds_of_gives_nothing_to_someone_outside_the_relationship(
    alice: User, bob: User, charlie: User
) -> None:
    """The membership rule is in the query (PromptRound.objects.visible_to), not only in
    relationship_for: a caller that loaded the relationship some other way gets nothing."""
    from closeknit.relationships.models import Relationship

    ours = make_relationship(alice, bob)
    services.draw(user=alice, relationship_id=ours.pk)
    loaded = Relationship.objects.with_members().get(pk=ours.pk)
    assert len(services.rounds_of(relationship=loaded, user=alice)) == 1  # the control
    assert services.rounds_of(relationship=loaded, user=charlie) == []
    leave_relationship(user=bob, relationship_id=ours.pk)
    loaded = Relationship.objects.with_members().get(pk=ours.pk)
    assert services.rounds_of(relationship=loaded, user=bob) == []


def test_answers_are_never_stored_in_plain_text(alice: User, bob: User) -> None:
    from django.db import connection

    ids = _world(alice, bob)
    services.add_prompt(
        user=bob, relationship_id=ids["r"], text="our question", depth=1, theme="hopes"
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT text FROM prompts_answer")
        assert all(text.startswith("ck1.") for (text,) in cursor.fetchall())
        cursor.execute("SELECT own_text FROM prompts_prompt WHERE own_text IS NOT NULL")
        rows = cursor.fetchall()
        assert rows
        assert all(text.startswith("ck1.") for (text,) in rows)


def test_a_leavers_own_prompts_go_with_them(alice: User, bob: User) -> None:
    relationship = make_relationship(alice, bob)
    own = services.add_prompt(
        user=bob, relationship_id=relationship.pk, text="BOB-ONLY-WORDS", depth=1, theme="hopes"
    )
    drawn = services.draw(user=alice, relationship_id=relationship.pk, prompt_id=own.pk)
    services.answer(user=bob, round_id=drawn.pk, text="bob answered before leaving")
    leave_relationship(user=bob, relationship_id=relationship.pk)
    listed = api_as(alice).get("/api/v1/prompts").text
    assert "BOB-ONLY-WORDS" not in listed
    seen = api_as(alice).get(f"/api/v1/rounds/{drawn.pk}").json()
    assert "BOB-ONLY-WORDS" not in str(seen)
    assert seen["status"] == "set_aside"  # no reveal can happen any more
    assert seen["other"] == "not_yet"  # and nothing says what someone who left did
    own.refresh_from_db()
    assert (own.own_text, own.retired) == (None, True)


def test_a_deleted_accounts_prompts_are_cleared(alice: User, bob: User) -> None:
    from closeknit.accounts.services import delete_account
    from closeknit.testing.people import PASSWORD

    relationship = make_relationship(alice, bob)
    services.add_prompt(
        user=bob, relationship_id=relationship.pk, text="BOB-GONE", depth=1, theme="hopes"
    )
    delete_account(user=bob, password=PASSWORD)
    assert not Prompt.objects.filter(own_text__isnull=False).exists()
    assert "BOB-GONE" not in api_as(alice).get("/api/v1/prompts").text


def test_an_export_names_but_does_not_copy_the_others_prompt(alice: User, bob: User) -> None:
    from closeknit.core.export import export_for

    relationship = make_relationship(alice, bob)
    own = services.add_prompt(
        user=bob, relationship_id=relationship.pk, text="BOB-QUESTION", depth=1, theme="hopes"
    )
    drawn = services.draw(user=alice, relationship_id=relationship.pk, prompt_id=own.pk)
    services.answer(user=alice, round_id=drawn.pk, text="alice's answer")
    exported = export_for(alice)
    assert "BOB-QUESTION" not in str(exported)
    assert exported["prompt_answers"][0]["prompt"] == "A prompt the other person wrote"
    assert "BOB-QUESTION" in str(export_for(bob))
