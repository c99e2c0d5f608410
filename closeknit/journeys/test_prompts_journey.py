"""Prompts in a real browser: set a pace, draw, answer, wait, reveal, respond."""

from typing import Any

from playwright.sync_api import expect

from closeknit.journeys.test_sharing_journey import connect


def test_a_prompt_answered_together(server: str, people: dict[str, Any]) -> None:
    sam, alex = people["sam"], people["alex"]
    connect(sam, alex, server)

    # Sam opens prompts from their space and says they're open to medium depth.
    sam.page.goto(server)
    sam.page.get_by_role("link", name="You and Alex").click()
    sam.page.get_by_role("link", name="Talk prompts").click()
    expect(sam.page.get_by_role("heading", name="Something to talk about")).to_be_visible()
    sam.page.get_by_role("group", name="How deep are you open to").get_by_label("Medium").check()
    sam.page.get_by_label("Body and health").check()
    sam.page.get_by_role("button", name="Save my pace").click()
    expect(sam.page.get_by_text("Your pace is saved.")).to_be_visible()
    sam.shot("30-prompts-overview")

    # Alex sees only the shared level and that a theme rests, not who chose what.
    alex.page.goto(alex.page.url + "prompts/")
    expect(alex.page.get_by_text("Resting for now: body and health")).to_be_visible()
    expect(alex.page.locator("p", has_text="Together you're open to")).to_contain_text("light")

    # Sam draws a prompt and answers; the answer stays private.
    sam.page.get_by_role("button", name="Draw a prompt").click()
    prompt = sam.page.locator("h1.prompt-text").inner_text()
    expect(sam.page.get_by_text("Alex hasn't answered yet.")).to_be_visible()
    sam.page.get_by_label("Your answer").fill("Honestly, the long walk by the river last spring.")
    sam.shot("31-answer-before")
    sam.page.get_by_role("button", name="Save my answer").click()
    expect(sam.page.get_by_text("They'll see it when they've answered too.")).to_be_visible()

    # Alex finds the round waiting, sees only "answered", and answers.
    alex.page.reload()
    alex.page.get_by_role("link", name=prompt).click()
    expect(alex.page.get_by_text("Sam has answered.")).to_be_visible()
    expect(alex.page.get_by_text("the long walk by the river")).to_have_count(0)
    alex.shot("32-waiting-for-me")
    alex.page.get_by_label("Your answer").fill("Cooking together on a Sunday with the radio on.")
    alex.page.get_by_role("button", name="Save my answer").click()
    expect(alex.page.get_by_text("You've both answered. Here they are.")).to_be_visible()
    expect(alex.page.get_by_text("the long walk by the river")).to_be_visible()
    alex.shot("33-revealed")

    # Alex responds to Sam's answer like any share.
    alex.page.get_by_role("link", name="Respond").click()
    alex.page.get_by_label("Your response to Sam").fill("I loved that walk too. What made it stay?")
    alex.page.get_by_role("button", name="Send").click()
    expect(alex.page.get_by_role("heading", name="You (sent)")).to_be_visible()
    sam.page.reload()
    expect(sam.page.get_by_text("Cooking together on a Sunday")).to_be_visible()
    sam.shot("34-sam-sees-both")

    assert sam.errors == []
    assert alex.errors == []
