import ipaddress
from typing import TYPE_CHECKING

from django.conf import settings
from django.http import HttpRequest

if TYPE_CHECKING:
    from .models import User

LOOPBACK = {"127.0.0.1", "::1"}


def client_ip(request: HttpRequest) -> str | None:
    """The address of the person making the request, or None if there is no valid one.

    Behind a reverse proxy on the same machine (CLOSEKNIT_BEHIND_PROXY=1), every
    connection comes from loopback, so the address is the right-most entry of
    X-Forwarded-For: the one our own proxy added. Entries further left are written by
    the client and are never trusted, or anyone could dodge the sign-in rate limit.
    If that entry is not a plain address ("unknown", "1.2.3.4:80"), the connection's own
    address counts instead: a malformed value must never reach the database, which would
    refuse it (and the page would fail).
    """
    remote = _address(request.META.get("REMOTE_ADDR", ""))
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if settings.BEHIND_PROXY and remote in LOOPBACK and forwarded:
        return _address(forwarded.split(",")[-1]) or remote
    return remote


def _address(raw: str) -> str | None:
    try:
        address = ipaddress.ip_address(raw.strip())
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped:  # how a dual-stack server sees an IPv4 client
            return str(address.ipv4_mapped)
        address = ipaddress.IPv6Address(int(address))  # without a zone (%eth0)
    return str(address)


def limit_key(ip: str | None) -> str | None:
    """The address the sign-in and reset limits count by: `ip` itself for IPv4, and for
    IPv6 the network address of its /64.

    An IPv6 client is usually given a whole /64, and can pick a new address in it for
    every attempt, so counting single addresses would not limit it at all. Only the limits
    count this way: the security log and the devices page show the full address.
    """
    if ip is None:
        return None
    address = ipaddress.ip_address(ip)
    if isinstance(address, ipaddress.IPv6Address):
        return str(ipaddress.IPv6Network((address, 64), strict=False).network_address)
    return ip


def user_agent(request: HttpRequest) -> str:
    return request.META.get("HTTP_USER_AGENT", "")[:400]


def signed_in(request: HttpRequest) -> "User":
    """The signed-in person, for views behind login_required and authenticated API routes."""
    from .models import User

    user = request.user
    if not isinstance(user, User):  # login_required or the API's auth guarantees this
        raise PermissionError("this view needs a signed-in person")
    return user
