"""Every aria-describedby on a form points at something that is on the page: help text,
error messages and the coach's status line are all read out with the field they belong to."""

import re
from typing import Any

import pytest
from django.test import Client

from closeknit.accounts.models import User
from closeknit.relationships.models import Relationship
from closeknit.testing.people import web_as

pytestmark = pytest.mark.django_db

DESCRIBED = re.compile(r'aria-describedby="([^"]*)"')


def missing_ids(html: str) -> set[str]:
    wanted = {ref for refs in DESCRIBED.findall(html) for ref in refs.split()}
    present = set(re.findall(r'\sid="([^"]+)"', html))
    return wanted - present


def described_by(html: str, element_id: str) -> list[str]:
    tag = re.search(r'<[^>]*\sid="' + re.escape(element_id) + r'"[^>]*>', html)
    assert tag, element_id
    found = DESCRIBED.search(tag.group(0))
    return found.group(1).split() if found else []


def test_sign_up_errors_are_read_with_their_fields() -> None:
    response = Client().post("/signup/", {"email": "not an email", "display_name": ""})
    html = response.content.decode()
    assert 'aria-invalid="true"' in html
    assert missing_ids(html) == set()
    assert "id_display_name_error" in described_by(html, "id_display_name")
    assert "id_display_name_helptext" in described_by(html, "id_display_name")


def test_a_refused_answer_is_read_with_its_error_and_the_coach(
    alice: User, couple: Relationship
) -> None:
    web = web_as(alice)
    round_url = web.post(f"/relationships/{couple.pk}/rounds/")["Location"]
    html = web.post(round_url + "answer/", {"text": ""}).content.decode()
    assert missing_ids(html) == set()
    assert described_by(html, "id_text") == [
        "id_text_helptext",
        "id_text_error",
        "coach-answer-status",
    ]


@pytest.mark.parametrize(
    "path",
    [
        "/checkin/",
        "/relationships/{r}/",
        "/relationships/{r}/appreciations/",
        "/relationships/{r}/prompts/",
        "/account/",
    ],
)
def test_every_reference_on_these_pages_exists(
    alice_web: Any, bob: User, couple: Relationship, path: str
) -> None:
    from closeknit.sharing.services import create_share

    # Something to respond to, so the space's reply boxes are checked too.
    create_share(user=bob, relationship_id=couple.pk, text="Rough day.")
    html = alice_web.get(path.format(r=couple.pk)).content.decode()
    assert DESCRIBED.search(html), "a page with a form and help text should describe a field"
    assert missing_ids(html) == set()


@pytest.mark.parametrize(
    "value",
    [None, "", "plain", "quotes \" and ' and <b>tags</b> & ampersands", "line one\nline two", 7],
)
def test_a_drafts_textarea_is_written_exactly_as_djangos_template_writes_it(value: Any) -> None:
    from django import forms

    from closeknit.core.forms import DraftTextarea, coach

    attrs = {
        "rows": 3,
        "id": "reply-5",
        "required": True,
        "disabled": False,
        "aria-describedby": 'reply-5_error "x"',
        **coach("reply", "coach-reply-5", "reply-5", name="text", coach_share="5"),
    }
    ours = DraftTextarea(attrs=attrs).render("text", value, {"maxlength": "4000"})
    djangos = forms.Textarea(attrs=attrs).render("text", value, {"maxlength": "4000"})
    assert ours == djangos
    assert "<textarea" in ours and "disabled" not in ours  # the comparison saw real markup
