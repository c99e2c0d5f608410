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
    html = alice_web.post("/coach/", {"text": "   "}).content.decode()
    assert "coach-chip" not in html
    assert 'data-coach-summary=""' in html  # and the status line is cleared


def test_it_sums_the_notes_up_in_one_sentence_for_the_status_line(alice_web: Any) -> None:
    html = alice_web.post("/coach/", {"text": "You never listen to me."}).content.decode()
    assert 'data-coach-summary="Coach notes under your text: 1 thing to look at."' in html
    html = alice_web.post("/coach/", {"text": "Thank you for telling me."}).content.decode()
    assert 'data-coach-summary="Coach notes under your text: 1 going well."' in html
    html = alice_web.post("/coach/", {"text": "The bus is at nine."}).content.decode()
    assert 'data-coach-summary="The coach has no notes on this draft."' in html


def test_it_reads_a_check_in_note_under_its_own_name(alice_web: Any) -> None:
    draft = {"note": "You never listen to me.", "coach_field": "note", "coach_target": "id_note"}
    html = alice_web.post("/coach/", draft).content.decode()
    assert "Sounds like blame" in html
    assert 'data-coach-use="id_note"' in html
    # Only draft fields are read: any other name falls back to "text".
    html = alice_web.post("/coach/", {"password": "You never listen.", "coach_field": "password"})
    assert "coach-chip" not in html.content.decode()


def test_the_summary_counts_both_kinds() -> None:
    from closeknit.core.coach_web import summary

    items = [{"kind": "closer"}, {"kind": "closer"}, {"kind": "opener"}]
    assert summary(items) == "Coach notes under your text: 2 things to look at and 1 going well."
    assert summary([]) == "The coach has no notes on this draft."


@pytest.mark.parametrize(
    ("path", "slot", "field"),
    [
        ("/checkin/", "coach-checkin", "id_note"),
        ("/relationships/{r}/appreciations/", "coach-appreciation", "id_text"),
        ("/relationships/{r}/", "coach-share", "id_text"),
    ],
)
def test_every_form_that_shares_has_the_coach(
    alice_web: Any, couple: Relationship, path: str, slot: str, field: str
) -> None:
    html = alice_web.get(path.format(r=couple.pk)).content.decode()
    assert f'id="{slot}"' in html
    # The status line is the live region; the textarea is described by it.
    assert f'<p class="skip" id="{slot}-status" role="status"></p>' in html
    assert f'aria-describedby="{field}_helptext {slot}-status"' in html
    assert f'hx-target="#{slot}"' in html
    # The coach is told which field holds the draft (the check-in's is its note).
    assert f"&quot;coach_field&quot;: &quot;{field.removeprefix('id_')}&quot;" in html


def test_it_says_when_a_draft_is_too_long(alice_web: Any) -> None:
    html = alice_web.post("/coach/", {"text": "a" * 5001}).content.decode()
    assert "up to 5,000 characters" in html
    assert 'data-coach-summary="The coach reads drafts up to 5,000 characters."' in html


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
