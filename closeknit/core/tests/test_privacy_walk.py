"""Every page and endpoint that names a relationship or an item in one is walked by a
privacy test (a stranger and a former member get 404). A new route must join a list."""

import re
from typing import Any

from django.urls import get_resolver

from closeknit.core.api import api
from closeknit.prompts.tests import test_privacy as prompts
from closeknit.relationships.tests import test_privacy as relationships
from closeknit.sharing.tests import test_privacy as sharing

# Routes with an id that is not a relationship's or an item's: each has its own tests.
NOT_SCOPED = {
    ("DELETE", "/api/v1/invites/{}"),
    ("POST", "/api/v1/invites/{}/accept"),
}


def _shape(url: str) -> str:
    return re.sub(r"\{\w*\}|<int:\w+>", "{}", url)


def _walk(patterns: list[Any], prefix: str) -> list[str]:
    found = []
    for p in patterns:
        route = prefix + str(p.pattern)
        if route.startswith("api/"):
            continue  # the API is checked against its OpenAPI document below
        found += _walk(p.url_patterns, route) if hasattr(p, "url_patterns") else [route]
    return found


def test_every_relationship_page_is_walked() -> None:
    routes = {
        _shape("/" + route)
        for route in _walk(get_resolver().url_patterns, "")
        if "relationship_id" in route
    }
    walked = {_shape(url) for _, url in relationships.WEB_PAGES + sharing.WEB + prompts.WEB}
    assert routes == walked


def test_every_endpoint_with_an_id_is_walked() -> None:
    endpoints = {
        (method.upper(), _shape(path))
        for path, operations in api.get_openapi_schema()["paths"].items()
        if "{" in path
        for method in operations
    }
    walked = {(m, _shape(url)) for m, url in relationships.API_ENDPOINTS}
    walked |= {(m, _shape(url)) for m, url, _ in sharing.API + prompts.API}
    assert endpoints - NOT_SCOPED <= walked
