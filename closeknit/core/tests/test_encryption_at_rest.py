"""Free text never reaches the database file (or a PostgreSQL dump) in plain text."""

import pytest

from closeknit.checkins.services import check_in
from closeknit.relationships.models import Invite
from closeknit.relationships.services import accept_invite, create_invite
from closeknit.sharing import services as sharing
from closeknit.sharing.models import Response
from closeknit.testing.people import make_user
from closeknit.testing.stored import stored_bytes

MARKER = "MARKER-7f3a-our-secret-words"
PLAIN_CONTROL = "Plainnamecontrol"  # display names are stored plain: proves the scan can see text


@pytest.mark.django_db(transaction=True)
def test_it_keeps_free_text_out_of_the_database() -> None:
    alice = make_user(PLAIN_CONTROL)
    invite = create_invite(user=alice, kind="friend", note=f"hello {MARKER}")
    bob = make_user("Bob")
    relationship = accept_invite(user=bob, code=create_invite(user=alice, kind="partner").code)
    rid = relationship.pk
    share = sharing.create_share(user=alice, relationship_id=rid, text=f"share {MARKER}")
    response = sharing.respond(user=bob, share_id=share.pk, text=f"response {MARKER}")
    sharing.appreciate(user=bob, relationship_id=rid, text=f"thanks {MARKER}")
    check_in(user=alice, mood=3, energy=3, note=f"note {MARKER}", relationship_id=rid)
    stored = stored_bytes()
    assert PLAIN_CONTROL.encode() in stored, "the scan must be able to see plain text"
    assert MARKER.encode() not in stored
    assert invite.code.encode() not in stored
    assert Invite.objects.get(pk=invite.pk).note == f"hello {MARKER}"
    assert Response.objects.get(pk=response.pk).text == f"response {MARKER}"


@pytest.mark.django_db
def test_it_refuses_to_search_encrypted_columns() -> None:
    from django.core.exceptions import FieldError

    with pytest.raises(FieldError):
        list(Invite.objects.filter(note="anything"))
