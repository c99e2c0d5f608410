import pytest
from django.test import Client

from closeknit.accounts.models import User
from closeknit.relationships.models import Member, Relationship
from closeknit.testing.people import api_as, make_relationship, make_user, web_as

pytestmark = pytest.mark.django_db


def test_one_person_can_belong_to_several_relationships(alice: User, bob: User) -> None:
    partner = make_relationship(alice, bob, kind="partner")
    friend = make_relationship(alice, make_user("Farah"), kind="friend")
    listed = api_as(alice).get("/api/v1/relationships").json()
    assert [(r["id"], r["kind"]) for r in listed] == [
        (partner.pk, "partner"),
        (friend.pk, "friend"),
    ]
    assert [r["id"] for r in api_as(bob).get("/api/v1/relationships").json()] == [partner.pk]


def test_each_relationship_has_its_own_page(alice: User, bob: User, couple: Relationship) -> None:
    page = web_as(bob).get(f"/relationships/{couple.pk}/").content.decode()
    assert "You and Alice" in page
    home = web_as(alice).get("/").content.decode()
    assert f"/relationships/{couple.pk}/" in home and "You and Bob" in home


def test_leaving_asks_first_and_says_what_happens(alice: User, couple: Relationship) -> None:
    client = web_as(alice)
    page = client.get(f"/relationships/{couple.pk}/leave/").content.decode()
    assert "disappears from Bob" in page
    assert Member.objects.current().filter(user=alice).exists()
    client.post(f"/relationships/{couple.pk}/leave/")
    assert not Member.objects.current().filter(user=alice).exists()


def test_after_leaving_the_other_person_sees_that_they_left(
    alice: User, bob: User, couple: Relationship
) -> None:
    assert api_as(alice).post(f"/api/v1/relationships/{couple.pk}/leave").status_code == 204
    assert api_as(alice).get(f"/api/v1/relationships/{couple.pk}").status_code == 404
    seen = api_as(bob).get(f"/api/v1/relationships/{couple.pk}").json()
    assert [m["display_name"] for m in seen["members"]] == ["Bob"]
    page = web_as(bob).get(f"/relationships/{couple.pk}/").content.decode()
    assert "has left this space" in page


def test_people_who_left_can_start_again_with_a_new_invite(
    alice: User, bob: User, couple: Relationship
) -> None:
    api_as(bob).post(f"/api/v1/relationships/{couple.pk}/leave")
    again = make_relationship(alice, bob, kind="friend")
    assert again.pk != couple.pk


def test_a_huge_id_is_just_not_found(alice: User) -> None:
    huge = 10**30
    assert web_as(alice).get(f"/relationships/{huge}/").status_code == 404
    assert api_as(alice).get(f"/api/v1/relationships/{huge}").status_code == 422


def test_pages_need_a_signed_in_person(couple: Relationship) -> None:
    response = Client().get(f"/relationships/{couple.pk}/")
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")
