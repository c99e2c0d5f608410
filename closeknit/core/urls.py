from django.urls import path

from . import coach_web, views

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("safety/", views.safety, name="safety"),
    path("healthz", views.health, name="health"),
    path("coach/", coach_web.coach_draft, name="coach"),
    path("manifest.webmanifest", views.manifest, name="manifest"),
]
