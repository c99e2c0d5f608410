import json
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from closeknit.accounts.requests import signed_in
from closeknit.core.errors import NotFound, RateLimited, ServiceError
from closeknit.core.forms import show_error
from closeknit.relationships.services import normalize_code

from . import passwords, services
from .forms import (
    ChangePasswordForm,
    ConfirmPasswordForm,
    ForgotForm,
    LoginForm,
    NewPasswordForm,
    SignupForm,
    TimeZoneForm,
)
from .models import AuditEvent
from .sessions import stored_key


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return settings.LOGIN_REDIRECT_URL


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    raw = request.GET.get("invite") or request.POST.get("invite_code") or ""
    code = normalize_code(raw)
    form = SignupForm(request.POST or None, initial={"invite_code": code})
    if request.method == "POST" and form.is_valid():
        try:
            user = services.create_account(
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password"],
                display_name=form.cleaned_data["display_name"],
                invite_code=code or None,
                time_zone=form.cleaned_data.get("time_zone") or None,
                request=request,
            )
        except ServiceError as exc:
            show_error(form, exc)
        else:
            services.start_session(request=request, user=user)
            if code:
                return redirect("relationships:join", code=code)
            return redirect("core:home")
    refusal = None
    try:
        services.check_signup_allowed(invite_code=code or None)
    except ServiceError as exc:
        refusal = exc.detail
    return render(
        request, "accounts/signup.html", {"form": form, "refusal": refusal, "invite_code": code}
    )


@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    form = LoginForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.sign_in(
                request=request,
                email=form.cleaned_data["email"],
                password=form.cleaned_data["password"],
            )
        except RateLimited as exc:
            show_error(form, exc)
            status = 429
        except ServiceError as exc:
            show_error(form, exc)
        else:
            return redirect(_next_url(request))
    context = {"form": form, "next": _next_url(request)}
    return render(request, "accounts/login.html", context, status=status)


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    services.sign_out(request=request)
    return redirect("accounts:login")


@require_http_methods(["GET", "POST"])
def forgot(request: HttpRequest) -> HttpResponse:
    form = ForgotForm(request.POST or None)
    sent = False
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            passwords.request_password_reset(email=form.cleaned_data["email"], request=request)
        except RateLimited as exc:
            show_error(form, exc)
            status = 429
        else:
            sent = True
    context = {"form": form, "sent": sent, "email_enabled": settings.EMAIL_ENABLED}
    return render(request, "accounts/forgot.html", context, status=status)


@require_http_methods(["GET", "POST"])
def reset(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    try:
        passwords.user_for_reset(uidb64=uidb64, token=token)
    except NotFound as exc:
        return render(request, "accounts/reset.html", {"invalid": exc.detail}, status=404)
    form = NewPasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            passwords.reset_password(
                uidb64=uidb64,
                token=token,
                new_password=form.cleaned_data["new_password"],
                request=request,
            )
        except ServiceError as exc:
            show_error(form, exc)
        else:
            messages.success(request, "Your new password is set. You can sign in with it now.")
            return redirect("accounts:login")
    return render(request, "accounts/reset.html", {"form": form})


@login_required
@require_GET
def account(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/account.html", _account_forms(request))


def _account_forms(
    request: HttpRequest,
    *,
    password_form: ChangePasswordForm | None = None,
    zone_form: TimeZoneForm | None = None,
) -> dict[str, Any]:
    """The account page's two forms: the one just posted (with its errors), else blank."""
    zone = signed_in(request).time_zone
    return {
        "password_form": password_form or ChangePasswordForm(),
        "zone_form": zone_form or TimeZoneForm(current=zone),
    }


@login_required
@require_POST
def time_zone(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    form = TimeZoneForm(request.POST, current=user.time_zone)
    if form.is_valid():
        try:
            services.set_time_zone(user=user, time_zone=form.cleaned_data["time_zone"])
        except ServiceError as exc:
            show_error(form, exc)
        else:
            messages.success(request, f"Times are now shown in {user.time_zone.replace('_', ' ')}.")
            return redirect("accounts:account")
    # Show the errors with the zone still in use selected, so that saving again
    # without a choice cannot quietly switch to the first option.
    shown = request.POST.copy()
    shown["time_zone"] = user.time_zone
    form.data = shown
    context = _account_forms(request, zone_form=form)
    return render(request, "accounts/account.html", context, status=422)


@login_required
@require_http_methods(["GET", "POST"])
def change_password(request: HttpRequest) -> HttpResponse:
    form = ChangePasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            passwords.change_password(
                user=signed_in(request),
                old_password=form.cleaned_data["old_password"],
                new_password=form.cleaned_data["new_password"],
                request=request,
            )
        except ServiceError as exc:
            show_error(form, exc)
        else:
            messages.success(request, "Password changed. Your other devices have been signed out.")
            return redirect("accounts:account")
    return render(request, "accounts/account.html", _account_forms(request, password_form=form))


@login_required
@require_GET
def sessions(request: HttpRequest) -> HttpResponse:
    current = stored_key(request.session.session_key or "")
    rows = [
        {
            "session": s,
            "public_id": services.session_public_id(s.session_key),
            "is_current": s.session_key == current,
        }
        for s in services.active_sessions(user=signed_in(request))
    ]
    context = {
        "rows": rows,
        "tokens": services.active_tokens(user=signed_in(request)),
        "token_idle_days": settings.API_TOKEN_IDLE_DAYS,
    }
    return render(request, "accounts/sessions.html", context)


@login_required
@require_POST
def revoke_session(request: HttpRequest, public_id: str) -> HttpResponse:
    try:
        services.revoke_session(user=signed_in(request), public_id=public_id, request=request)
    except NotFound as exc:
        messages.info(request, exc.detail)
    else:
        messages.success(request, "That device has been signed out.")
    return redirect("accounts:sessions")


@login_required
@require_POST
def revoke_token(request: HttpRequest, token_id: int) -> HttpResponse:
    try:
        services.revoke_token(user=signed_in(request), token_id=token_id, request=request)
    except NotFound as exc:
        messages.info(request, exc.detail)
    else:
        messages.success(request, "That app can no longer reach your account.")
    return redirect("accounts:sessions")


@login_required
@require_GET
def security_log(request: HttpRequest) -> HttpResponse:
    events = AuditEvent.objects.filter(user=signed_in(request)).order_by("-created_at")[:200]
    return render(request, "accounts/security.html", {"events": events})


@login_required
@require_http_methods(["GET", "POST"])
def export(request: HttpRequest) -> HttpResponse:
    form = ConfirmPasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            data = services.export_account(
                user=signed_in(request),
                password=form.cleaned_data["password"],
                request=request,
            )
        except ServiceError as exc:
            show_error(form, exc)
        else:
            response = HttpResponse(
                json.dumps(data, indent=2, ensure_ascii=False),
                content_type="application/json; charset=utf-8",
            )
            stamp = timezone.localdate().isoformat()  # the date on the person's own calendar
            response["Content-Disposition"] = f'attachment; filename="closeknit-{stamp}.json"'
            return response
    return render(request, "accounts/export.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def delete(request: HttpRequest) -> HttpResponse:
    form = ConfirmPasswordForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.delete_account(
                user=signed_in(request),
                password=form.cleaned_data["password"],
                request=request,
            )
        except ServiceError as exc:
            show_error(form, exc)
        else:
            request.session.flush()
            return render(request, "accounts/deleted.html")
    return render(request, "accounts/delete.html", {"form": form})
