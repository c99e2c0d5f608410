"""Two people meet closeknit: sign up, invite, accept, see the space, leave."""

import re
from typing import Any

from playwright.sync_api import expect

from closeknit.journeys.conftest import Person

PASSWORD = "a long and memorable password"


def sign_up(person: Person, server: str, email: str) -> None:
    page = person.page
    page.get_by_label("What should we call you?").fill(person.name)
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()


def test_two_people_connect_and_one_leaves(server: str, people: dict[str, Any]) -> None:
    sam, alex = people["sam"], people["alex"]

    # Sam, on a phone, is the first person on this closeknit.
    sam.page.goto(server)
    expect(sam.page.get_by_role("link", name="Quick exit")).to_be_visible()
    sam.shot("01-landing")
    sam.page.get_by_role("link", name="Create an account").click()
    expect(sam.page.get_by_text("Times will show in your device's time zone.")).to_be_visible()
    sam.shot("01b-signup")
    sign_up(sam, server, "sam@example.org")
    expect(sam.page.get_by_role("heading", name="Hello, Sam")).to_be_visible()
    sam.shot("02-home-empty")

    # Sam's browser told closeknit its time zone at sign-up; Sam can change it.
    sam.page.goto(server + "/account/")
    zone = sam.page.get_by_label("Your time zone")
    assert zone.input_value() in ("Asia/Kolkata", "Asia/Calcutta")  # Chromium may say either
    sam.shot("02b-account-time-zone")
    zone.select_option("Europe/London")
    sam.page.get_by_role("button", name="Save time zone").click()
    expect(sam.page.get_by_text("Times are now shown in Europe/London.")).to_be_visible()
    sam.page.goto(server)

    # Sam invites Alex as a partner.
    sam.page.get_by_role("link", name="Invite someone").click()
    sam.page.get_by_label("Partner").check()
    sam.page.get_by_label("A short note for them").fill("I'd love to try this with you.")
    sam.shot("03-invite-form")
    sam.page.get_by_role("button", name="Make the invite").click()
    link = sam.page.get_by_label("Invite link").input_value()
    code = sam.page.get_by_test_id("invite-code").inner_text()
    assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", code)
    sam.shot("04-invite-ready")

    # Alex, on a laptop, opens the link, signs up and accepts.
    alex.page.goto(link)
    expect(alex.page.get_by_role("heading", name="Sam invited you")).to_be_visible()
    expect(alex.page.get_by_text("I'd love to try this with you.")).to_be_visible()
    alex.shot("05-invited")
    alex.page.get_by_role("link", name="Create an account to accept").click()
    sign_up(alex, server, "alex@example.org")
    alex.page.get_by_role("button", name="Accept and join").click()
    expect(alex.page.get_by_role("heading", name="You and Sam")).to_be_visible()
    alex.shot("06-space")

    # Sam sees the new space on their home page.
    sam.page.goto(server)
    sam.page.get_by_role("link", name="You and Alex").click()
    expect(sam.page.get_by_role("heading", name="You and Alex")).to_be_visible()
    space = sam.page.url
    sam.shot("07-space")

    # Sam connects an app (an API token), then looks after their account: devices, the
    # app's token and when it stops working, and the security log.
    issued = sam.page.request.post(
        f"{server}/api/v1/tokens", data={"email": "sam@example.org", "password": PASSWORD}
    )
    assert issued.status == 201, issued.text()
    sam.page.get_by_role("link", name="Account").click()
    sam.shot("07b-account")
    sam.page.get_by_role("link", name="Signed-in devices and apps").click()
    expect(sam.page.get_by_text("This device")).to_be_visible()
    expect(sam.page.get_by_text("unless the app uses it before then")).to_be_visible()
    sam.shot("07c-sessions")
    sam.page.go_back()
    sam.page.get_by_role("link", name="Security log").click()
    expect(sam.page.get_by_text("Account created")).to_be_visible()

    # The invite cannot be used twice.
    alex.page.goto(link)
    expect(alex.page.get_by_text("already been used")).to_be_visible()

    # Alex leaves, after reading what that means.
    alex.page.goto(server)
    alex.page.get_by_role("link", name="You and Sam").click()
    alex.page.get_by_role("link", name="Leave this space").click()
    expect(alex.page.get_by_text("disappears from Sam's view")).to_be_visible()
    alex.shot("08-leave-confirm")
    alex.page.get_by_role("button", name="Leave this space").click()
    expect(alex.page.get_by_text("You have left your space with Sam")).to_be_visible()

    sam.page.goto(space)
    expect(sam.page.get_by_text("has left this space")).to_be_visible()
    sam.shot("09-after-leaving")

    assert sam.errors == [] and alex.errors == [], (sam.errors, alex.errors)


def test_keyboard_users_can_reach_the_form_and_see_focus(
    server: str, people: dict[str, Any]
) -> None:
    sam = people["alex"]  # a desktop keyboard
    sam.page.goto(server)
    sam.page.keyboard.press("Tab")
    expect(sam.page.get_by_role("link", name="Skip to content")).to_be_focused()
    sam.page.goto(server + "/login/")
    expect(sam.page.get_by_label("Email")).to_be_focused()
    sam.page.keyboard.press("Tab")
    expect(sam.page.get_by_label("Password")).to_be_focused()
    sam.page.get_by_label("Email").fill("nobody@example.org")
    sam.page.get_by_label("Password").fill("wrong password")
    sam.page.keyboard.press("Enter")
    expect(sam.page.get_by_role("alert")).to_contain_text("don't match")
    sam.shot("10-login-error")
