from typing import Any

from django import template

from closeknit.sharing.forms import ResponseForm
from closeknit.sharing.models import After, Response, ResponseRating, Share, rating_of

register = template.Library()

SCALES = (
    ("understood", "I felt understood"),
    ("accepted", "I felt accepted"),
    ("cared_for", "I felt cared for"),
)


@register.filter
def rating(response: Response) -> ResponseRating | None:
    return rating_of(response)


@register.filter
def reply_form(share: Share) -> ResponseForm:
    """An empty response form for one share on the timeline (each share has its own)."""
    return ResponseForm(share=share)


@register.inclusion_tag("sharing/_rating_form.html", takes_context=True)
def rating_form(context: dict[str, Any], response: Response) -> dict[str, Any]:
    """The "how did that land?" questions for one response, with unique ids per response
    and the person's earlier answers (or the answers they just sent, on an error)."""
    form = context.get("rating_form")
    found = rating_of(response)
    if form is not None and form.is_bound:
        chosen = {name: form.data.get(name, "") for name, _ in SCALES}
        chosen["after"] = form.data.get("after", "")
        errors = form.errors
    else:
        chosen = {name: str(getattr(found, name, "") or "") for name, _ in SCALES}
        chosen["after"] = found.after if found else ""
        errors = {}
    # Each radio's id is built here, not in the template: a timeline page holds several of
    # these forms, and the template's lookups for 18 radios were a good part of its cost.
    prefix = f"r{response.pk}"
    scales = [
        {
            "name": name,
            "label": label,
            "errors": errors.get(name, []),
            "options": [
                (str(n), chosen[name] == str(n), f"{prefix}-{name}-{n}") for n in range(1, 6)
            ],
        }
        for name, label in SCALES
    ]
    afters = [
        (value, label, chosen["after"] == value, f"{prefix}-after-{value}")
        for value, label in After.choices
    ]
    return {
        "response": response,
        "relationship": context["relationship"],
        "scales": scales,
        "afters": afters,
        "after_errors": errors.get("after", []),
        "has_errors": bool(errors),
    }
