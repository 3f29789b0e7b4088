"""What agents and managers see of the policy's marks: the flood badge while it lasts,
the managers' list of flagged requests, and the messages of a blocked customer, which
only managers read."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse

from sportello import clock
from tests.workspace.conduct import POLITE, at, blocked, write

QUEUE = reverse("workspace:queue")
ATTENTION = reverse("workspace:attention")
LATER = "Vorrei aggiungere che anche la cornice era rovinata."


@pytest.fixture
def manager_client(manager):
    """A browser of its own, beside `agent_client`."""
    client = Client()
    client.force_login(manager)
    return client


def badges(html: str, ticket) -> list[str]:
    row = re.search(rf'<tr class="ticket-row" data-ticket="{ticket.ref}">(.*?)</tr>', html, re.S)
    return re.findall(r'class="badge flag flag-(\w+)"', row.group(1)) if row else []


def test_the_flood_badge_shows_during_the_window_and_clears_on_its_own(agent_client, make_ticket):
    ticket = None
    for minute in range(0, 30, 5):  # six messages in 25 minutes: the sixth is a flood
        ticket = write(make_ticket, f"Messaggio numero {minute // 5 + 1}.", minute / 60)
    ticket.customer.refresh_from_db()
    assert ticket.customer.flood_until == at(1)

    with clock.frozen(at(0.5)):
        queue = agent_client.get(QUEUE).content.decode()
        page = agent_client.get(reverse("workspace:ticket", args=[ticket.pk])).content.decode()
    assert badges(queue, ticket) == ["flood"]
    assert '<span class="badge flag flag-flood" title="Più di 5 messaggi' in page

    with clock.frozen(at(1) + timedelta(minutes=1)):
        queue = agent_client.get(QUEUE).content.decode()
        page = agent_client.get(reverse("workspace:ticket", args=[ticket.pk])).content.decode()
    assert ticket.ref in queue and badges(queue, ticket) == []
    assert "flag-flood" not in page


def test_the_attention_list_holds_flagged_requests_only(manager_client, make_ticket):
    calm = make_ticket(sender="anna@example.it", text=POLITE)
    lawyer = make_ticket(
        sender="gino@example.it",
        text="Voglio parlare con il titolare, altrimenti mi rivolgerò a un avvocato.",
    )
    rude = blocked(make_ticket)
    html = manager_client.get(ATTENTION).content.decode()
    assert badges(html, lawyer) == ["manager"]
    assert badges(html, rude) == ["abuse"]
    assert calm.ref not in html

    only_manager = manager_client.get(ATTENTION, {"flag": "manager"}).content.decode()
    assert lawyer.ref in only_manager and rude.ref not in only_manager


def test_resolved_requests_leave_the_attention_list_unless_asked(
    manager_client, make_ticket, manager
):
    from sportello.helpdesk.services import set_status

    lawyer = make_ticket(sender="gino@example.it", text="Farò denuncia ai carabinieri.")
    set_status(manager, lawyer, "resolved")
    assert lawyer.ref not in manager_client.get(ATTENTION).content.decode()
    assert lawyer.ref in manager_client.get(ATTENTION, {"resolved": "on"}).content.decode()
    assert "Nessuna richiesta segnalata" in manager_client.get(ATTENTION).content.decode()


def test_agents_cannot_open_the_attention_list(agent_client):
    assert agent_client.get(ATTENTION).status_code == 403


def test_messages_received_while_blocked_are_hidden_from_agents(
    agent_client, manager_client, make_ticket
):
    ticket = blocked(make_ticket)
    write(make_ticket, LATER, 3)
    write(make_ticket, "Ultimo avviso: rispondete.", 4)
    assert ticket.messages.filter(state="blocked").count() == 2

    url = reverse("workspace:ticket", args=[ticket.pk])
    seen_by_agent = agent_client.get(url).content.decode()
    assert LATER not in seen_by_agent and "Ultimo avviso" not in seen_by_agent
    assert "2 messaggi visibili solo ai responsabili" in seen_by_agent
    assert "branco di idioti</mark>" in seen_by_agent  # the message that caused the block shows

    seen_by_manager = manager_client.get(url).content.decode()
    assert LATER in seen_by_manager and "Ultimo avviso" in seen_by_manager
    assert "visibili solo ai responsabili" not in seen_by_manager
    assert "da un cliente bloccato" in seen_by_manager


def test_the_customer_page_hides_them_too(agent_client, manager_client, make_ticket):
    ticket = blocked(make_ticket)
    write(make_ticket, LATER, 3)
    url = reverse("workspace:customer", args=[ticket.customer_id])
    seen_by_agent = agent_client.get(url).content.decode()
    assert LATER not in seen_by_agent
    assert "1 messaggio visibile solo ai responsabili" in seen_by_agent
    assert "Avvisi e blocchi" not in seen_by_agent

    seen_by_manager = manager_client.get(url).content.decode()
    assert "Messaggi ricevuti durante il blocco" in seen_by_manager and LATER in seen_by_manager
    assert "Avvisi e blocchi" in seen_by_manager and "da rivedere" in seen_by_manager
