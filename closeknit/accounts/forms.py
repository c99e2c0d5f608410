from typing import Any

from django import forms

from . import zones


class SignupForm(forms.Form):
    display_name = forms.CharField(
        label="What should we call you?",
        max_length=60,
        help_text="Your first name or a nickname. The people you invite will see it.",
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
    email = forms.EmailField(
        label="Email", widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    password = forms.CharField(
        label="Password",
        strip=False,
        help_text="At least 10 characters. A short sentence works well.",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    invite_code = forms.CharField(required=False, widget=forms.HiddenInput)
    # Filled in by app.js from the browser's own time zone; empty without JavaScript.
    # No length limit here: a strange value is not the person's mistake, and the service
    # turns anything it does not know into UTC rather than refuse the sign-up.
    time_zone = forms.CharField(
        required=False, widget=forms.HiddenInput(attrs={"data-browser-zone": ""})
    )


class TimeZoneForm(forms.Form):
    time_zone = forms.ChoiceField(
        label="Your time zone",
        help_text="closeknit shows every time in it, including the other person's.",
    )

    def __init__(self, *args: Any, current: str = zones.DEFAULT, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["time_zone"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = zones.choices(current)
        field.error_messages["invalid_choice"] = zones.UNKNOWN
        field.error_messages["required"] = zones.UNKNOWN
        self.initial.setdefault("time_zone", current)


class LoginForm(forms.Form):
    email = forms.EmailField(
        label="Email", widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True})
    )
    password = forms.CharField(
        label="Password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class ForgotForm(forms.Form):
    email = forms.EmailField(
        label="Your account's email", widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )


class NewPasswordForm(forms.Form):
    new_password = forms.CharField(
        label="New password",
        strip=False,
        help_text="At least 10 characters. A short sentence works well.",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )


class ChangePasswordForm(NewPasswordForm):
    old_password = forms.CharField(
        label="Current password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    field_order = ("old_password", "new_password")


class ConfirmPasswordForm(forms.Form):
    password = forms.CharField(
        label="Your password, to confirm it's you",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
