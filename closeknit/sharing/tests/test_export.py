"""An export holds what the person wrote and the ratings they gave, and of the other
person's words only the responses to the exporter's own shares."""

import json

import pytest

from closeknit.accounts.models import User
from closeknit.checkins.services import check_in
from closeknit.core.export import export_for
from closeknit.relationships.models import Relationship
from closeknit.relationships.services import leave_relationship
from closeknit.sharing import services

pytestmark = pytest.mark.django_db


def test_it_exports_own_words_and_answers_to_them(
    alice: User, bob: User, couple: Relationship
) -> None:
    mine = services.create_share(user=alice, relationship_id=couple.pk, text="alice shares")
    theirs = services.create_share(user=bob, relationship_id=couple.pk, text="bob shares")
    answer = services.respond(user=bob, share_id=mine.pk, text="bob answers alice")
    services.respond(user=alice, share_id=theirs.pk, text="alice answers bob")
    services.rate_response(
        user=alice, response_id=answer.pk, understood=5, accepted=4, cared_for=5, after="relieved"
    )
    services.appreciate(user=bob, relationship_id=couple.pk, text="bob thanks alice")
    check_in(user=alice, mood=3, energy=2, note="private note")

    data = export_for(alice)
    text = json.dumps(data)
    assert "alice shares" in text
    assert "alice answers bob" in text
    assert "private note" in text
    assert "bob answers alice" in text
    [share] = data["shares"]
    assert share["responses_from_others"][0]["theirs"] is True
    assert data["ratings_given"][0]["understood"] == 5
    # Nothing else of Bob's.
    assert "bob shares" not in text
    assert "bob thanks alice" not in text
    # And Bob's export holds no numbers Alice gave.
    assert "ratings_given" in export_for(bob)
    assert export_for(bob)["ratings_given"] == []


def test_withdrawn_words_leave_the_others_export_but_stay_in_the_authors(
    alice: User, bob: User, couple: Relationship
) -> None:
    share = services.create_share(user=alice, relationship_id=couple.pk, text="taken back")
    services.respond(user=bob, share_id=share.pk, text="bob's reply to it")
    answer = services.respond(user=alice, share_id=share.pk, text="alice follows up")
    services.withdraw_share(user=alice, share_id=share.pk)
    bob_export = json.dumps(export_for(bob))
    assert "taken back" not in bob_export
    assert "alice follows up" not in bob_export
    assert "bob's reply to it" in bob_export  # the responder keeps their own words
    alice_export = export_for(alice)
    assert alice_export["shares"][0]["withdrawn_at"] is not None
    assert alice_export["shares"][0]["text"] == "taken back"
    assert any(r["id"] == answer.pk for r in alice_export["responses"])


def test_a_leavers_replies_leave_the_others_export(
    alice: User, bob: User, couple: Relationship
) -> None:
    share = services.create_share(user=alice, relationship_id=couple.pk, text="alice shares")
    services.respond(user=bob, share_id=share.pk, text="bob was here")
    leave_relationship(user=bob, relationship_id=couple.pk)
    assert "bob was here" not in json.dumps(export_for(alice))
    assert "bob was here" in json.dumps(export_for(bob))


def test_deleting_the_sharer_keeps_the_responders_words(
    alice: User, bob: User, couple: Relationship
) -> None:
    share = services.create_share(user=alice, relationship_id=couple.pk, text="soon gone")
    services.respond(user=bob, share_id=share.pk, text="still mine")
    alice.delete()
    assert "still mine" in json.dumps(export_for(bob))


def test_each_share_carries_only_the_replies_to_it(
    alice: User, bob: User, couple: Relationship
) -> None:
    quiet = services.create_share(user=alice, relationship_id=couple.pk, text="nobody answered")
    answered = services.create_share(user=alice, relationship_id=couple.pk, text="bob answered")
    services.respond(user=bob, share_id=answered.pk, text="a reply to the second")
    shares = {share["id"]: share for share in export_for(alice)["shares"]}
    assert shares[quiet.pk]["responses_from_others"] == []
    [reply] = shares[answered.pk]["responses_from_others"]
    assert reply["text"] == "a reply to the second"
