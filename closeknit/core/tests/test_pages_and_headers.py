import re
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from closeknit.accounts.models import User

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = sorted(ROOT.glob("*/templates/**/*.html"))
STATIC_TEXT = sorted(
    p for p in ROOT.glob("*/static/closeknit/**/*") if p.suffix in {".css", ".js", ".svg"}
)


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/login/", "/signup/", "/safety/", "/api/v1/me", "/healthz"])
def test_every_response_carries_the_security_headers(client: Client, path: str) -> None:
    response = client.get(path)
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "http" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]


@pytest.mark.django_db
def test_nothing_private_is_cached(alice_web: Client, alice: User) -> None:
    assert alice_web.get("/").headers["Cache-Control"] == "no-store"
    assert Client().get("/join/AAAA-BBBB-CCCC/").headers["Cache-Control"] == "no-store"
    token = Client().post(
        "/api/v1/tokens",
        {"email": alice.email, "password": "a long and memorable test password"},
        content_type="application/json",
    )
    assert token.status_code == 201 and token.headers["Cache-Control"] == "no-store"
    assert "no-store" not in Client().get("/static/closeknit/app.css").headers.get(
        "Cache-Control", ""
    )


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.name)
def test_templates_have_no_inline_script_or_style(template: Path) -> None:
    text = template.read_text()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), "inline <script> is blocked"
    assert not re.search(r"\son[a-z]+=", text), "inline event handlers are blocked"
    assert not re.search(r"\sstyle=", text), "inline style attributes are blocked"
    assert "hx-on" not in text


@pytest.mark.parametrize("path", TEMPLATES + STATIC_TEXT, ids=lambda p: p.name)
def test_nothing_loads_from_another_host(path: Path) -> None:
    text = path.read_text()
    loads = re.findall(r"""(?:src|href)=["'](https?:)?//""", text) + re.findall(
        r"url\(\s*['\"]?https?://", text
    )
    assert loads == [], "every asset must come from this server"


def test_htmx_is_vendored() -> None:
    vendored = ROOT / "core/static/closeknit/vendor/htmx-2.0.11.min.js"
    assert vendored.stat().st_size > 10_000
    assert (
        "src=\"{% static 'closeknit/vendor/htmx-2.0.11.min.js' %}\""
        in (ROOT / "core/templates/base.html").read_text()
    )


@pytest.mark.django_db
def test_static_files_are_served_by_the_app(client: Client) -> None:
    for path in ["/static/closeknit/app.css", "/static/closeknit/vendor/htmx-2.0.11.min.js"]:
        assert client.get(path).status_code == 200, path


@pytest.mark.django_db
def test_every_page_offers_a_quick_exit(client: Client, alice_web: Client) -> None:
    for c, path in [(client, "/"), (client, "/login/"), (alice_web, "/"), (alice_web, "/account/")]:
        page = c.get(path).content.decode()
        assert "data-quick-exit" in page and "Quick exit" in page, path


@pytest.mark.django_db
def test_the_safety_page_speaks_plainly(client: Client) -> None:
    page = client.get("/safety/").content.decode()
    assert "not the right tool" in page
    assert "emergency number" in page


@pytest.mark.django_db
def test_the_app_can_be_installed(client: Client) -> None:
    manifest = client.get("/manifest.webmanifest")
    assert manifest["Content-Type"] == "application/manifest+json"
    data = manifest.json()
    assert data["display"] == "standalone" and data["start_url"] == "/"
    for icon in data["icons"]:
        assert client.get(icon["src"]).status_code == 200


@pytest.mark.django_db
def test_health_answers_once_the_database_does(client: Client) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}


@pytest.mark.django_db
def test_unknown_api_paths_answer_in_json(client: Client) -> None:
    response = client.get("/api/v1/no-such-thing")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


@pytest.mark.django_db
def test_the_csrf_token_is_set_once_on_body_for_htmx(alice_web: Client, alice: User) -> None:
    page = alice_web.get("/").content.decode()
    assert re.search(r"<body hx-headers='\{\"X-CSRFToken\": \"[^\"]+\"\}'>", page)


def test_no_admin_is_installed(settings: Any) -> None:
    assert "django.contrib.admin" not in settings.INSTALLED_APPS
