"""visible_in (the timeline's fast path) must always agree with visible_to."""

import pytest

from closeknit.accounts.models import User
from closeknit.relationships.services import leave_relationship, relationship_for
from closeknit.sharing import services
from closeknit.sharing.models import Appreciation, Response, Share
from closeknit.testing.people import make_relationship

pytestmark = pytest.mark.django_db


def _both(user: User, relationship_id: int) -> list[tuple[list[int], list[int]]]:
    from closeknit.relationships.models import Relationship

    loaded = Relationship.objects.prefetch_related("members").filter(pk=relationship_id).first()
    assert loaded is not None
    pairs = []
    for model in (Share, Response, Appreciation):
        slow = model.objects.visible_to(user).filter(relationship_id=relationship_id)
        fast = model.objects.visible_in(loaded, user)
        pairs.append(
            (sorted(slow.values_list("pk", flat=True)), sorted(fast.values_list("pk", flat=True)))
        )
    return pairs


def test_both_paths_agree(alice: User, bob: User, charlie: User) -> None:
    ours = make_relationship(alice, bob)
    rid = ours.pk
    kept = services.create_share(user=alice, relationship_id=rid, text="kept")
    gone = services.create_share(user=alice, relationship_id=rid, text="withdrawn")
    services.respond(user=bob, share_id=kept.pk, text="to kept")
    services.respond(user=bob, share_id=gone.pk, text="to withdrawn")
    own = services.respond(user=alice, share_id=kept.pk, text="alice adds")
    services.withdraw_share(user=alice, share_id=gone.pk)
    services.withdraw_response(user=alice, response_id=own.pk)
    services.appreciate(user=bob, relationship_id=rid, text="thanks")
    for person in (alice, bob, charlie):
        for slow, fast in _both(person, rid):
            assert slow == fast, person
    assert _both(alice, rid)[0][0] == [kept.pk]
    leave_relationship(user=bob, relationship_id=rid)
    for person in (alice, bob, charlie):
        for slow, fast in _both(person, rid):
            assert slow == fast, person
    assert relationship_for(user=alice, relationship_id=rid)
    assert _both(alice, rid)[1] == ([], [])  # bob's responses left with him
