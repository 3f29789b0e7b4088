"""The managers' review of warnings and blocks (/gestione/revisioni/)."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from sportello.helpdesk.models import CustomerState, Event, Sanction, Ticket
from sportello.helpdesk.services.queue import queue
from tests.workspace.conduct import blocked, warned, write

REVIEW = reverse("workspace:review")


@pytest.fixture
def manager_client(manager):
    """A browser of its own, beside `agent_client`."""
    client = Client()
    client.force_login(manager)
    return client


def cards(html: str) -> list[str]:
    return re.findall(r'data-sanction="(\d+)"', html)


def decide(client, sanction, decision: str, reason: str, **headers):
    return client.post(
        reverse("workspace:decide", args=[sanction.pk]),
        {"decision": decision, "reason": reason, "next": REVIEW},
        **headers,
    )


def test_the_review_lists_blocks_and_warnings_newest_first_with_highlighted_evidence(
    manager_client, make_ticket
):
    ticket = blocked(make_ticket)
    warning, block = Sanction.objects.order_by("created_at")
    html = manager_client.get(REVIEW).content.decode()
    assert cards(html) == [str(block.pk), str(warning.pk)]
    assert (
        '<mark class="evidence ev-abusive" title="offensivo (fuck.vaffanculo)">Vaffanculo</mark>'
        in html
    )
    assert ">incompetenti del cazzo</mark>" in html
    assert "Blocco" in html and "Avviso" in html and "offensivo" in html
    assert "da rivedere" in html
    # the notice sent, and its delivery state (nothing runs after commit in these tests)
    assert 'corrispondenza chiusa: <span class="delivery delivery-queued">in coda di invio' in html
    assert reverse("workspace:ticket", args=[ticket.pk]) in html
    assert "Mario Rossi" in html and "bloccato" in html


def test_an_empty_review_says_so(manager_client, seller):
    html = manager_client.get(REVIEW).content.decode()
    assert "Niente da rivedere" in html
    assert "Nessun cliente è bloccato." in html


def test_filters_by_status_and_customer(manager_client, make_ticket, manager):
    blocked(make_ticket)
    warned(make_ticket, sender="lucia@example.it", name="Lucia Verdi")
    mario_block = Sanction.objects.get(kind="block")
    lucia = Sanction.objects.get(customer__name="Lucia Verdi")
    manager_client.post(
        reverse("workspace:decide", args=[mario_block.pk]),
        {"decision": "confirm", "reason": "Insulti ripetuti."},
    )
    to_review = manager_client.get(REVIEW).content.decode()
    assert str(mario_block.pk) not in cards(to_review)
    confirmed = manager_client.get(REVIEW, {"status": "confirmed"}).content.decode()
    assert cards(confirmed) == [str(mario_block.pk)]
    assert "Insulti ripetuti." in confirmed
    for term in ("lucia", "Verdi", lucia.customer.ref):
        found = manager_client.get(REVIEW, {"status": "all", "customer": term}).content.decode()
        assert cards(found) == [str(lucia.pk)], term
    nobody = manager_client.get(REVIEW, {"status": "all", "customer": "nessuno"}).content.decode()
    assert "Nessun avviso o blocco trovato" in nobody


def test_lifting_without_a_reason_is_refused_and_the_form_kept(manager_client, make_ticket):
    blocked(make_ticket)
    block = Sanction.objects.get(kind="block")
    response = decide(manager_client, block, "lift", "  ")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Serve un motivo." in html
    assert f'id="reason-{block.pk}" name="reason" rows="2" aria-invalid="true"' in html
    block.refresh_from_db()
    assert block.status == "applied"


def test_after_a_refusal_the_form_still_returns_to_the_list_it_came_from(
    manager_client, make_ticket
):
    blocked(make_ticket)
    block = Sanction.objects.get(kind="block")
    came_from = f"{REVIEW}?status=all&customer=mario"
    url = reverse("workspace:decide", args=[block.pk])
    refused = manager_client.post(url, {"decision": "lift", "reason": "", "next": came_from})
    html = refused.content.decode()
    assert f'name="next" value="{came_from.replace("&", "&amp;")}"' in html
    assert len(cards(html)) == 2  # the "all" filter, not just what is to review
    done = manager_client.post(url, {"decision": "lift", "reason": "ok", "next": came_from})
    assert done["Location"] == came_from


def test_lifting_a_block_returns_the_customer_and_the_ticket_to_the_queue(
    manager_client, make_ticket
):
    ticket = blocked(make_ticket)
    assert not queue(Ticket.objects.all()).filter(pk=ticket.pk).exists()
    block = Sanction.objects.get(kind="block")
    response = decide(manager_client, block, "lift", "Si è scusato.")
    assert response.status_code == 302 and response["Location"] == REVIEW
    page = manager_client.get(REVIEW).content.decode()
    assert "Blocco revocato: Mario Rossi è di nuovo un cliente attivo." in page
    ticket.customer.refresh_from_db()
    assert ticket.customer.state == CustomerState.ACTIVE
    assert queue(Ticket.objects.all()).filter(pk=ticket.pk).exists()
    assert Event.objects.get(verb="sanction.lifted", subject_id=block.pk).data["reason"] == (
        "Si è scusato."
    )


def test_with_htmx_the_card_is_swapped_in_place(manager_client, make_ticket):
    blocked(make_ticket)
    block = Sanction.objects.get(kind="block")
    response = decide(manager_client, block, "confirm", "Insulti ripetuti.", HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert html.lstrip().startswith(
        f'<article class="card sanction sanction-confirmed" id="s{block.pk}"'
    )
    assert "<html" not in html
    assert "Blocco confermato." in html
    refused = decide(manager_client, block, "confirm", "ancora", HTTP_HX_REQUEST="true")
    assert "Questa decisione non si applica più." in refused.content.decode()


def test_the_open_redirect_is_closed(manager_client, make_ticket):
    blocked(make_ticket)
    block = Sanction.objects.get(kind="block")
    response = manager_client.post(
        reverse("workspace:decide", args=[block.pk]),
        {"decision": "confirm", "reason": "ok", "next": "https://example.com/"},
    )
    assert response["Location"] == REVIEW


def test_agents_cannot_open_or_decide(agent_client, make_ticket):
    blocked(make_ticket)
    block = Sanction.objects.get(kind="block")
    page = agent_client.get(REVIEW)
    assert page.status_code == 403
    assert "Questa pagina è riservata ai responsabili" in page.content.decode()
    assert decide(agent_client, block, "lift", "Perché sì").status_code == 403
    block.refresh_from_db()
    assert block.status == "applied"
    assert "Gestione" not in agent_client.get(reverse("workspace:queue")).content.decode()


def test_another_shops_manager_finds_nothing(client, make_ticket, other_seller):
    from sportello.helpdesk.services.people import add_member

    blocked(make_ticket)
    block = Sanction.objects.get(kind="block")
    client.force_login(add_member(None, other_seller, "altro", "manager", password="x" * 20))
    assert cards(client.get(REVIEW).content.decode()) == []
    assert decide(client, block, "lift", "Perché sì").status_code == 404


def test_blocked_customers_are_listed_with_their_held_messages(manager_client, make_ticket):
    ticket = blocked(make_ticket)
    write(make_ticket, "Rispondete!", 3)
    html = manager_client.get(REVIEW).content.decode()
    row = re.search(
        rf'<tr data-blocked-customer="{ticket.customer_id}">(.*?)</tr>', html, re.S
    ).group(1)
    assert "Mario Rossi" in row and "<td>1</td>" in row


def test_the_management_menu_counts_what_waits(manager_client, make_ticket):
    blocked(make_ticket)
    write(make_ticket, "State attenti a voi.", 3, sender="gino@example.it", name="Gino")
    html = manager_client.get(reverse("workspace:queue")).content.decode()
    menu = html[html.index("<summary>Gestione") : html.index("</details>")]
    # Mario's warning and block, and Gino's warning for the threat: three to review.
    assert re.search(r'Avvisi e blocchi <span class="count">3</span>', menu)
    assert re.search(r'Incidenti <span class="count">1</span> <span class="what">aperti', menu)
    assert re.search(r'Reclami <span class="count">0</span>', menu)


def test_the_review_costs_the_same_queries_however_many_cards(manager_client, make_ticket):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count() -> int:
        manager_client.get(REVIEW)
        with CaptureQueriesContext(connection) as captured:
            assert manager_client.get(REVIEW, {"status": "all"}).status_code == 200
        return len(captured)

    blocked(make_ticket)
    few = count()
    for n in range(3):
        blocked(make_ticket, sender=f"c{n}@example.it", name=f"Cliente {n}")
    assert count() == few
