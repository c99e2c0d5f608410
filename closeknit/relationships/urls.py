from django.urls import path

from . import views

app_name = "relationships"

urlpatterns = [
    path("invites/new/", views.new_invite, name="new_invite"),
    path("invites/<str:code>/", views.invite, name="invite"),
    path("invites/<str:code>/revoke/", views.revoke_invite, name="revoke_invite"),
    path("join/", views.enter_code, name="enter_code"),
    path("join/<str:code>/", views.join, name="join"),
    path("relationships/<int:relationship_id>/leave/", views.leave, name="leave"),
]
