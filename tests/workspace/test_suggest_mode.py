"""Suggest mode: the policy proposes warnings and blocks, an agent applies or dismisses
them from the ticket page; managers switch the mode on the settings page."""

import re

import pytest
from django.urls import reverse

from sportello.helpdesk.models import CustomerState, Event, OutboundNotice, Sanction
from tests.workspace.conduct import VAFFA, warned, write

SETTINGS = reverse("workspace:settings")


@pytest.fixture
def suggest(seller, manager):
    from sportello.helpdesk.services import update_policy_settings

    update_policy_settings(manager, seller, abuse_mode="suggest")


def ticket_page(client, ticket) -> str:
    response = client.get(reverse("workspace:ticket", args=[ticket.pk]))
    assert response.status_code == 200
    return response.content.decode()


def act(client, ticket, sanction, decision: str, reason: str = "", **headers):
    return client.post(
        reverse("workspace:proposal", args=[ticket.pk, sanction.pk]),
        {"decision": decision, "reason": reason},
        **headers,
    )


def test_a_proposal_shows_on_the_ticket_with_its_evidence(agent_client, make_ticket, suggest):
    ticket = warned(make_ticket)
    html = ticket_page(agent_client, ticket)
    assert "Proposta: avviso" in html
    assert ">incompetenti del cazzo</mark>" in html
    assert "Applica l'avviso" in html and "Scarta" in html


def test_an_agent_applies_the_warning(agent_client, make_ticket, suggest):
    ticket = warned(make_ticket)
    proposal = Sanction.objects.get()
    response = act(agent_client, ticket, proposal, "apply")
    assert response.status_code == 302
    html = ticket_page(agent_client, ticket)
    assert "Avviso applicato: al cliente è stata inviata la comunicazione." in html
    assert "Proposta: avviso" not in html
    ticket.customer.refresh_from_db()
    assert ticket.customer.state == CustomerState.WARNED
    assert OutboundNotice.objects.filter(kind="abuse_warning").count() == 1


def test_dismissing_needs_a_reason_and_keeps_what_was_typed(agent_client, make_ticket, suggest):
    ticket = warned(make_ticket)
    proposal = Sanction.objects.get()
    html = act(agent_client, ticket, proposal, "dismiss", "", HTTP_HX_REQUEST="true")
    text = html.content.decode()
    assert 'id="ticket-main"' in text and "<html" not in text
    assert "Serve un motivo." in text
    proposal.refresh_from_db()
    assert proposal.status == "proposed"

    response = act(agent_client, ticket, proposal, "dismiss", "Parlava del corriere.")
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == "dismissed" and proposal.decision_reason == "Parlava del corriere."
    ticket.customer.refresh_from_db()
    assert ticket.customer.state == CustomerState.ACTIVE
    assert not OutboundNotice.objects.filter(kind="abuse_warning").exists()


def test_a_proposed_block_for_a_warned_customer(agent_client, make_ticket, suggest):
    ticket = warned(make_ticket)
    act(agent_client, ticket, Sanction.objects.get(), "apply")
    write(make_ticket, VAFFA, 2)
    html = ticket_page(agent_client, ticket)
    assert "Proposta: blocco" in html and ">Vaffanculo</mark>" in html
    act(agent_client, ticket, Sanction.objects.get(kind="block"), "apply")
    ticket.customer.refresh_from_db()
    assert ticket.customer.state == CustomerState.BLOCKED


def test_another_customers_proposal_cannot_be_decided_from_this_ticket(
    agent_client, make_ticket, suggest
):
    warned(make_ticket)
    other = make_ticket(sender="lucia@example.it")
    proposal = Sanction.objects.get()
    assert act(agent_client, other, proposal, "apply").status_code == 404


def test_managers_switch_the_mode_and_edit_the_policy(client, manager, seller):
    client.force_login(manager)
    page = client.get(SETTINGS).content.decode()
    assert "Protocollo contro gli abusi" in page
    assert re.search(r'<input type="radio" name="abuse_mode" value="automatic"[^>]* checked', page)
    assert "Il testo predefinito di Sportello" in page
    response = client.post(
        SETTINGS, {"abuse_mode": "suggest", "conduct_policy": "Rispettate il nostro team."}
    )
    assert response.status_code == 302
    seller.refresh_from_db()
    assert seller.abuse_mode == "suggest" and seller.conduct_policy == "Rispettate il nostro team."
    assert Event.objects.filter(verb="seller.policy_changed", actor=manager).exists()
    assert "Impostazioni salvate." in client.get(SETTINGS).content.decode()


def test_a_too_long_policy_is_refused_with_the_text_kept(client, manager, seller):
    client.force_login(manager)
    response = client.post(SETTINGS, {"abuse_mode": "automatic", "conduct_policy": "x" * 10_001})
    assert response.status_code == 200
    assert "x" * 100 in response.content.decode()
    seller.refresh_from_db()
    assert seller.conduct_policy == ""


def test_agents_cannot_change_the_settings(agent_client, seller):
    assert agent_client.get(SETTINGS).status_code == 403
    response = agent_client.post(SETTINGS, {"abuse_mode": "suggest", "conduct_policy": ""})
    assert response.status_code == 403
    seller.refresh_from_db()
    assert seller.abuse_mode == "automatic"
