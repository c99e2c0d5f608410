"""The daily loop in a real browser: a shared check-in, a coached response, how it landed,
"that really helped", a thank-you, and a share taken back."""

import re
from typing import Any

from playwright.sync_api import expect

from closeknit.journeys.conftest import Person
from closeknit.journeys.test_relationship_journey import sign_up


def connect(sam: Person, alex: Person, server: str) -> None:
    """Sam signs up and invites Alex, who signs up and accepts."""
    sam.page.goto(server + "/signup/")
    sign_up(sam, server, "sam@example.org")
    sam.page.get_by_role("link", name="Invite someone").click()
    sam.page.get_by_label("Partner").check()
    sam.page.get_by_role("button", name="Make the invite").click()
    link = sam.page.get_by_label("Invite link").input_value()
    alex.page.goto(link)
    alex.page.get_by_role("link", name="Create an account to accept").click()
    sign_up(alex, server, "alex@example.org")
    alex.page.get_by_role("button", name="Accept and join").click()
    expect(alex.page.get_by_role("heading", name="You and Sam")).to_be_visible()


def test_the_daily_loop(server: str, people: dict[str, Any]) -> None:
    sam, alex = people["sam"], people["alex"]
    connect(sam, alex, server)

    # Sam checks in on the phone and shares it with Alex.
    sam.page.goto(server)
    sam.page.get_by_role("link", name="Check in").first.click()
    page = sam.page
    page.locator("fieldset", has_text="How are you, overall?").get_by_label("2 · low").check()
    page.locator("fieldset", has_text="How much energy").get_by_label("2 · low").check()
    page.get_by_label("tired", exact=True).check()
    page.get_by_label("worried", exact=True).check()
    page.get_by_label("To be heard").check()
    page.get_by_label("Anything you'd like to add?").fill("The review at work went badly.")
    page.get_by_label("Share with Alex").check()
    # The coach reads a note that may be shared; its status line says what it found.
    expect(page.locator("#coach-checkin-status")).to_have_text(
        re.compile(r"^(Coach notes under your text|The coach has no notes)")
    )
    sam.shot("20-checkin-filled")
    page.get_by_role("button", name="Check in").click()
    expect(page.get_by_text("Checked in and shared.")).to_be_visible()
    sam.shot("21-space-after-checkin")

    # Alex sees it on the home page, opens the space and starts a reply.
    alex.page.goto(server)
    expect(alex.page.get_by_role("link", name="Sam checked in")).to_be_visible()
    alex.shot("22-home-new")
    alex.page.get_by_role("link", name="You and Sam").click()
    expect(alex.page.get_by_text("The review at work went badly.")).to_be_visible()
    alex.page.get_by_text("Respond", exact=True).click()
    reply = alex.page.get_by_label("Your response to Sam")
    # A first draft that jumps to advice: the coach says so, quietly, and offers wording.
    reply.fill("You should just ask for a second review.")
    expect(alex.page.locator("summary", has_text="Advice before listening")).to_be_visible()
    # A screen reader hears one sentence from the status line, not the whole list.
    status = alex.page.locator(".reply-form [role=status]")
    expect(status).to_have_text(re.compile(r"^Coach notes under your text: 1 thing to look at"))
    alex.page.locator("summary", has_text="Advice before listening").click()
    alex.shot("23-coach-notes")
    alex.page.get_by_role("button", name="Use this wording").click()
    expect(reply).not_to_have_value("You should just ask for a second review.")
    reply.fill("That sounds really hard. What happened in the review?")
    expect(alex.page.locator("summary", has_text="Invites them to say more")).to_be_visible()
    expect(status).to_have_text(re.compile(r"^Coach notes under your text: \d going well\.$"))
    alex.page.get_by_role("button", name="Send").click()
    expect(alex.page.get_by_role("heading", name="You (sent)")).to_be_visible()
    expect(reply).to_have_value("")
    alex.shot("24-response-sent")

    # Sam says how it landed (privately) and sends "that really helped".
    sam.page.goto(server)
    sam.page.get_by_role("link", name="Alex responded to you").click()
    sam.page.get_by_text("How did that land?").click()
    form = sam.page.locator("form.rating-form")
    form.locator("fieldset", has_text="I felt understood").get_by_label("5").check()
    form.locator("fieldset", has_text="I felt accepted").get_by_label("4").check()
    form.locator("fieldset", has_text="I felt cared for").get_by_label("5").check()
    form.get_by_label("relieved").check()
    sam.shot("25-how-did-that-land")
    form.get_by_role("button", name="Save, just for me").click()
    expect(sam.page.get_by_text("How it landed, just for you: understood 5/5")).to_be_visible()
    sam.page.get_by_role("button", name="That really helped").click()
    expect(sam.page.get_by_text("You told Alex this really helped.")).to_be_visible()
    sam.shot("26-rated")

    # Alex sees only the thanks, never the numbers.
    alex.page.reload()
    expect(alex.page.get_by_text("Sam said this really helped.")).to_be_visible()
    expect(alex.page.get_by_text("understood 5/5")).to_have_count(0)

    # Alex says thank you.
    alex.page.get_by_role("link", name="Say thank you").click()
    alex.page.get_by_label("What are you thankful for?").fill(
        "Thank you for telling me about today instead of carrying it alone."
    )
    alex.page.get_by_role("button", name="Send thank-you").click()
    expect(alex.page.get_by_text("Your thank-you is on its way.")).to_be_visible()

    # Sam shares something, has second thoughts, and takes it back.
    sam.page.get_by_role("link", name="Back to you and Alex").click()
    expect(sam.page.get_by_text("instead of carrying it alone")).to_be_visible()
    sam.page.get_by_label("What's on your mind?").fill("I sometimes worry I'm not good enough.")
    sam.page.get_by_role("button", name="Share with Alex").click()
    shared = sam.page.locator("article.share", has_text="not good enough")
    expect(shared).to_be_visible()
    expect(sam.page.get_by_label("What's on your mind?")).to_have_value("")
    sam.shot("27-shared")
    alex.page.reload()  # Alex is back on the space after the thank-you
    expect(alex.page.get_by_text("not good enough")).to_be_visible()
    shared.get_by_role("link", name="Withdraw this").click()
    expect(sam.page.get_by_text("disappears from Alex's view")).to_be_visible()
    sam.shot("28-withdraw-confirm")
    sam.page.get_by_role("button", name="Withdraw it").click()
    expect(sam.page.get_by_text("Withdrawn.")).to_be_visible()
    alex.page.reload()
    expect(alex.page.get_by_text("not good enough")).to_have_count(0)
    alex.shot("29-after-withdrawal")

    assert sam.errors == []
    assert alex.errors == []
