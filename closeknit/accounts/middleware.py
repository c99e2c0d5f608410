import time
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from .requests import client_ip
from .sessions import stored_key

SEEN_KEY = "_closeknit_seen"
SEEN_EVERY_SECONDS = 300

Handler = Callable[[HttpRequest], HttpResponse]


def session_activity(get_response: Handler) -> Handler:
    """Note when a signed-in session was last used (at most every five minutes)."""

    def middleware(request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated and request.session.session_key:
            now = time.time()
            if now - request.session.get(SEEN_KEY, 0) > SEEN_EVERY_SECONDS:
                from .models import Session

                request.session[SEEN_KEY] = now
                Session.objects.filter(session_key=stored_key(request.session.session_key)).update(
                    last_seen=timezone.now(), ip=client_ip(request)
                )
        return get_response(request)

    return middleware


def local_time(get_response: Handler) -> Handler:
    """Show times in the signed-in person's own time zone (UTC for everyone else)."""
    from .zones import zone

    def middleware(request: HttpRequest) -> HttpResponse:
        user = request.user
        if user.is_authenticated:
            timezone.activate(zone(getattr(user, "time_zone", "")))
        try:
            return get_response(request)
        finally:
            timezone.deactivate()

    return middleware
