from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("login/", views.login_view, name="login"),
    path("logout/", views.logout_view, name="logout"),
    path("password/forgot/", views.forgot, name="forgot"),
    path("password/reset/<str:uidb64>/<str:token>/", views.reset, name="reset"),
    path("account/", views.account, name="account"),
    path("account/password/", views.change_password, name="password"),
    path("account/time-zone/", views.time_zone, name="time_zone"),
    path("account/sessions/", views.sessions, name="sessions"),
    path("account/sessions/<str:public_id>/revoke/", views.revoke_session, name="revoke_session"),
    path("account/tokens/<int:token_id>/revoke/", views.revoke_token, name="revoke_token"),
    path("account/security/", views.security_log, name="security"),
    path("account/export/", views.export, name="export"),
    path("account/delete/", views.delete, name="delete"),
]
