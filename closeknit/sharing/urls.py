from django.urls import path

from . import views

app_name = "sharing"

R = "relationships/<int:relationship_id>/"

urlpatterns = [
    path(R, views.space, name="space"),
    path(R + "timeline/", views.timeline_page, name="timeline"),
    path(R + "shares/", views.create_share, name="create_share"),
    path(R + "shares/<int:share_id>/", views.conversation, name="conversation"),
    path(R + "shares/<int:share_id>/responses/", views.respond, name="respond"),
    path(R + "shares/<int:share_id>/withdraw/", views.withdraw_share, name="withdraw_share"),
    path(R + "responses/<int:response_id>/rating/", views.rate, name="rate"),
    path(R + "responses/<int:response_id>/helped/", views.helped, name="helped"),
    path(
        R + "responses/<int:response_id>/withdraw/",
        views.withdraw_response,
        name="withdraw_response",
    ),
    path(R + "appreciations/", views.appreciate, name="appreciate"),
    path(
        R + "appreciations/<int:appreciation_id>/withdraw/",
        views.withdraw_appreciation,
        name="withdraw_appreciation",
    ),
]
