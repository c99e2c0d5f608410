"""The web pages of the intimacy loop: plain forms and their htmx partials."""

import json
from html.parser import HTMLParser
from typing import Any

import pytest

from closeknit.accounts.models import User
from closeknit.core.errors import NotFound
from closeknit.relationships.models import Member, Relationship
from closeknit.sharing import services
from closeknit.sharing.models import Response, ResponseRating, Share
from closeknit.testing.people import web_as

pytestmark = pytest.mark.django_db

HX = {"HX-Request": "true"}
RATING = {"understood": "4", "accepted": "5", "cared_for": "3", "after": "relieved"}


def _url(relationship: Relationship, rest: str = "") -> str:
    return f"/relationships/{relationship.pk}/{rest}"


def test_it_shows_the_space_with_its_timeline(alice: User, bob: User, couple: Relationship) -> None:
    services.create_share(user=bob, relationship_id=couple.pk, text="I miss the sea.")
    services.appreciate(user=bob, relationship_id=couple.pk, text="Thanks for the soup.")
    page = web_as(alice).get(_url(couple)).content.decode()
    assert "You and Bob" in page
    assert "I miss the sea." in page
    assert "Bob said thank you" in page
    assert page.index("Thanks for the soup.") < page.index("I miss the sea.")  # newest first


def test_it_shares_with_htmx_and_keeps_the_draft_on_error(
    alice: User, couple: Relationship
) -> None:
    client = web_as(alice)
    too_long = "a" * 5001
    refused = client.post(_url(couple, "shares/"), {"text": too_long}, headers=HX)
    assert refused.status_code == 422
    body = refused.content.decode()
    assert too_long in body  # nothing typed is lost
    assert "5,000" in body
    assert Share.objects.count() == 0

    sent = client.post(
        _url(couple, "shares/"), {"text": "New job news!", "depth": "light"}, headers=HX
    )
    assert sent.status_code == 200
    assert 'hx-swap-oob="afterend:#timeline-top"' in sent.content.decode()
    assert "New job news!" in sent.content.decode()
    assert Share.objects.get().depth == "light"


def test_it_shares_without_javascript(alice: User, couple: Relationship) -> None:
    client = web_as(alice)
    response = client.post(_url(couple, "shares/"), {"text": "plain form"})
    assert response.status_code == 302
    assert "plain form" in client.get(response["Location"]).content.decode()
    refused = client.post(_url(couple, "shares/"), {"text": "  "})
    assert refused.status_code == 422
    assert "Write something first." in refused.content.decode()


def test_it_responds_inline(alice: User, bob: User, couple: Relationship) -> None:
    share = services.create_share(user=alice, relationship_id=couple.pk, text="Rough day.")
    client = web_as(bob)
    url = _url(couple, f"shares/{share.pk}/responses/")
    refused = client.post(url, {"text": ""}, headers=HX)
    assert refused.status_code == 422
    assert "Write something first." in refused.content.decode()
    sent = client.post(url, {"text": "Do you want to tell me about it?"}, headers=HX)
    assert sent.status_code == 200
    html = sent.content.decode()
    assert f'hx-swap-oob="beforeend:#replies-{share.pk}"' in html
    assert "Do you want to tell me about it?" in html
    response = Response.objects.get()
    assert "curiosity" in response.coach_labels  # only label names are kept


class _Tags(HTMLParser):
    """Every start tag with an id, by id, with its attributes."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.by_id: dict[str, dict[str, str | None]] = {}
        self.labels: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs, tag=tag)
        if found.get("id"):
            assert str(found["id"]) not in self.by_id, f"two elements with id {found['id']}"
            self.by_id[str(found["id"])] = found
        if tag == "label" and found.get("for"):
            self.labels.append(str(found["for"]))


def test_each_reply_box_asks_the_coach_about_its_own_share(
    alice: User, bob: User, couple: Relationship
) -> None:
    shares = [
        services.create_share(user=alice, relationship_id=couple.pk, text=text)
        for text in ("Rough day.", "Long week.")
    ]
    page = _Tags(web_as(bob).get(_url(couple)).content.decode())
    tags = page.by_id
    for share in shares:
        box, slot = tags[f"reply-{share.pk}-text"], f"coach-reply-{share.pk}"
        assert f"reply-{share.pk}-text" in page.labels
        assert (box["tag"], box["name"]) == ("textarea", "text")
        assert box["hx-post"] == "/coach/"
        assert box["hx-target"] == f"#{slot}"
        assert json.loads(str(box["hx-vals"])) == {
            "coach_mode": "reply",
            "coach_target": f"reply-{share.pk}-text",
            "coach_field": "text",
            "coach_share": str(share.pk),  # so the coach reads the share being answered
        }
        assert box["aria-describedby"] == f"{slot}-status"
        assert tags[slot]["class"] == "coach"
        assert tags[f"{slot}-status"]["role"] == "status"
        form = tags[f"reply-form-{share.pk}"]
        assert form["hx-post"] == _url(couple, f"shares/{share.pk}/responses/")


def test_a_refused_reply_keeps_its_text_and_is_read_with_its_error(
    alice: User, bob: User, couple: Relationship
) -> None:
    share = services.create_share(user=alice, relationship_id=couple.pk, text="Rough day.")
    url = _url(couple, f"shares/{share.pk}/responses/")
    too_long = "<Sorry> " * 700
    for headers in (HX, {}):  # the htmx partial, and the whole page without JavaScript
        refused = web_as(bob).post(url, {"text": too_long}, headers=headers)
        assert refused.status_code == 422
        html = refused.content.decode()
        tags = _Tags(html).by_id
        box = tags[f"reply-{share.pk}-text"]
        assert box["aria-invalid"] == "true"
        assert str(box["aria-describedby"]).split() == [
            f"reply-{share.pk}-text_error",
            f"coach-reply-{share.pk}-status",
        ]
        assert tags[f"reply-{share.pk}-text_error"]["role"] == "alert"
        assert "&lt;Sorry&gt; " * 700 + "</textarea>" in html  # nothing typed is lost
        assert json.loads(str(box["hx-vals"]))["coach_share"] == str(share.pk)


def test_a_reply_refused_for_another_reason_is_still_read_with_its_text(
    alice: User, bob: User, couple: Relationship, monkeypatch: pytest.MonkeyPatch
) -> None:
    share = services.create_share(user=alice, relationship_id=couple.pk, text="Rough day.")

    def withdrawn_meanwhile(**_: Any) -> None:
        raise NotFound()  # say, the share was withdrawn while this was being sent

    monkeypatch.setattr(services, "respond", withdrawn_meanwhile)
    url = _url(couple, f"shares/{share.pk}/responses/")
    response = web_as(bob).post(url, {"text": "I'm here."}, headers=HX)
    assert response.status_code == 422
    html = response.content.decode()
    box = _Tags(html).by_id[f"reply-{share.pk}-text"]
    # The view puts the message on the text, the form's one field.
    assert box["aria-invalid"] == "true"
    assert box["aria-describedby"] == f"reply-{share.pk}-text_error coach-reply-{share.pk}-status"
    assert "I&#x27;m here.</textarea>" in html


def test_only_the_sharer_sees_the_rating_form(alice: User, bob: User, couple: Relationship) -> None:
    share = services.create_share(user=alice, relationship_id=couple.pk, text="Rough day.")
    services.respond(user=bob, share_id=share.pk, text="I'm sorry, that sounds hard.")
    conversation = _url(couple, f"shares/{share.pk}/")
    assert "How did that land?" in web_as(alice).get(conversation).content.decode()
    assert "How did that land?" not in web_as(bob).get(conversation).content.decode()


def test_it_rates_privately_and_sends_only_helped(
    alice: User, bob: User, couple: Relationship
) -> None:
    share = services.create_share(user=alice, relationship_id=couple.pk, text="Rough day.")
    response = services.respond(user=bob, share_id=share.pk, text="I'm here.")
    alice_web = web_as(alice)
    incomplete = alice_web.post(
        _url(couple, f"responses/{response.pk}/rating/"), {"understood": "4"}, headers=HX
    )
    assert incomplete.status_code == 422
    assert "Please answer each question." in incomplete.content.decode()
    assert 'value="4" checked' in incomplete.content.decode()  # the answer given is kept

    rated = alice_web.post(_url(couple, f"responses/{response.pk}/rating/"), RATING, headers=HX)
    assert rated.status_code == 200
    assert "understood 4/5" in rated.content.decode()
    alice_web.post(_url(couple, f"responses/{response.pk}/helped/"), {"helped": "1"}, headers=HX)
    rating = ResponseRating.objects.get()
    assert (rating.understood, rating.cared_for, rating.after, rating.helped) == (
        4,
        3,
        "relieved",
        True,
    )
    # Rating again keeps "that really helped" as it was.
    alice_web.post(_url(couple, f"responses/{response.pk}/rating/"), RATING, headers=HX)
    assert ResponseRating.objects.get().helped is True

    bob_page = web_as(bob).get(_url(couple, f"shares/{share.pk}/")).content.decode()
    assert "Alice said this really helped." in bob_page
    assert "understood 4/5" not in bob_page
    assert "relieved" not in bob_page


def test_it_confirms_then_withdraws(alice: User, bob: User, couple: Relationship) -> None:
    share = services.create_share(user=alice, relationship_id=couple.pk, text="Take me back")
    client = web_as(alice)
    confirm = client.get(_url(couple, f"shares/{share.pk}/withdraw/"))
    assert "disappears from Bob's view" in confirm.content.decode()
    assert web_as(bob).get(_url(couple, f"shares/{share.pk}/withdraw/")).status_code == 404
    assert client.post(_url(couple, f"shares/{share.pk}/withdraw/")).status_code == 302
    assert "Take me back" not in web_as(bob).get(_url(couple)).content.decode()
    assert web_as(bob).get(_url(couple, f"shares/{share.pk}/")).status_code == 404


def test_it_withdraws_a_response_inline(alice: User, bob: User, couple: Relationship) -> None:
    share = services.create_share(user=alice, relationship_id=couple.pk, text="hello")
    response = services.respond(user=bob, share_id=share.pk, text="oops, wrong words")
    url = _url(couple, f"responses/{response.pk}/withdraw/")
    assert web_as(alice).post(url, headers=HX).status_code == 404  # not hers
    assert web_as(bob).post(url, headers=HX).status_code == 200
    page = web_as(alice).get(_url(couple, f"shares/{share.pk}/")).content.decode()
    assert "oops, wrong words" not in page


def test_it_sends_a_thank_you(alice: User, bob: User, couple: Relationship) -> None:
    client = web_as(alice)
    url = _url(couple, "appreciations/")
    assert "Say thank you to Bob" in client.get(url).content.decode()
    long = "t" * 1001
    refused = client.post(url, {"text": long})
    assert refused.status_code == 422
    assert long in refused.content.decode()
    assert "1,000" in refused.content.decode()
    assert client.post(url, {"text": "Thank you for the lift."}).status_code == 302
    assert "Thank you for the lift." in web_as(bob).get(_url(couple)).content.decode()


def test_it_pages_older_items(alice: User, bob: User, couple: Relationship) -> None:
    for n in range(25):
        services.create_share(user=bob, relationship_id=couple.pk, text=f"note number {n:02d}")
    client = web_as(alice)
    first = client.get(_url(couple)).content.decode()
    assert "note number 24" in first
    assert "note number 04" not in first
    assert "Show older" in first
    cursor = first.split("timeline/?cursor=")[1].split('"')[0]
    older = client.get(_url(couple, f"timeline/?cursor={cursor}"), headers=HX).content.decode()
    assert "note number 04" in older
    assert "note number 24" not in older
    broken = client.get(_url(couple, "timeline/?cursor=nonsense"), headers=HX)
    assert broken.status_code == 422


def test_home_shows_what_is_new_since_the_last_look(
    alice: User, bob: User, couple: Relationship
) -> None:
    mine = services.create_share(user=alice, relationship_id=couple.pk, text="my own words")
    services.create_share(user=bob, relationship_id=couple.pk, text="bob's news")
    services.respond(user=bob, share_id=mine.pk, text="bob answers alice")
    client = web_as(alice)
    home = client.get("/").content.decode()
    assert "bob&#x27;s news" in home
    assert "Bob responded to you" in home
    assert "my own words" not in home  # her own activity is not "new" to her
    client.get(_url(couple))  # looking at the timeline marks it seen
    assert Member.objects.get(user=alice, relationship=couple).seen_at is not None
    assert "You're all caught up." in client.get("/").content.decode()
    services.appreciate(user=bob, relationship_id=couple.pk, text="thanks for today")
    assert "Bob said thank you" in client.get("/").content.decode()


def test_home_hides_a_withdrawn_share(alice: User, bob: User, couple: Relationship) -> None:
    share = services.create_share(user=bob, relationship_id=couple.pk, text="second thoughts")
    services.withdraw_share(user=bob, share_id=share.pk)
    assert "second thoughts" not in web_as(alice).get("/").content.decode()


def test_outsiders_see_nothing_new(alice: User, charlie: User, dave: User, former: Any) -> None:
    services.create_share(user=alice, relationship_id=former.pk, text="after dave left")
    assert "after dave left" in web_as(alice).get(_url(former)).content.decode()
    for outsider in (charlie, dave):
        assert "after dave left" not in web_as(outsider).get("/").content.decode()


def test_a_mangled_page_marker_starts_from_the_top(
    alice: User, bob: User, couple: Relationship
) -> None:
    services.create_share(user=bob, relationship_id=couple.pk, text="still here")
    response = web_as(alice).get(_url(couple) + "?cursor=garbage")
    assert response.status_code == 200
    assert "still here" in response.content.decode()
    assert "isn&#x27;t valid" in response.content.decode()


@pytest.mark.parametrize(
    ("method", "url", "data"),
    [
        ("get", "/journal/?before=%C2%B2", None),
        ("post", "/relationships/{r}/rounds/", {"prompt_id": "²"}),
        ("post", "/coach/", {"text": "hi", "coach_share": "²"}),
    ],
)
def test_odd_digits_are_not_ids(
    alice: User, couple: Relationship, method: str, url: str, data: Any
) -> None:
    client = web_as(alice)
    response = getattr(client, method)(url.format(r=couple.pk), data or {})
    assert response.status_code in {200, 302}
