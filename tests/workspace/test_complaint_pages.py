"""Complaints for managers (/gestione/reclami/): never shown to the agent concerned, not
even when that agent is a manager; the conclusion goes to the customer."""

import pytest
from django.test import Client
from django.urls import reverse

from sportello.helpdesk.models import OutboundNotice
from sportello.helpdesk.services import reply
from sportello.helpdesk.services.complaints import file_complaint

COMPLAINTS = reverse("workspace:complaints")
TEXT = "L'operatore mi ha risposto in modo sgarbato e non ha letto il mio messaggio."


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def complaint(make_ticket, agent):
    ticket = make_ticket(name="Anna Bianchi")
    reply(agent, ticket, "Non possiamo farci niente.")
    return file_complaint(ticket, agent_id=agent.pk, text=TEXT)


def test_a_manager_reads_the_complaint_and_concludes_it(complaint, manager):
    client = logged_in(manager)
    listing = client.get(COMPLAINTS).content.decode()
    assert f'data-complaint="{complaint.pk}"' in listing
    assert "Agente Test" in listing and "da concludere" in listing
    page = client.get(reverse("workspace:complaint", args=[complaint.pk])).content.decode()
    assert TEXT.replace("'", "&#x27;") in page
    assert "Non possiamo farci niente." in page  # the agent's reply, for context

    url = reverse("workspace:complaint_conclude", args=[complaint.pk])
    refused = client.post(url, {"conclusion": " "})
    assert "Scrivi la conclusione per il cliente." in refused.content.decode()
    response = client.post(url, {"conclusion": "Ci scusiamo: abbiamo richiamato il collega."})
    assert response.status_code == 302
    page = client.get(reverse("workspace:complaint", args=[complaint.pk])).content.decode()
    assert "Conclusione inviata al cliente." in page
    notice = OutboundNotice.objects.get(kind="complaint_conclusion")
    assert "Ci scusiamo: abbiamo richiamato il collega." in notice.message.text


def test_agents_see_no_complaints(agent_client, complaint):
    assert agent_client.get(COMPLAINTS).status_code == 403
    detail = reverse("workspace:complaint", args=[complaint.pk])
    assert agent_client.get(detail).status_code == 403
    html = agent_client.get(reverse("workspace:queue")).content.decode()
    assert "Reclami" not in html


def test_the_agent_concerned_never_sees_it_even_as_a_manager(complaint, agent):
    agent.memberships.update(role="manager")
    client = logged_in(agent)
    listing = client.get(COMPLAINTS).content.decode()
    assert "Nessun reclamo" in listing and TEXT not in listing
    assert client.get(reverse("workspace:complaint", args=[complaint.pk])).status_code == 404
    concluded = client.post(
        reverse("workspace:complaint_conclude", args=[complaint.pk]), {"conclusion": "Archiviato."}
    )
    assert concluded.status_code == 404
    queue = client.get(reverse("workspace:queue")).content.decode()
    assert 'Reclami <span class="count">0</span>' in queue


def test_the_conclusion_is_not_in_the_thread_the_agent_reads(complaint, agent, manager):
    from sportello.helpdesk.services.complaints import conclude_complaint

    conclude_complaint(manager, complaint, "Il collega è stato richiamato.")
    url = reverse("workspace:ticket", args=[complaint.ticket_id])
    seen_by_agent = logged_in(agent).get(url).content.decode()
    assert "Il collega è stato richiamato." not in seen_by_agent
    assert "conclusione del reclamo" not in seen_by_agent
    seen_by_manager = logged_in(manager).get(url).content.decode()
    assert "Il collega è stato richiamato." in seen_by_manager
