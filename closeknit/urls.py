from django.urls import include, path

from closeknit.core.api import api

urlpatterns = [
    path("api/v1/", api.urls),
    path("", include("closeknit.core.urls")),
    path("", include("closeknit.accounts.urls")),
    path("", include("closeknit.relationships.urls")),
    path("", include("closeknit.sharing.urls")),
    path("", include("closeknit.checkins.urls")),
    path("", include("closeknit.prompts.urls")),
]

handler404 = "closeknit.core.views.not_found"
handler500 = "closeknit.core.views.server_error"
