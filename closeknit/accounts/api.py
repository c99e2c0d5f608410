from datetime import datetime
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from ninja import Field, Router, Schema, Status

from closeknit.accounts.requests import signed_in
from closeknit.core.api import ErrorOut
from closeknit.core.errors import Invalid, Refused
from closeknit.core.schemas import Text

from . import services

router = Router(tags=["accounts"])

ERRORS: dict[int, Any] = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}


class AccountIn(Schema):
    email: Text = Field(max_length=254)
    password: Text = Field(max_length=1024)
    display_name: Text = Field(max_length=200)
    invite_code: Text | None = Field(default=None, max_length=64)
    time_zone: Text | None = Field(
        default=None,
        max_length=64,
        description="An IANA name such as Europe/London; UTC when missing or unknown.",
    )


class AccountOut(Schema):
    id: int
    email: str
    display_name: str


class MeOut(AccountOut):
    date_joined: datetime
    time_zone: str


class TimeZoneIn(Schema):
    time_zone: Text = Field(max_length=64, description="An IANA name such as Europe/London.")


class CredentialsIn(Schema):
    email: Text = Field(max_length=254)
    password: Text = Field(max_length=1024)


class TokenOut(Schema):
    token: str
    expires_at: datetime = Field(
        description=(
            "When the token stops working if it is not used before then. Each use moves "
            f"this to {settings.API_TOKEN_IDLE_DAYS} days after that use, but never past "
            f"{settings.API_TOKEN_MAX_DAYS} days after the token was issued."
        )
    )


class PasswordIn(Schema):
    password: Text = Field(max_length=1024)


@router.post(
    "/accounts",
    auth=None,
    response={201: AccountOut, 403: ErrorOut, 404: ErrorOut, 410: ErrorOut, 422: ErrorOut},
)
def create_account(request: HttpRequest, payload: AccountIn) -> Status[Any]:
    """Create an account.

    After the first account, the instance's sign-up policy applies: with `invite` (the
    default) an `invite_code` from a valid invite is required (it is not used up; accept
    it afterwards), `open` lets anyone sign up, `closed` lets no one.
    """
    user = services.create_account(
        email=payload.email,
        password=payload.password,
        display_name=payload.display_name,
        invite_code=payload.invite_code,
        time_zone=payload.time_zone,
        request=request,
    )
    return Status(201, user)


@router.post("/tokens", auth=None, response={201: TokenOut, 401: ErrorOut, 429: ErrorOut})
def create_token(request: HttpRequest, payload: CredentialsIn) -> Status[Any]:
    """Exchange email and password for a bearer token (shown once; keep it safe).

    A token stops working when it goes unused for a while, and in any case some months
    after it was issued (`expires_at` says when). Then it answers 401, like any unknown
    token, and the client asks for a new one.

    Five failed attempts in fifteen minutes, for an account or from an address, pause
    sign-in (429 with Retry-After).
    """
    issued = services.create_token(email=payload.email, password=payload.password, request=request)
    return Status(201, issued)


@router.delete("/tokens/current", response={204: None, 401: ErrorOut, 422: ErrorOut})
def delete_current_token(request: HttpRequest) -> Status[Any]:
    """Revoke the bearer token used for this request (sign this client out)."""
    token = getattr(request, "api_token", None)
    if token is None:
        raise Invalid("This request was not made with a bearer token.", code="no_token")
    services.revoke_token(user=signed_in(request), token_id=token.pk, request=request)
    return Status(204, None)


@router.get("/me", response={200: MeOut, 401: ErrorOut})
def me(request: HttpRequest) -> Any:
    """The signed-in person's account."""
    return request.user


@router.put("/me/time-zone", response={200: MeOut, 401: ErrorOut, 422: ErrorOut})
def set_time_zone(request: HttpRequest, payload: TimeZoneIn) -> Any:
    """Change the time zone the web pages show every time in (the API always gives
    times with their UTC offset)."""
    return services.set_time_zone(user=signed_in(request), time_zone=payload.time_zone)


@router.get("/me/export", response={200: dict[str, Any], 401: ErrorOut, 403: ErrorOut})
def export_me(request: HttpRequest) -> Any:
    """Everything you wrote or did, as JSON.

    Needs a bearer token (which was itself issued against your password). In a browser,
    use the export page, which asks for your password again.
    """
    if getattr(request, "api_token", None) is None:
        raise Refused(
            "Export your data from the account page, which asks for your password again.",
            code="reauthentication_required",
        )
    return services.export_account(user=signed_in(request), password=None, request=request)


@router.delete("/me", response={204: None, 401: ErrorOut, 422: ErrorOut})
def delete_me(request: HttpRequest, payload: PasswordIn) -> Status[Any]:
    """Delete your account and everything you wrote, after confirming your password.

    The other people in your relationships keep what they wrote themselves.
    """
    services.delete_account(user=signed_in(request), password=payload.password, request=request)
    return Status(204, None)
