"""schemathesis against the OpenAPI document: bounded examples, no 5xx, responses as documented."""

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from closeknit.accounts.models import User
from closeknit.testing.people import make_relationship, make_user, token_for
from closeknit.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@pytest.fixture
def wsgi_in_test_transaction() -> Any:
    """As Django's test client does: keep the test's database connection open across requests."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def someone(db: None, wsgi_in_test_transaction: None) -> User:
    alice = make_user("Alice")
    make_relationship(alice, make_user("Bob"))
    return alice


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_it_never_fails_on_any_input(case: Any, someone: User) -> None:
    token = token_for(someone)  # fresh each time: some examples revoke their token
    case.call_and_validate(
        headers={"Authorization": f"Bearer {token}"},
        checks=[not_a_server_error, response_schema_conformance],
    )


def test_the_document_lists_every_v1_operation(client: Any) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    expected = {
        "/api/v1/accounts": {"post"},
        "/api/v1/tokens": {"post"},
        "/api/v1/tokens/current": {"delete"},
        "/api/v1/me": {"get", "delete"},
        "/api/v1/me/export": {"get"},
        "/api/v1/invites": {"post"},
        "/api/v1/invites/{code}": {"delete"},
        "/api/v1/invites/{code}/accept": {"post"},
        "/api/v1/relationships": {"get"},
        "/api/v1/relationships/{relationship_id}": {"get"},
        "/api/v1/relationships/{relationship_id}/leave": {"post"},
        "/api/v1/coach": {"post"},
    }
    for path, methods in expected.items():
        assert methods <= set(paths[path]), path
