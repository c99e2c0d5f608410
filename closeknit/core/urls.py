from django.urls import path

from . import views

app_name = "core"

urlpatterns = [
    path("", views.home, name="home"),
    path("safety/", views.safety, name="safety"),
    path("healthz", views.health, name="health"),
    path("manifest.webmanifest", views.manifest, name="manifest"),
]
