"""Incidents for managers: the list, the evidence pack on the page, the outcome, and the
exports for the authorities."""

import hashlib
import json

import pytest
from django.test import Client
from django.urls import reverse

from sportello.helpdesk import evidence
from sportello.helpdesk.models import Event, Incident
from tests.workspace.conduct import INSULT, POLITE, THREAT, write

INCIDENTS = reverse("workspace:incidents")


@pytest.fixture(autouse=True)
def var_dir(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    settings.SPORTELLO_SIGNING_KEY = ""


@pytest.fixture
def manager_client(manager):
    client = Client()
    client.force_login(manager)
    return client


@pytest.fixture
def incident(make_ticket):
    write(make_ticket, POLITE, 0)
    write(make_ticket, INSULT, 1)
    write(make_ticket, THREAT, 2)
    return Incident.objects.get()


def test_the_list_shows_open_incidents_and_an_empty_state(manager_client, seller):
    assert "Nessun incidente" in manager_client.get(INCIDENTS).content.decode()


def test_the_detail_shows_the_evidence_pack(manager_client, incident):
    html = manager_client.get(INCIDENTS).content.decode()
    assert f'data-incident="{incident.ref}"' in html and "Mario Rossi" in html
    page = manager_client.get(reverse("workspace:incident", args=[incident.pk])).content.decode()
    assert ">So dove avete il magazzino</mark>" in page
    assert ">State attenti a voi</mark>" in page
    assert "<code>threat.careful</code>" in page
    threat = incident.messages.get()
    assert threat.external_id.replace("<", "&lt;").replace(">", "&gt;") in page
    assert hashlib.sha256(THREAT.encode()).hexdigest() in page
    received = Event.objects.get(verb="message.received", subject_id=threat.pk)
    assert received.hash in page
    assert "integra (" in page
    assert "Esporta per le autorità" in page


def test_marking_reported_then_closed_with_a_note(manager_client, incident):
    url = reverse("workspace:incident_close", args=[incident.pk])
    response = manager_client.post(url, {"status": "reported", "note": "Denuncia n. 42."})
    assert response.status_code == 302
    page = manager_client.get(reverse("workspace:incident", args=[incident.pk])).content.decode()
    assert f"Incidente {incident.ref}: segnalato alle autorità." in page
    assert "Denuncia n. 42." in page
    manager_client.post(url, {"status": "closed", "note": "Archiviato."})
    incident.refresh_from_db()
    assert incident.status == "closed" and incident.note == "Archiviato."
    assert manager_client.post(url, {"status": "riaperto"}).status_code == 200


def test_the_json_export_is_a_signed_bundle_that_verifies(manager_client, incident, manager):
    response = manager_client.post(reverse("workspace:incident_export", args=[incident.pk, "json"]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert f"{incident.ref}-" in response["Content-Disposition"]
    assert evidence.verify_bundle(response.content).ok
    assert json.loads(response.content)["pack"]["messages"][-1]["text"] == THREAT
    event = Event.objects.get(verb="incident.exported")
    assert event.actor == manager
    assert event.data["sha256"] == hashlib.sha256(response.content).hexdigest()


def test_the_pdf_export(manager_client, incident):
    response = manager_client.post(reverse("workspace:incident_export", args=[incident.pk, "pdf"]))
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-1.4")
    assert (
        manager_client.get(
            reverse("workspace:incident_export", args=[incident.pk, "pdf"])
        ).status_code
        == 405
    )  # a link prefetch never exports


def test_agents_and_other_shops_get_nothing(agent_client, client, incident, other_seller):
    from sportello.helpdesk.services.people import add_member

    assert agent_client.get(INCIDENTS).status_code == 403
    assert agent_client.get(reverse("workspace:incident", args=[incident.pk])).status_code == 403
    export = reverse("workspace:incident_export", args=[incident.pk, "json"])
    assert agent_client.post(export).status_code == 403
    stranger = Client()
    stranger.force_login(add_member(None, other_seller, "altro", "manager", password="x" * 20))
    assert stranger.get(reverse("workspace:incident", args=[incident.pk])).status_code == 404
    assert stranger.post(export).status_code == 404
    assert not Event.objects.filter(verb="incident.exported").exists()
