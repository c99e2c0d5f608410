from django.urls import path

from . import views

app_name = "checkins"

urlpatterns = [
    path("checkin/", views.new, name="new"),
    path("journal/", views.journal, name="journal"),
]
