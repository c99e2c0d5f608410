from django import forms
from django.http import HttpRequest

from .errors import ServiceError


def show_error(form: forms.Form, exc: ServiceError) -> None:
    """Put a service's error on the form: on its fields where it names them, else on top."""
    placed = False
    for name, messages in exc.fields.items():
        for message in messages:
            if name in form.fields:
                form.add_error(name, message)
                placed = True
    if not placed:
        form.add_error(None, exc.detail)


def parse_id(value: str | None) -> int | None:
    """A database id from a query or form value, or None. ("²".isdigit() is true, so
    only plain ASCII digits count.)"""
    if not value or not value.isascii() or not value.isdigit() or len(value) > 18:
        return None
    return int(value) or None


def is_htmx(request: HttpRequest) -> bool:
    """True for a request htmx sent (django-htmx sets `request.htmx`): answer with a partial."""
    return bool(getattr(request, "htmx", False))
