from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

Handler = Callable[[HttpRequest], HttpResponse]


def security_headers(get_response: Handler) -> Handler:
    """Headers Django's SecurityMiddleware does not set."""

    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"
        )
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        # Pages and API answers can hold private words, invite notes or tokens: never keep
        # them in a shared cache, or in a shared device's cache after signing out.
        if not request.path.startswith("/static/") and request.path != "/manifest.webmanifest":
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    return middleware
