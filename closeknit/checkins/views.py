from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from closeknit.accounts.requests import signed_in
from closeknit.content.feelings import FEELING_GROUPS
from closeknit.core.errors import ServiceError
from closeknit.core.forms import parse_id, show_error
from closeknit.relationships import services as relationships

from . import services
from .forms import CheckInForm


def _spaces(request: HttpRequest) -> list[tuple[int, str]]:
    me = signed_in(request)
    spaces = []
    for relationship in relationships.relationships_of(user=me):
        other = relationships.other_member(relationship, me)
        if other and not other.left_at:
            spaces.append((relationship.pk, other.user.display_name))
    return spaces


@login_required
@require_http_methods(["GET", "POST"])
def new(request: HttpRequest) -> HttpResponse:
    spaces = _spaces(request)
    initial = {"share_into": request.GET.get("relationship", "")}
    form = CheckInForm(request.POST or None, spaces=spaces, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        share_into = int(data["share_into"]) if data["share_into"] else None
        try:
            checkin = services.check_in(
                user=signed_in(request),
                mood=data["mood"],
                energy=data["energy"],
                feelings=data["feelings"],
                need=data["need"],
                note=data["note"],
                relationship_id=share_into,
            )
        except ServiceError as exc:
            show_error(form, exc)
        else:
            if checkin.share is not None:
                messages.success(request, "Checked in and shared.")
                return redirect("sharing:space", relationship_id=share_into)
            messages.success(request, "Checked in. This one is just for you.")
            return redirect("checkins:journal")
    context = {"form": form, "groups": FEELING_GROUPS}
    return render(request, "checkins/new.html", context, status=422 if form.errors else 200)


@login_required
@require_GET
def journal(request: HttpRequest) -> HttpResponse:
    before_id = parse_id(request.GET.get("before"))
    rows = services.journal(user=signed_in(request), limit=31, before_id=before_id)
    more = rows[30].pk if len(rows) > 30 else None
    context = {"checkins": rows[:30], "more": rows[29].pk if more else None}
    return render(request, "checkins/journal.html", context)
