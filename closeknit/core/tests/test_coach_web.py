"""The live coach under drafts: chips for the writer only, and nothing stored."""

from typing import Any

import pytest
from django.test import Client

from closeknit.accounts.models import User
from closeknit.relationships.models import Relationship
from closeknit.sharing import services
from closeknit.testing.people import api_as, web_as

pytestmark = pytest.mark.django_db

HX = {"HX-Request": "true"}


def test_it_explains_and_offers_a_rewrite(alice_web: Any) -> None:
    draft = "You never listen to me."
    response = alice_web.post("/coach/", {"text": draft, "coach_target": "id_text"}, headers=HX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Sounds like blame" in html
    assert 'data-coach-use="id_text"' in html
    assert "I feel" in html  # the rewrite turns blame into an I-statement
    assert "Only you see these notes." in html


def test_it_notices_door_openers_too(alice_web: Any) -> None:
    html = alice_web.post("/coach/", {"text": "That makes sense. What happened next?"})
    assert "Invites them to say more" in html.content.decode()


def test_it_says_nothing_about_an_empty_draft(alice_web: Any) -> None:
    assert alice_web.post("/coach/", {"text": "   "}).content.decode().strip() == ""


def test_it_says_when_a_draft_is_too_long(alice_web: Any) -> None:
    html = alice_web.post("/coach/", {"text": "a" * 5001}).content.decode()
    assert "up to 5,000 characters" in html


def test_it_reads_the_share_being_answered_only_when_visible(
    alice: User, bob: User, charlie: User, couple: Relationship
) -> None:
    share = services.create_share(
        user=alice, relationship_id=couple.pk, text="I lost my job today and I feel useless."
    )
    draft = {"text": "Have you tried updating your CV?", "coach_share": str(share.pk)}
    seen = web_as(bob).post("/coach/", draft).content.decode()
    assert "Advice before listening" in seen
    # A stranger naming the share gets plain coaching, and no sign the share exists.
    stranger = web_as(charlie).post("/coach/", draft)
    assert stranger.status_code == 200
    assert "useless" not in stranger.content.decode()
    # The context itself: the share's words for bob, nothing for charlie.
    from django.test import RequestFactory

    from closeknit.core.coach_web import _replying_to

    for person, expected in ((bob, share.text), (charlie, None)):
        request = RequestFactory().post("/coach/")
        request.user = person
        assert _replying_to(request, str(share.pk)) == expected


def test_it_needs_a_signed_in_person() -> None:
    response = Client().post("/coach/", {"text": "hello"})
    assert response.status_code == 302


def test_the_other_person_never_sees_coach_labels(
    alice: User, bob: User, couple: Relationship
) -> None:
    share = services.create_share(user=alice, relationship_id=couple.pk, text="Long week.")
    response = services.respond(user=bob, share_id=share.pk, text="Calm down, it's not a big deal.")
    assert "dismissal" in response.coach_labels
    for client_text in (
        api_as(alice).get(f"/api/v1/relationships/{couple.pk}/timeline").text,
        api_as(alice).get(f"/api/v1/shares/{share.pk}").text,
        web_as(alice).get(f"/relationships/{couple.pk}/shares/{share.pk}/").content.decode(),
    ):
        assert "dismissal" not in client_text
        assert "coach_labels" not in client_text
        assert "Makes the feeling smaller" not in client_text
