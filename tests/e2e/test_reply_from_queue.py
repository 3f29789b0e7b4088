"""A real browser: log in, open the oldest ticket from the queue, reply, and see the
ticket leave the queue while the other one stays."""

import os
import re
from datetime import datetime
from pathlib import Path

import pytest
from django.db import connections

from tests.conftest import PASSWORD

CHROMIUM = Path(os.environ.get("SPORTELLO_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 15_000
CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

pytestmark = pytest.mark.browser


@pytest.fixture
def chromium_path() -> str:
    if CHROMIUM.exists() and os.access(CHROMIUM, os.X_OK):
        return str(CHROMIUM)
    message = f"no Chromium at {CHROMIUM} (apt install chromium, or set SPORTELLO_CHROMIUM)"
    if CI:
        pytest.fail(f"CI=true: {message}")
    pytest.skip(message)


@pytest.fixture(params=[True, False], ids=["htmx", "no-js"])
def javascript(request) -> bool:
    """With JavaScript the forms post through htmx; without, as plain forms."""
    return bool(request.param)


@pytest.fixture
def browser_page(javascript, chromium_path, monkeypatch):
    if CI:
        import playwright.sync_api as sync_api  # under CI a missing Playwright is a failure
    else:
        sync_api = pytest.importorskip("playwright.sync_api")
    # Playwright's sync API runs an event loop in this thread; Django then refuses
    # database access from here unless told this thread is not async code.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS
        )
        try:
            context = browser.new_context(
                locale="it-IT", timezone_id="Europe/Rome", java_script_enabled=javascript
            )
            context.set_default_timeout(TIMEOUT_MS)
            yield context.new_page()
        finally:
            browser.close()
            # Django's connections are per asyncio context too: the ones opened while
            # Playwright's loop ran here are not the test's own and would outlive it
            # (PostgreSQL then cannot drop the test database).
            connections.close_all()


def test_an_agent_replies_to_the_oldest_ticket_from_the_queue(
    live_server, transactional_db, agent, make_ticket, browser_page, javascript
):
    from playwright.sync_api import expect

    older = make_ticket(
        sender="anna@example.it",
        name="Anna Bianchi",
        subject="Tela arrivata rotta",
        received_at=datetime.fromisoformat("2026-03-02T09:00+01:00"),
    )
    newer = make_ticket(
        sender="gino@example.it",
        name="Gino Verdi",
        subject="URGENTE!!! Dov'è il mio pacco",
        received_at=datetime.fromisoformat("2026-03-02T10:00+01:00"),
    )
    page = browser_page

    page.goto(f"{live_server.url}/")
    expect(page).to_have_url(re.compile(r"/login/\?next=/$"))
    page.get_by_label("Nome utente").fill(agent.get_username())
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Accedi").click()

    expect(page.get_by_role("heading", name="Coda")).to_be_visible()
    rows = page.locator("tr.ticket-row")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_have_attribute("data-ticket", older.ref)  # oldest first...
    expect(rows.nth(1)).to_have_attribute("data-ticket", newer.ref)  # ...URGENTE or not

    rows.nth(0).get_by_role("link", name="Tela arrivata rotta").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Tela arrivata rotta")
    page.get_by_label("La tua risposta").fill("Buongiorno Anna, le spediamo oggi una tela nuova.")
    if javascript:
        page.evaluate("window.sportelloMarker = 'same page'")
    page.get_by_role("button", name="Rispondi", exact=True).click()

    expect(page.get_by_role("status")).to_contain_text("Risposta inviata a Anna Bianchi.")
    expect(page.locator(".msg-reply")).to_contain_text("le spediamo oggi una tela nuova")
    expect(page.get_by_label("La tua risposta")).to_have_value("")
    if javascript:  # htmx swapped the thread in place: no page load happened
        assert page.evaluate("window.sportelloMarker") == "same page"

    page.get_by_role("navigation", name="Principale").get_by_role("link", name="Coda").click()
    expect(page.get_by_role("heading", name="Coda")).to_be_visible()
    expect(rows).to_have_count(1)
    expect(rows.nth(0)).to_have_attribute("data-ticket", newer.ref)
    expect(page.locator(f'tr[data-ticket="{older.ref}"]')).to_have_count(0)

    older.refresh_from_db()
    assert not older.needs_reply
    assert older.messages.filter(kind="reply", author=agent).count() == 1
