from typing import Any

from django import forms

from closeknit.content.feelings import FEELING_GROUPS, NEEDS
from closeknit.core.forms import DraftField, DraftTextarea, coach
from closeknit.core.templatetags.words import ENERGY_WORDS, MOOD_WORDS

from .services import FEELINGS_MAX

MOODS = [(str(n), f"{n} · {MOOD_WORDS[n]}") for n in range(1, 6)]
ENERGIES = [(str(n), f"{n} · {ENERGY_WORDS[n]}") for n in range(1, 6)]


class CheckInForm(forms.Form):
    """The fields are checked again by the service; the form keeps what was typed."""

    mood = forms.TypedChoiceField(
        label="How are you, overall?",
        choices=MOODS,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how you are, from 1 to 5."},
    )
    energy = forms.TypedChoiceField(
        label="How much energy do you have?",
        choices=ENERGIES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose your energy, from 1 to 5."},
    )
    feelings = forms.MultipleChoiceField(
        label="Any feelings to name?",
        choices=[
            (group.title, [(f.slug, f.word) for f in group.feelings]) for group in FEELING_GROUPS
        ],
        required=False,
        help_text=f"Pick up to {FEELINGS_MAX}, or none.",
    )
    need = forms.ChoiceField(
        label="What would help most right now?",
        choices=[(n.slug, n.label) for n in NEEDS.values()],
        required=False,
        widget=forms.RadioSelect,
    )
    note = DraftField(
        label="Anything you'd like to add?",
        required=False,
        strip=False,
        widget=DraftTextarea(attrs={"rows": 3, **coach("share", "coach-checkin", "id_note")}),
        help_text="Private unless you choose someone below.",
    )
    share_into = forms.ChoiceField(label="Who sees this?", widget=forms.RadioSelect)

    def __init__(self, *args: Any, spaces: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["share_into"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [
            ("", "Just me: keep it in my journal"),
            *[(str(pk), f"Share with {name}") for pk, name in spaces],
        ]
        field.required = False
