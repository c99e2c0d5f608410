from django import forms

from .models import Kind
from .services import NOTE_MAX


class InviteForm(forms.Form):
    kind = forms.ChoiceField(
        label="Who are you inviting?",
        choices=Kind.choices,
        widget=forms.RadioSelect,
        initial=Kind.PARTNER,
    )
    note = forms.CharField(
        label="A short note for them (optional)",
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="They'll see it when they open your link.",
    )


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Invite code",
        max_length=40,
        help_text="Twelve letters and numbers, like 7KQ2-M9XD-HT4P.",
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )
