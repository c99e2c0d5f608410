"""Browser journeys: the real server, driven by Debian's Chromium through Playwright."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from closeknit.testing.live import running_server

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = Path(os.environ.get("CLOSEKNIT_SCREENSHOTS", "screenshots"))
# Without these, Chromium keeps trying to reach Google's services on a closed network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
MOBILE: dict[str, Any] = {
    "viewport": {"width": 390, "height": 844},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
}
DESKTOP: dict[str, Any] = {"viewport": {"width": 1280, "height": 800}}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "journeys" in str(item.path):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        reason = f"Chromium is not installed at {CHROMIUM}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{reason}; CI must run the browser journeys.")
        print(f"\n!!! SKIPPING browser journeys: {reason} (run `make test` as root to install).")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    with running_server(data_dir=tmp_path / "data") as url:
        yield url


class Person:
    """One person's browser: a page, plus the console errors it saw (CSP breaks show there)."""

    def __init__(self, browser: Any, name: str, options: dict[str, Any]) -> None:
        self.name = name
        self.context = browser.new_context(**options)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))

    def _console(self, message: Any) -> None:
        # A 404 or 410 page the journey opens on purpose is logged too; those are not faults.
        expected = re.match(r"Failed to load resource: .* status of 4\d\d", message.text)
        if message.type == "error" and not expected:
            self.errors.append(message.text)

    def shot(self, name: str) -> Path:
        """A full-page screenshot at this person's width, and one at the other width (390 px
        and 1280 px), so every step is seen on a phone and on a desktop."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        size = self.page.viewport_size
        self.page.evaluate("window.scrollTo(0, 0)")  # else the sticky bar lands mid-page
        path = SCREENSHOTS / f"{name}-{size['width']}.png"
        self.page.screenshot(path=str(path), full_page=True)
        other = DESKTOP if size["width"] < 1000 else MOBILE
        self.page.set_viewport_size(other["viewport"])
        self.page.screenshot(
            path=str(SCREENSHOTS / f"{name}-{other['viewport']['width']}.png"), full_page=True
        )
        self.page.set_viewport_size(size)
        return path


@pytest.fixture
def people(browser: Any) -> Iterator[dict[str, Person]]:
    # Far apart: Sam's phone is set to India, Alex's laptop to New York.
    made = {
        "sam": Person(browser, "Sam", {**MOBILE, "timezone_id": "Asia/Kolkata"}),
        "alex": Person(browser, "Alex", {**DESKTOP, "timezone_id": "America/New_York"}),
    }
    yield made
    for person in made.values():
        person.context.close()
