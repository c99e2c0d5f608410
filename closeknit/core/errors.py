"""Errors raised by services. Views show them on the page; the API returns them as JSON."""

from __future__ import annotations

from django.http import Http404


class ServiceError(Exception):
    status = 400
    code = "bad_request"

    def __init__(
        self,
        detail: str,
        *,
        code: str | None = None,
        fields: dict[str, list[str]] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        if code:
            self.code = code
        self.fields = fields or {}


class Invalid(ServiceError):
    """Input that cannot be accepted; `fields` says which field and why."""

    status = 422
    code = "invalid"


class NotFound(ServiceError, Http404):
    """Missing, or not the caller's to see: both look the same from outside.

    Also an Http404, so a web view that lets it through answers with the 404 page.
    """

    status = 404
    code = "not_found"

    def __init__(self, detail: str = "Not found.", *, code: str | None = None) -> None:
        super().__init__(detail, code=code)


class Gone(ServiceError):
    status = 410
    code = "gone"


class Conflict(ServiceError):
    status = 409
    code = "conflict"


class Refused(ServiceError):
    status = 403
    code = "refused"


class BadCredentials(ServiceError):
    status = 401
    code = "bad_credentials"


class RateLimited(ServiceError):
    status = 429
    code = "rate_limited"

    def __init__(self, detail: str, *, retry_after: int) -> None:
        super().__init__(detail)
        self.retry_after = retry_after
