"""The live coach in the reply, share and thank-you forms.

htmx posts the draft here as the person types (debounced) and swaps in a few chips.
The draft is analysed in memory and dropped: nothing is stored or logged, and what
the coach noticed is only ever shown to the person writing.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST

from closeknit.accounts.requests import signed_in
from closeknit.coach import analyze
from closeknit.core.errors import NotFound
from closeknit.core.forms import parse_id

from .coach_api import DRAFT_MAX

TITLES = {
    "criticism": "Sounds like blame",
    "contempt": "Could sound mocking",
    "defensiveness": "Sounds defensive",
    "stonewalling": "Closes the conversation",
    "dismissal": "Makes the feeling smaller",
    "fixing_first": "Advice before listening",
    "self_focus": "Turns the talk to you",
    "mind_reading": "Guesses their motives",
    "validation": "Says it makes sense",
    "reflection": "Names their feeling back",
    "curiosity": "Invites them to say more",
    "i_statement": "Speaks from your side",
    "ownership": "Owns your part",
    "appreciation": "Says thank you",
    "reassurance": "Offers reassurance",
    "repair_attempt": "Reaches out to repair",
}
MODES = {"reply", "share"}
# The form fields a draft can come from (htmx posts the textarea under its own name).
DRAFT_FIELDS = {"text", "note"}


def _replying_to(request: HttpRequest, value: str | None) -> str | None:
    share_id = parse_id(value)
    if share_id is None:
        return None
    from closeknit.sharing.services import share_for

    try:
        return share_for(user=signed_in(request), share_id=share_id).body or None
    except NotFound:
        return None  # not theirs to see: coach without context, and say nothing


def chips(text: str, *, mode: str, replying_to: str | None) -> dict[str, Any]:
    analysis = analyze(text, replying_to=replying_to, mode=mode)
    tips = {s.label: s for s in analysis.suggestions}
    found = sorted(analysis.labels, key=lambda label: (label.kind != "closer", -label.score))
    items = [
        {
            "label": label.label,
            "kind": label.kind,
            "title": TITLES[label.label],
            "evidence": label.evidence,
            "explanation": label.explanation,
            "tip": tips[label.label].text if label.label in tips else "",
            "rewrite": tips[label.label].rewrite if label.label in tips else None,
        }
        for label in found
    ]
    return {"items": items, "text": text, "summary": summary(items)}


def summary(items: list[dict[str, Any]]) -> str:
    """One sentence for the screen reader's status line: how many notes, of which kind."""
    if not items:
        return "The coach has no notes on this draft."
    closers = sum(1 for item in items if item["kind"] == "closer")
    openers = len(items) - closers
    parts = []
    if closers:
        parts.append(f"{closers} thing{'s' if closers > 1 else ''} to look at")
    if openers:
        parts.append(f"{openers} going well")
    return "Coach notes under your text: " + " and ".join(parts) + "."


@login_required
@require_POST
def coach_draft(request: HttpRequest) -> HttpResponse:
    field = request.POST.get("coach_field", "text")
    text = request.POST.get(field if field in DRAFT_FIELDS else "text", "")
    target = request.POST.get("coach_target", "")
    context: dict[str, Any] = {
        "items": [],
        "text": text,
        "target": target,
        "too_long": False,
        "summary": "",
    }
    if len(text) > DRAFT_MAX:
        context.update(
            too_long=True, summary=f"The coach reads drafts up to {DRAFT_MAX:,} characters."
        )
    elif text.strip():
        mode = request.POST.get("coach_mode", "reply")
        mode = mode if mode in MODES else "reply"
        replying_to = _replying_to(request, request.POST.get("coach_share"))
        context.update(chips(text, mode=mode, replying_to=replying_to))
    return render(request, "core/_coach.html", context)
