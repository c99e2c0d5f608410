from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from closeknit.accounts.requests import signed_in
from closeknit.checkins import services as checkins
from closeknit.relationships import services as relationships
from closeknit.sharing import services as sharing


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return render(request, "core/landing.html", {"signups": settings.SIGNUPS})
    me = signed_in(request)
    context = {
        "me": me,
        "relationships": [
            (r, relationships.other_member(r, me)) for r in relationships.relationships_of(user=me)
        ],
        "invites": relationships.open_invites(user=me),
        "news": sharing.whats_new(user=me),
        "last_checkin": checkins.latest(user=me),
    }
    return render(request, "core/home.html", context)


@require_GET
def safety(request: HttpRequest) -> HttpResponse:
    return render(request, "core/safety.html")


@require_GET
def health(request: HttpRequest) -> JsonResponse:
    """For monitors and benchmarks: answers once the database answers."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


@require_GET
@cache_control(max_age=86400)
def manifest(request: HttpRequest) -> JsonResponse:
    data = {
        "name": "closeknit",
        "short_name": "closeknit",
        "description": "Small, steady habits of closeness, for two.",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "background_color": "#fbf7f2",
        "theme_color": "#8a3b2e",
        "icons": [
            {"src": static("closeknit/icon-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("closeknit/icon-512.png"), "sizes": "512x512", "type": "image/png"},
            {"src": static("closeknit/icon.svg"), "sizes": "any", "type": "image/svg+xml"},
        ],
    }
    return JsonResponse(data, content_type="application/manifest+json")


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found.", "code": "not_found"}, status=404)
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"detail": "Something went wrong on our side.", "code": "server_error"}, status=500
        )
    return render(request, "500.html", status=500)
