from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from closeknit.accounts.requests import signed_in
from closeknit.content.prompt_library import THEMES
from closeknit.core.errors import NotFound, ServiceError
from closeknit.core.forms import parse_id, show_error
from closeknit.relationships import services as relationships

from . import services
from .forms import AnswerForm, BrowseForm, OwnPromptForm, PaceForm
from .models import PromptRound


def _context(request: HttpRequest, relationship_id: int) -> dict[str, Any]:
    me = signed_in(request)
    relationship = relationships.relationship_for(user=me, relationship_id=relationship_id)
    return {
        "me": me,
        "relationship": relationship,
        "other": relationships.other_member(relationship, me),
        "themes": THEMES,
    }


def _overview(request: HttpRequest, relationship_id: int, **forms: Any) -> dict[str, Any]:
    # _context checked that `me` is in this relationship (or raised NotFound) and loaded it
    # with its members: the services take that relationship (rounds_of still asks for `me`
    # in its query).
    context = _context(request, relationship_id)
    me, relationship = context["me"], context["relationship"]
    pace = services.pace_of(relationship=relationship, user=me)
    rounds = services.rounds_of(relationship=relationship, user=me, limit=30)
    initial = {"max_depth": str(pace.max_depth), "resting_themes": pace.resting_themes}
    context.update(
        pace=pace,
        open_rounds=services.views_of(
            user=me, rounds=[r for r in rounds if r.status == PromptRound.Status.OPEN]
        ),
        revealed=[r for r in rounds if r.status == PromptRound.Status.REVEALED][:10],
        pace_form=forms.get("pace_form") or PaceForm(initial=initial),
        own_form=forms.get("own_form") or OwnPromptForm(),
    )
    return context


@login_required
@require_GET
def overview(request: HttpRequest, relationship_id: int) -> HttpResponse:
    return render(request, "prompts/overview.html", _overview(request, relationship_id))


@login_required
@require_GET
def browse(request: HttpRequest, relationship_id: int) -> HttpResponse:
    context = _context(request, relationship_id)
    form = BrowseForm(request.GET or None)
    filters = form.filters() if request.GET else {}
    fitting = services.eligible(relationship=context["relationship"], user=context["me"])
    fresh = {p.pk for p in services.fresh(context["relationship"], fitting)}
    shown = [
        p
        for p in fitting
        if p.pk in fresh
        and (not filters.get("theme") or p.theme == filters["theme"])
        and (not filters.get("depth") or p.depth == filters["depth"])
    ]
    context.update(form=form, prompts=shown)
    return render(request, "prompts/browse.html", context)


@login_required
@require_POST
def draw(request: HttpRequest, relationship_id: int) -> HttpResponse:
    me = signed_in(request)
    try:
        found = services.draw(
            user=me,
            relationship_id=relationship_id,
            prompt_id=parse_id(request.POST.get("prompt_id")),
        )
    except NotFound:
        raise
    except ServiceError as exc:
        messages.info(request, exc.detail)
        return redirect("prompts:overview", relationship_id=relationship_id)
    return redirect("prompts:round", relationship_id=relationship_id, round_id=found.pk)


def _round(request: HttpRequest, relationship_id: int, round_id: int) -> dict[str, Any]:
    context = _context(request, relationship_id)
    found = services.round_for(user=context["me"], round_id=round_id)
    if found.relationship_id != relationship_id:
        raise NotFound()
    context["view"] = services.view_of(user=context["me"], prompt_round=found)
    return context


@login_required
@require_GET
def round_page(request: HttpRequest, relationship_id: int, round_id: int) -> HttpResponse:
    context = _round(request, relationship_id, round_id)
    mine = context["view"].mine
    context["form"] = AnswerForm(initial={"text": mine.text if mine else ""})
    return render(request, "prompts/round.html", context)


@login_required
@require_POST
def answer(request: HttpRequest, relationship_id: int, round_id: int) -> HttpResponse:
    context = _round(request, relationship_id, round_id)
    form = AnswerForm(request.POST)
    if form.is_valid():
        try:
            found = services.answer(
                user=context["me"], round_id=round_id, text=form.cleaned_data["text"]
            )
        except ServiceError as exc:
            show_error(form, exc)
        else:
            if found.revealed_at:
                messages.success(request, "You've both answered. Here they are.")
            else:
                messages.success(request, "Saved. They'll see it when they've answered too.")
            return redirect("prompts:round", relationship_id=relationship_id, round_id=round_id)
    context["form"] = form
    return render(request, "prompts/round.html", context, status=422)


@login_required
@require_POST
def pass_round(request: HttpRequest, relationship_id: int, round_id: int) -> HttpResponse:
    _round(request, relationship_id, round_id)
    try:
        services.pass_round(user=signed_in(request), round_id=round_id)
    except ServiceError as exc:
        messages.info(request, exc.detail)
    else:
        messages.success(request, "Set aside. Draw another whenever you like.")
    return redirect("prompts:overview", relationship_id=relationship_id)


@login_required
@require_POST
def pace(request: HttpRequest, relationship_id: int) -> HttpResponse:
    form = PaceForm(request.POST)
    if form.is_valid():
        services.set_pace(
            user=signed_in(request),
            relationship_id=relationship_id,
            max_depth=form.cleaned_data["max_depth"],
            resting_themes=form.cleaned_data["resting_themes"],
        )
        messages.success(request, "Your pace is saved. It counts from now on.")
        return redirect("prompts:overview", relationship_id=relationship_id)
    context = _overview(request, relationship_id, pace_form=form)
    return render(request, "prompts/overview.html", context, status=422)


@login_required
@require_http_methods(["POST"])
def add_prompt(request: HttpRequest, relationship_id: int) -> HttpResponse:
    form = OwnPromptForm(request.POST)
    if form.is_valid():
        try:
            services.add_prompt(
                user=signed_in(request), relationship_id=relationship_id, **form.cleaned_data
            )
        except ServiceError as exc:
            show_error(form, exc)
        else:
            messages.success(request, "Added. It can come up for the two of you from now on.")
            return redirect("prompts:overview", relationship_id=relationship_id)
    context = _overview(request, relationship_id, own_form=form)
    return render(request, "prompts/overview.html", context, status=422)
