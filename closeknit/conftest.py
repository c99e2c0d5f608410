"""The small world most tests share: alice and bob are partners, charlie is a stranger,
and dave used to be in a relationship with alice but left."""

from typing import Any

import pytest
from django.conf import settings as django_settings

from closeknit.accounts.models import User
from closeknit.relationships.models import Relationship
from closeknit.relationships.services import leave_relationship
from closeknit.testing.people import api_as, make_relationship, make_user, web_as


@pytest.fixture(autouse=True)
def _fast_hashing(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["closeknit.testing.hashers.FastArgon2idHasher"]


@pytest.fixture(autouse=True)
def _jobs_inline(settings: Any) -> None:
    """Background jobs run inline, so a test sees their effects (an email sent) at once.
    Tests of the threads themselves turn them back on and wait for them."""
    settings.BACKGROUND_JOBS = False


@pytest.fixture
def alice(db: None) -> User:
    return make_user("Alice")


@pytest.fixture
def bob(db: None) -> User:
    return make_user("Bob")


@pytest.fixture
def charlie(db: None) -> User:
    return make_user("Charlie")


@pytest.fixture
def dave(db: None) -> User:
    return make_user("Dave")


@pytest.fixture
def couple(alice: User, bob: User) -> Relationship:
    return make_relationship(alice, bob)


@pytest.fixture
def former(alice: User, dave: User) -> Relationship:
    """A relationship dave has left (alice is still in it)."""
    relationship = make_relationship(alice, dave, kind="friend")
    leave_relationship(user=dave, relationship_id=relationship.pk)
    return relationship


@pytest.fixture
def alice_api(alice: User) -> Any:
    return api_as(alice)


@pytest.fixture
def alice_web(alice: User) -> Any:
    return web_as(alice)


def pytest_report_header(config: Any) -> str:
    engine = django_settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    return f"closeknit database: {engine}"
