from typing import Any

from django import forms

from closeknit.content.prompt_library import THEMES
from closeknit.core.forms import DraftField, DraftTextarea, coach

from .services import OWN_PROMPT_MAX

DEPTH_CHOICES = [("1", "Light"), ("2", "Medium"), ("3", "Deep")]
THEME_CHOICES = list(THEMES.items())


class PaceForm(forms.Form):
    max_depth = forms.TypedChoiceField(
        label="How deep are you open to going right now?",
        choices=DEPTH_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        help_text="You'll both get prompts up to the lower of your two choices. "
        "They see the level you share, not your own setting.",
    )
    resting_themes = forms.MultipleChoiceField(
        label="Themes to rest for now",
        choices=THEME_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="No prompts from these themes, for as long as you like. They see that some "
        "themes are resting, not who chose them.",
    )


class AnswerForm(forms.Form):
    text = DraftField(
        label="Your answer",
        strip=False,
        widget=DraftTextarea(attrs={"rows": 5, **coach("share", "coach-answer")}),
        help_text="Only you can see it until you've both answered.",
        error_messages={"required": "Write something first."},
    )


class OwnPromptForm(forms.Form):
    text = forms.CharField(
        label="Your own prompt",
        strip=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=f"A question for the two of you, up to {OWN_PROMPT_MAX} characters.",
        error_messages={"required": "Write the question first."},
    )
    depth = forms.TypedChoiceField(
        label="Depth", choices=DEPTH_CHOICES, coerce=int, widget=forms.RadioSelect, initial="1"
    )
    theme = forms.ChoiceField(label="Theme", choices=THEME_CHOICES)


class BrowseForm(forms.Form):
    theme = forms.ChoiceField(
        label="Theme", choices=[("", "Any theme"), *THEME_CHOICES], required=False
    )
    depth = forms.TypedChoiceField(
        label="Depth",
        choices=[("", "Any depth"), *DEPTH_CHOICES],
        coerce=int,
        empty_value=None,
        required=False,
    )

    def filters(self) -> dict[str, Any]:
        if not self.is_valid():
            return {}
        return {"theme": self.cleaned_data["theme"] or None, "depth": self.cleaned_data["depth"]}
