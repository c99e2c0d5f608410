from django.urls import path

from . import views

app_name = "prompts"

R = "relationships/<int:relationship_id>/"

urlpatterns = [
    path(R + "prompts/", views.overview, name="overview"),
    path(R + "prompts/browse/", views.browse, name="browse"),
    path(R + "prompts/new/", views.add_prompt, name="add_prompt"),
    path(R + "pace/", views.pace, name="pace"),
    path(R + "rounds/", views.draw, name="draw"),
    path(R + "rounds/<int:round_id>/", views.round_page, name="round"),
    path(R + "rounds/<int:round_id>/answer/", views.answer, name="answer"),
    path(R + "rounds/<int:round_id>/pass/", views.pass_round, name="pass"),
]
