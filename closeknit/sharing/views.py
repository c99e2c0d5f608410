from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from closeknit.accounts.models import User
from closeknit.accounts.requests import signed_in
from closeknit.core.errors import ServiceError
from closeknit.core.forms import is_htmx, show_error
from closeknit.relationships import services as relationships
from closeknit.relationships.models import Relationship

from . import services
from .forms import AppreciationForm, RatingForm, ResponseForm, ShareForm
from .models import Response
from .timeline import Entry, timeline


def _space(request: HttpRequest, relationship_id: int) -> tuple[User, Relationship, Any]:
    me = signed_in(request)
    relationship = relationships.relationship_for(user=me, relationship_id=relationship_id)
    return me, relationship, relationships.other_member(relationship, me)


def _context(request: HttpRequest, relationship_id: int, **extra: Any) -> dict[str, Any]:
    me, relationship, other = _space(request, relationship_id)
    return {"me": me, "relationship": relationship, "other": other, **extra}


@login_required
@require_GET
def space(request: HttpRequest, relationship_id: int) -> HttpResponse:
    """The relationship's own page: what to do next, and its timeline."""
    context = _context(request, relationship_id)
    mine = {"user": context["me"], "relationship": context["relationship"]}
    try:
        page = timeline(**mine, cursor=request.GET.get("cursor"))
    except ServiceError as exc:  # a stale or mangled "Show older" link: start from the top
        messages.info(request, exc.detail)
        page = timeline(**mine)
    if not request.GET.get("cursor"):
        services.mark_seen(user=context["me"], relationship_id=relationship_id)
    context.update(page=page, share_form=ShareForm())
    return render(request, "sharing/space.html", context)


@login_required
@require_GET
def timeline_page(request: HttpRequest, relationship_id: int) -> HttpResponse:
    """Older items, for the "Show older" button (a whole page without JavaScript)."""
    context = _context(request, relationship_id)
    if not is_htmx(request):
        return space(request, relationship_id)
    try:
        page = timeline(
            user=context["me"],
            relationship=context["relationship"],
            cursor=request.GET.get("cursor"),
        )
    except ServiceError as exc:
        return render(request, "sharing/_problem.html", {"problem": exc.detail}, status=exc.status)
    return render(request, "sharing/_timeline_page.html", {**context, "page": page})


@login_required
@require_POST
def create_share(request: HttpRequest, relationship_id: int) -> HttpResponse:
    context = _context(request, relationship_id)
    form = ShareForm(request.POST)
    if form.is_valid():
        try:
            share = services.create_share(
                user=context["me"],
                relationship_id=relationship_id,
                text=form.cleaned_data["text"],
                depth=form.cleaned_data["depth"],
            )
        except ServiceError as exc:
            show_error(form, exc)
        else:
            if is_htmx(request):
                entry = Entry("share", share)
                new = {**context, "share_form": ShareForm(), "new_entry": entry}
                return render(request, "sharing/_share_sent.html", new)
            messages.success(request, "Shared. You can withdraw it at any time.")
            return redirect("sharing:space", relationship_id=relationship_id)
    if is_htmx(request):
        return render(
            request, "sharing/_share_form.html", {**context, "share_form": form}, status=422
        )
    page = timeline(user=context["me"], relationship=context["relationship"])
    return render(
        request, "sharing/space.html", {**context, "page": page, "share_form": form}, status=422
    )


@login_required
@require_GET
def conversation(request: HttpRequest, relationship_id: int, share_id: int) -> HttpResponse:
    context = _context(request, relationship_id)
    share = services.share_for(
        user=context["me"], share_id=share_id, relationship_id=relationship_id
    )
    responses = services.conversation(user=context["me"], share=share)
    context.update(share=share, responses=responses, form=ResponseForm(share=share))
    return render(request, "sharing/conversation.html", context)


@login_required
@require_POST
def respond(request: HttpRequest, relationship_id: int, share_id: int) -> HttpResponse:
    context = _context(request, relationship_id)
    me = context["me"]
    share = services.share_for(user=me, share_id=share_id, relationship_id=relationship_id)
    form = ResponseForm(request.POST, share=share)
    if form.is_valid():
        try:
            response = services.respond(user=me, share_id=share.pk, text=form.cleaned_data["text"])
        except ServiceError as exc:
            # The reply is the form's one field: a message about it (the share withdrawn
            # meanwhile, say) is read out with the textarea and marks it invalid.
            show_error(form, exc, field="text")
        else:
            if is_htmx(request):
                fresh = ResponseForm(share=share)
                sent = {**context, "share": share, "form": fresh, "response": response}
                return render(request, "sharing/_response_sent.html", sent)
            messages.success(request, "Sent.")
            return redirect("sharing:conversation", relationship_id, share.pk)
    if is_htmx(request):
        reply = {**context, "share": share, "form": form}
        return render(request, "sharing/_reply_form.html", reply, status=422)
    responses = services.conversation(user=me, share=share)
    context.update(share=share, responses=responses, form=form)
    return render(request, "sharing/conversation.html", context, status=422)


def _response_card(context: dict[str, Any], response_id: int) -> Response:
    return services.response_to_rate(
        user=context["me"], response_id=response_id, relationship_id=context["relationship"].pk
    )


@login_required
@require_POST
def rate(request: HttpRequest, relationship_id: int, response_id: int) -> HttpResponse:
    context = _context(request, relationship_id)
    response = _response_card(context, response_id)
    form = RatingForm(request.POST)
    if form.is_valid():
        services.rate_response(
            user=context["me"],
            response_id=response.pk,
            relationship_id=relationship_id,
            understood=form.cleaned_data["understood"],
            accepted=form.cleaned_data["accepted"],
            cared_for=form.cleaned_data["cared_for"],
            after=form.cleaned_data["after"],
            helped=None,  # sent on its own, with the "that really helped" button
        )
        if not is_htmx(request):
            messages.success(request, "Thank you. Only you see how it landed.")
            return redirect("sharing:conversation", relationship_id, response.share_id)
        response = _response_card(context, response_id)
    elif not is_htmx(request):
        messages.error(request, "Please answer each question, then save.")
        return redirect("sharing:conversation", relationship_id, response.share_id)
    card = {**context, "response": response, "share": response.share, "rating_form": form}
    return render(request, "sharing/_response.html", card, status=200 if form.is_valid() else 422)


@login_required
@require_POST
def helped(request: HttpRequest, relationship_id: int, response_id: int) -> HttpResponse:
    context = _context(request, relationship_id)
    response = _response_card(context, response_id)
    services.mark_helped(
        user=context["me"],
        response_id=response.pk,
        relationship_id=relationship_id,
        helped=request.POST.get("helped", "1") == "1",
    )
    if not is_htmx(request):
        return redirect("sharing:conversation", relationship_id, response.share_id)
    response = _response_card(context, response_id)
    return render(request, "sharing/_response.html", {**context, "response": response})


@login_required
@require_http_methods(["GET", "POST"])
def withdraw_share(request: HttpRequest, relationship_id: int, share_id: int) -> HttpResponse:
    if request.method == "POST":
        services.withdraw_share(
            user=signed_in(request), share_id=share_id, relationship_id=relationship_id
        )
        messages.success(request, "Withdrawn. It's gone from their view, everywhere.")
        return redirect("sharing:space", relationship_id=relationship_id)
    context = _context(request, relationship_id)
    share = services.share_for(
        user=context["me"], share_id=share_id, relationship_id=relationship_id, authored=True
    )
    return render(request, "sharing/withdraw.html", {**context, "share": share})


def _withdrawn(request: HttpRequest, relationship_id: int, message: str) -> HttpResponse:
    """After an inline withdrawal: htmx removes the card; a plain form goes back to the space."""
    if is_htmx(request):
        return HttpResponse("")
    messages.success(request, message)
    return redirect("sharing:space", relationship_id=relationship_id)


@login_required
@require_POST
def withdraw_response(request: HttpRequest, relationship_id: int, response_id: int) -> HttpResponse:
    # The service owns who may withdraw (the author, while still a member): no second check.
    services.withdraw_response(
        user=signed_in(request), response_id=response_id, relationship_id=relationship_id
    )
    return _withdrawn(request, relationship_id, "Your response is withdrawn.")


@login_required
@require_http_methods(["GET", "POST"])
def appreciate(request: HttpRequest, relationship_id: int) -> HttpResponse:
    context = _context(request, relationship_id)
    form = AppreciationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.appreciate(
                user=context["me"], relationship_id=relationship_id, text=form.cleaned_data["text"]
            )
        except ServiceError as exc:
            show_error(form, exc)
        else:
            messages.success(request, "Your thank-you is on its way.")
            return redirect("sharing:space", relationship_id=relationship_id)
    status = 422 if form.errors else 200
    return render(request, "sharing/appreciate.html", {**context, "form": form}, status=status)


@login_required
@require_POST
def withdraw_appreciation(
    request: HttpRequest, relationship_id: int, appreciation_id: int
) -> HttpResponse:
    services.withdraw_appreciation(
        user=signed_in(request), appreciation_id=appreciation_id, relationship_id=relationship_id
    )
    return _withdrawn(request, relationship_id, "Your thank-you is withdrawn.")
