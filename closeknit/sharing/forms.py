from typing import Any

from django import forms

from closeknit.core.forms import DraftField, DraftTextarea, coach

from .models import After, Depth, Share
from .services import APPRECIATION_MAX, TEXT_MAX

# The length limits are checked by the services (with a message that names the limit),
# not by maxlength attributes: a browser would silently cut a pasted draft short.


class ShareForm(forms.Form):
    text = DraftField(
        label="What's on your mind?",
        widget=DraftTextarea(attrs={"rows": 4, **coach("share", "coach-share")}),
        help_text=f"Only the two of you see this. You can withdraw it later. Up to {TEXT_MAX:,} "
        "characters.",
        strip=False,
        error_messages={"required": "Write something first."},
    )
    depth = forms.ChoiceField(
        label="How deep does this go? (optional)",
        choices=[("", "Not saying"), *Depth.choices],
        required=False,
        widget=forms.RadioSelect,
        initial="",
    )


class ResponseForm(forms.Form):
    """A response to one share. The timeline holds one of these under every share, so the
    textarea and its coach slot are named after the share (reply-<pk>-text and
    coach-reply-<pk>), and the coach is told which share is being answered."""

    text = DraftField(
        label="Your response",
        widget=DraftTextarea(attrs={"rows": 3}),
        strip=False,
        error_messages={"required": "Write something first."},
    )

    def __init__(self, *args: Any, share: Share, **kwargs: Any) -> None:
        # Django names the textarea, its label and its error reply-<pk>-text from auto_id.
        kwargs["auto_id"] = f"reply-{share.pk}-%s"
        super().__init__(*args, **kwargs)
        attrs = coach(
            "reply",
            f"coach-reply-{share.pk}",
            self["text"].auto_id,
            name="text",
            coach_share=str(share.pk),
        )
        self.fields["text"].widget.attrs.update(attrs)


class AppreciationForm(forms.Form):
    text = DraftField(
        label="What are you thankful for?",
        widget=DraftTextarea(attrs={"rows": 3, **coach("share", "coach-appreciation")}),
        help_text=f"Be specific: what they did, and what it meant to you. Up to "
        f"{APPRECIATION_MAX:,} characters.",
        strip=False,
        error_messages={"required": "Write something first."},
    )


SCALE = [(str(n), str(n)) for n in range(1, 6)]


class RatingForm(forms.Form):
    understood = forms.TypedChoiceField(
        label="I felt understood", choices=SCALE, coerce=int, widget=forms.RadioSelect
    )
    accepted = forms.TypedChoiceField(
        label="I felt accepted", choices=SCALE, coerce=int, widget=forms.RadioSelect
    )
    cared_for = forms.TypedChoiceField(
        label="I felt cared for", choices=SCALE, coerce=int, widget=forms.RadioSelect
    )
    after = forms.ChoiceField(
        label="Now that I've shared, I feel", choices=After.choices, widget=forms.RadioSelect
    )
