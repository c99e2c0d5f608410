from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from closeknit.accounts.requests import signed_in
from closeknit.core.errors import Gone, NotFound, ServiceError
from closeknit.core.forms import show_error

from . import services
from .forms import CodeForm, InviteForm


@login_required
@require_http_methods(["GET", "POST"])
def new_invite(request: HttpRequest) -> HttpResponse:
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            invite = services.create_invite(
                user=signed_in(request),
                kind=form.cleaned_data["kind"],
                note=form.cleaned_data["note"],
            )
        except ServiceError as exc:
            show_error(form, exc)
        else:
            return redirect("relationships:invite", code=invite.code)
    return render(request, "relationships/invite_new.html", {"form": form})


@login_required
def invite(request: HttpRequest, code: str) -> HttpResponse:
    """The maker's view of their invite: the code and link to send."""
    invite = services.own_open_invite(user=signed_in(request), code=code)
    context = {"invite": invite, "url": services.invite_url(invite.code)}
    return render(request, "relationships/invite.html", context)


@login_required
@require_POST
def revoke_invite(request: HttpRequest, code: str) -> HttpResponse:
    try:
        services.revoke_invite(user=signed_in(request), code=code)
    except ServiceError as exc:
        messages.info(request, exc.detail)
    else:
        messages.success(request, "Invite cancelled. The link no longer works.")
    return redirect("core:home")


@require_http_methods(["GET", "POST"])
def enter_code(request: HttpRequest) -> HttpResponse:
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = services.normalize_code(form.cleaned_data["code"])
        if code:
            return redirect("relationships:join", code=code)
        form.add_error("code", "Type the letters and numbers of your code, like 7KQ2-M9XD-HT4P.")
    return render(request, "relationships/enter_code.html", {"form": form})


@require_http_methods(["GET", "POST"])
def join(request: HttpRequest, code: str) -> HttpResponse:
    """The invited person's view: who invited them, and a button to accept."""
    try:
        invite = services.find_open_invite(code=code)
    except (NotFound, Gone) as exc:
        status = 404 if isinstance(exc, NotFound) else 410
        return render(request, "relationships/join.html", {"problem": exc.detail}, status=status)
    problem = None
    if request.method == "POST" and request.user.is_authenticated:
        try:
            relationship = services.accept_invite(user=signed_in(request), code=code)
        except ServiceError as exc:
            problem = exc.detail
        else:
            messages.success(request, f"You and {invite.created_by.display_name} are connected.")
            return redirect("sharing:space", relationship_id=relationship.pk)
    context = {"invite": invite, "code": code, "problem": problem}
    return render(request, "relationships/join.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def leave(request: HttpRequest, relationship_id: int) -> HttpResponse:
    me = signed_in(request)
    relationship = services.relationship_for(user=me, relationship_id=relationship_id)
    other = services.other_member(relationship, me)
    if request.method == "POST":
        services.leave_relationship(user=me, relationship_id=relationship.pk)
        name = other.user.display_name if other else "them"
        messages.success(request, f"You have left your space with {name}.")
        return redirect("core:home")
    return render(
        request, "relationships/leave.html", {"relationship": relationship, "other": other}
    )
