from datetime import timedelta

import pytest
from django.utils import timezone

from closeknit.accounts.models import User
from closeknit.checkins.models import CheckIn
from closeknit.demo.build import RealAccounts, create_demo
from closeknit.relationships.services import relationship_for
from closeknit.sharing.models import Appreciation, Response, ResponseRating, Share
from closeknit.sharing.timeline import timeline
from closeknit.testing.people import make_user

pytestmark = pytest.mark.django_db


def test_it_builds_three_months_of_history() -> None:
    logins = create_demo()
    assert [login.name for login in logins] == ["Sam", "Robin", "Jules"]
    assert Share.objects.filter(kind="free").count() >= 60
    assert Response.objects.count() >= 60
    assert ResponseRating.objects.filter(helped=True).exists()
    assert Appreciation.objects.count() >= 40
    assert CheckIn.objects.filter(share__isnull=True).exists()
    assert CheckIn.objects.filter(share__isnull=False).exists()
    oldest = Share.objects.order_by("created_at").first()
    assert oldest is not None
    assert timezone.now() - oldest.created_at > timedelta(weeks=11)
    sam = User.objects.get(email=logins[0].email)
    assert sam.check_password(logins[0].password)
    # Every item is reachable through the normal rules.
    couple = Share.objects.filter(author=sam).first()
    assert couple is not None
    relationship = relationship_for(user=sam, relationship_id=couple.relationship_id)
    page = timeline(user=sam, relationship=relationship, limit=100)
    assert len(page.entries) == 100


def test_it_has_quiet_and_busy_weeks() -> None:
    create_demo()
    per_week: dict[int, int] = {}
    start = timezone.now() - timedelta(weeks=13)
    for share in Share.objects.all():
        week = (share.created_at - start).days // 7
        per_week[week] = per_week.get(week, 0) + 1
    assert per_week.get(3, 0) * 3 < per_week.get(5, 0)


def test_it_refuses_a_database_with_real_accounts() -> None:
    make_user("Real Person")
    with pytest.raises(RealAccounts):
        create_demo()
    assert not User.objects.filter(display_name="Sam").exists()
    create_demo(force=True)
    assert User.objects.filter(display_name="Real Person").exists()


def test_it_replaces_an_earlier_demo() -> None:
    create_demo()
    first = Share.objects.count()
    create_demo()
    assert User.objects.count() == 3
    assert Share.objects.count() == first
