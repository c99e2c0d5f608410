"""Plain helpers to build the small world tests need (no factory framework)."""

from __future__ import annotations

import itertools
from typing import Any

from django.test import Client

from closeknit.accounts.models import User
from closeknit.relationships import services as relationships
from closeknit.relationships.models import Relationship

PASSWORD = "a long and memorable test password"
_counter = itertools.count(1)


def make_user(name: str, *, email: str | None = None, password: str = PASSWORD) -> User:
    email = email or f"{name.lower()}.{next(_counter)}@example.org"
    return User.objects.create_user(email=email, password=password, display_name=name)


def make_relationship(a: User, b: User, *, kind: str = "partner") -> Relationship:
    invite = relationships.create_invite(user=a, kind=kind)
    return relationships.accept_invite(user=b, code=invite.code)


def token_for(user: User, *, password: str = PASSWORD) -> str:
    from closeknit.accounts.services import create_token

    return create_token(email=user.email, password=password).token


class ApiClient:
    """A test client that speaks JSON and sends a bearer token."""

    def __init__(self, token: str | None = None) -> None:
        self.client = Client()
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}

    def request(self, method: str, path: str, data: Any = None) -> Any:
        call = getattr(self.client, method.lower())
        if data is None:
            return call(path, headers=self.headers)
        return call(path, data=data, content_type="application/json", headers=self.headers)

    def get(self, path: str) -> Any:
        return self.request("GET", path)

    def post(self, path: str, data: Any = None) -> Any:
        return self.request("POST", path, data if data is not None else {})

    def put(self, path: str, data: Any = None) -> Any:
        return self.request("PUT", path, data if data is not None else {})

    def delete(self, path: str, data: Any = None) -> Any:
        return self.request("DELETE", path, data)


def api_as(user: User) -> ApiClient:
    return ApiClient(token_for(user))


def web_as(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client
