from typing import TYPE_CHECKING

from django.conf import settings
from django.http import HttpRequest

if TYPE_CHECKING:
    from .models import User

LOOPBACK = {"127.0.0.1", "::1"}


def client_ip(request: HttpRequest) -> str | None:
    """The address of the person making the request.

    Behind a reverse proxy on the same machine (CLOSEKNIT_BEHIND_PROXY=1), every
    connection comes from loopback, so the address is the right-most entry of
    X-Forwarded-For: the one our own proxy added. Entries further left are written by
    the client and are never trusted, or anyone could dodge the sign-in rate limit.
    """
    remote = request.META.get("REMOTE_ADDR") or None
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if settings.BEHIND_PROXY and remote in LOOPBACK and forwarded:
        return forwarded.split(",")[-1].strip() or remote
    return remote


def user_agent(request: HttpRequest) -> str:
    return request.META.get("HTTP_USER_AGENT", "")[:400]


def signed_in(request: HttpRequest) -> "User":
    """The signed-in person, for views behind login_required and authenticated API routes."""
    from .models import User

    user = request.user
    if not isinstance(user, User):  # login_required or the API's auth guarantees this
        raise PermissionError("this view needs a signed-in person")
    return user
