from typing import Any

import pytest

from closeknit.accounts.models import User
from closeknit.checkins.models import CheckIn
from closeknit.relationships.models import Relationship
from closeknit.testing.people import web_as

pytestmark = pytest.mark.django_db


def test_it_offers_each_current_space(alice_web: Any, couple: Relationship, former: Any) -> None:
    page = alice_web.get("/checkin/").content.decode()
    assert "Just me: keep it in my journal" in page
    assert "Share with Bob" in page
    assert "Share with Dave" not in page  # dave has left


def test_it_keeps_a_private_checkin(alice_web: Any, bob: User, couple: Relationship) -> None:
    form = {"mood": "2", "energy": "4", "feelings": ["tired", "hopeful"], "need": "space"}
    response = alice_web.post("/checkin/", {**form, "note": "only mine", "share_into": ""})
    assert response.status_code == 302
    assert response["Location"] == "/journal/"
    journal = alice_web.get("/journal/").content.decode()
    assert "only mine" in journal
    assert "just for me" in journal
    assert "only mine" not in web_as(bob).get(f"/relationships/{couple.pk}/").content.decode()


def test_it_shares_a_checkin(alice_web: Any, bob: User, couple: Relationship) -> None:
    form = {"mood": "4", "energy": "3", "feelings": ["grateful"], "need": "closeness"}
    response = alice_web.post("/checkin/", {**form, "note": "nice day", "share_into": couple.pk})
    assert response["Location"] == f"/relationships/{couple.pk}/"
    page = web_as(bob).get(f"/relationships/{couple.pk}/").content.decode()
    assert "Alice checked in" in page
    assert "nice day" in page
    assert "grateful" in page
    assert "closeness" in page


def test_it_keeps_everything_on_an_error(alice_web: Any) -> None:
    six = ["calm", "happy", "tired", "sad", "hurt", "safe"]
    form = {"mood": "3", "energy": "3", "feelings": six, "note": "keep this draft"}
    response = alice_web.post("/checkin/", form)
    assert response.status_code == 422
    page = response.content.decode()
    assert "Pick up to 5 feelings; you picked 6." in page
    assert "keep this draft" in page
    assert page.count("checked") >= 6
    for slug in six:
        assert f'value="{slug}" id="feeling-{slug}" checked' in page
    assert CheckIn.objects.count() == 0


def test_it_needs_mood_and_energy(alice_web: Any) -> None:
    response = alice_web.post("/checkin/", {"note": "no numbers"})
    assert response.status_code == 422
    assert "Choose how you are, from 1 to 5." in response.content.decode()
    assert "no numbers" in response.content.decode()


def test_it_refuses_a_space_that_is_not_yours(
    alice_web: Any, charlie: User, bob: User, dave: User
) -> None:
    from closeknit.testing.people import make_relationship

    theirs = make_relationship(bob, charlie)
    form = {"mood": "3", "energy": "3", "share_into": theirs.pk}
    response = alice_web.post("/checkin/", form)
    assert response.status_code == 422
    assert CheckIn.objects.count() == 0
