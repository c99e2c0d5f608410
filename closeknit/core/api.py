"""The JSON API, version 1, under /api/v1/ (OpenAPI document at /api/v1/openapi.json).

Browsers use their session cookie (with CSRF protection); other clients send a bearer
token from POST /api/v1/tokens. Every error is JSON: {"detail": "...", "code": "..."},
with field errors under "errors" on 422.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.security import HttpBearer, django_auth

from .errors import RateLimited, ServiceError


class BearerToken(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        from closeknit.accounts.services import user_for_token

        found = user_for_token(token)
        if found is None:
            return None
        user, api_token = found
        request.user = user
        request.api_token = api_token  # type: ignore[attr-defined]
        return user


class ErrorOut(Schema):
    detail: str
    code: str
    errors: dict[str, list[str]] | None = None


api = NinjaAPI(
    title="closeknit API",
    version="1",
    description=__doc__ or "",
    urls_namespace="api-v1",
    docs_url=None,  # the interactive docs page needs inline script; the JSON document is enough
    auth=[BearerToken(), django_auth],
)


def error_response(
    request: HttpRequest,
    status: int,
    detail: str,
    code: str,
    errors: dict[str, list[str]] | None = None,
) -> HttpResponse:
    body: dict[str, Any] = {"detail": detail, "code": code}
    if errors:
        body["errors"] = errors
    return api.create_response(request, body, status=status)


@api.exception_handler(ServiceError)
def service_error(request: HttpRequest, exc: ServiceError) -> HttpResponse:
    response = error_response(request, exc.status, exc.detail, exc.code, exc.fields)
    if isinstance(exc, RateLimited):
        response["Retry-After"] = str(exc.retry_after)
    return response


@api.exception_handler(ValidationError)
def validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    fields: dict[str, list[str]] = {}
    for error in exc.errors:
        loc = [str(part) for part in error.get("loc", ()) if part not in ("body", "payload")]
        name = ".".join(loc[-1:]) or "body"
        fields.setdefault(name, []).append(
            str(error.get("msg", "Not valid.")).removeprefix("Value error, ")
        )
    return error_response(request, 422, "Some fields are not valid.", "invalid", fields)


@api.exception_handler(AuthenticationError)
def authentication_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return error_response(
        request,
        401,
        "Sign in, or send a valid token as 'Authorization: Bearer <token>'.",
        "not_authenticated",
    )


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    codes = {400: "bad_request", 403: "forbidden", 404: "not_found", 405: "method_not_allowed"}
    return error_response(request, exc.status_code, str(exc), codes.get(exc.status_code, "error"))


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return error_response(request, 404, "Not found.", "not_found")


def register_routers() -> None:
    from closeknit.accounts.api import router as accounts
    from closeknit.checkins.api import router as checkins
    from closeknit.core.coach_api import router as coach
    from closeknit.prompts.api import router as prompts
    from closeknit.relationships.api import router as relationships
    from closeknit.sharing.api import router as sharing

    api.add_router("", accounts)
    api.add_router("", relationships)
    api.add_router("", checkins)
    api.add_router("", sharing)
    api.add_router("", prompts)
    api.add_router("", coach)


register_routers()
