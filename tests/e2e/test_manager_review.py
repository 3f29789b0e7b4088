"""A real browser: a manager opens the review of warnings and blocks from the menu, reads
the highlighted evidence, lifts a block with a reason (refused first without one), and
the customer is active again with their request back in the queue."""

import re

import pytest

from tests.conftest import PASSWORD
from tests.e2e import test_reply_from_queue as shared
from tests.workspace.conduct import blocked

# The same browser as the agents' test: Chromium via Playwright, with and without JavaScript.
chromium_path = shared.chromium_path
javascript = shared.javascript
browser_page = shared.browser_page

pytestmark = pytest.mark.browser


def test_a_manager_lifts_a_block_with_a_reason(
    live_server, transactional_db, manager, make_ticket, browser_page, javascript
):
    from playwright.sync_api import expect

    from sportello.helpdesk.models import Sanction

    ticket = blocked(make_ticket)
    block = Sanction.objects.get(kind="block")
    page = browser_page

    page.goto(f"{live_server.url}/gestione/revisioni/")
    expect(page).to_have_url(re.compile(r"/login/\?next=/gestione/revisioni/$"))
    page.get_by_label("Nome utente").fill(manager.get_username())
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Accedi").click()
    expect(page.get_by_role("heading", level=1, name="Avvisi e blocchi")).to_be_visible()

    card = page.locator(f"#s{block.pk}")
    expect(card.locator("mark").first).to_have_text("Vaffanculo")
    expect(card.locator("mark").nth(1)).to_have_text("branco di idioti")
    expect(card).to_contain_text("Blocco")
    expect(card).to_contain_text("bloccato")

    card.get_by_role("button", name="Revoca il blocco").click()
    card = page.locator(f"#s{block.pk}")
    expect(card.get_by_role("alert")).to_have_text("Serve un motivo.")
    card.get_by_label("Motivo (obbligatorio)").fill("Si è scusato al telefono.")
    card.get_by_role("button", name="Revoca il blocco").click()

    expect(page.get_by_role("status")).to_contain_text(
        "Blocco revocato: Mario Rossi è di nuovo un cliente attivo."
    )
    if javascript:  # the card was swapped in place: it shows the new state
        card = page.locator(f"#s{block.pk}")
        expect(card).to_contain_text("revocato")
        expect(card.locator("[data-customer-state]")).to_have_text("attivo")
    else:  # back on the list of what is still to review: nothing is
        expect(page.get_by_role("heading", name="Niente da rivedere")).to_be_visible()
        expect(page.get_by_text("Nessun cliente è bloccato.")).to_be_visible()

    page.goto(f"{live_server.url}/customers/{ticket.customer_id}/")
    expect(page.locator(".customer-head .badge")).to_have_text("attivo")
    page.get_by_role("navigation", name="Principale").get_by_role("link", name="Coda").click()
    expect(page.locator(f'tr[data-ticket="{ticket.ref}"]')).to_have_count(1)
