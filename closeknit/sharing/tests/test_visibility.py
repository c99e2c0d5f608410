"""visible_in (the timeline's fast path) must always agree with visible_to."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

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


def test_it_reads_the_present_members_once_for_a_response(
    alice: User, bob: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    from closeknit.relationships.models import Relationship

    ours = make_relationship(alice, bob)
    loaded = relationship_for(user=alice, relationship_id=ours.pk)
    calls = []
    original = Relationship.present_user_ids

    def counted(self: Relationship) -> list[int]:
        calls.append(self.pk)
        return original(self)

    monkeypatch.setattr(Relationship, "present_user_ids", counted)
    with CaptureQueriesContext(connection) as queries:
        list(Response.objects.visible_in(loaded, alice))
    assert calls == [ours.pk]
    # The members come as a list of ids, not as a subquery per row.
    assert len(queries.captured_queries) == 1
    assert "relationships_member" not in queries.captured_queries[0]["sql"]


def test_only_the_sharer_ever_loads_the_numbers(alice: User, bob: User) -> None:
    from closeknit.sharing.models import rating_of

    ours = make_relationship(alice, bob)
    shared = services.create_share(user=alice, relationship_id=ours.pk, text="hard day")
    reply = services.respond(user=bob, share_id=shared.pk, text="I'm here")
    services.rate_response(
        user=alice, response_id=reply.pk, understood=5, accepted=5, cared_for=5, after="relieved"
    )
    services.mark_helped(user=alice, response_id=reply.pk)
    [as_bob] = services.conversation(user=bob, share=shared)
    [as_alice] = services.conversation(user=alice, share=shared)
    assert as_bob.helped is True  # type: ignore[attr-defined]
    assert rating_of(as_bob) is None  # not even loaded for the responder
    assert as_alice.helped is True  # type: ignore[attr-defined]
    found = rating_of(as_alice)
    assert found is not None
    assert found.understood == 5
    assert rating_of(Response.objects.get(pk=reply.pk)) is None  # never an unscoped query


def test_the_responders_export_says_it_helped_without_the_numbers(alice: User, bob: User) -> None:
    from closeknit.sharing.export import export_responses

    ours = make_relationship(alice, bob)
    shared = services.create_share(user=alice, relationship_id=ours.pk, text="hard day")
    reply = services.respond(user=bob, share_id=shared.pk, text="I'm here")
    services.respond(user=bob, share_id=shared.pk, text="and still here")
    services.rate_response(
        user=alice, response_id=reply.pk, understood=2, accepted=2, cared_for=2, after="exposed"
    )
    services.mark_helped(user=alice, response_id=reply.pk)
    exported = export_responses(bob)
    assert [r["they_said_it_helped"] for r in exported] == [True, False]
    assert "exposed" not in str(exported)
