"""The customer's page for a request (/r/<token>/): their public thread only, and the
form to complain about the service, which reaches the managers and is concluded there."""

from datetime import datetime

import pytest
from django.test import Client
from django.urls import reverse

from sportello import clock
from sportello.helpdesk.models import Complaint, OutboundNotice
from sportello.helpdesk.services import reply
from sportello.helpdesk.services.complaints import conclude_complaint
from sportello.helpdesk.tokens import SALT, ticket_token

FIRST = "Buongiorno, la tela 40x50 è arrivata con un angolo rotto."
OTHER = "Un'altra domanda: fate anche cornici su misura?"
STRANGER = "Messaggio di un'altra persona, riservato."


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.fixture
def ticket(make_ticket, agent):
    ticket = make_ticket(
        name="Anna Bianchi",
        subject="Tela rovinata",
        order_number="100482",
        text=FIRST,
        received_at=at("2026-03-02T09:00+01:00"),
    )
    with clock.frozen(at("2026-03-02T10:00+01:00")):
        reply(agent, ticket, "Buongiorno Anna, le spediamo una tela nuova oggi stesso.")
    make_ticket(text="Tutto bene, grazie.", received_at=at("2026-03-02T11:00+01:00"))
    return ticket


@pytest.fixture
def others(make_ticket):
    """Anna's other request and someone else's: neither may show on this page."""
    anna_other = make_ticket(
        text=OTHER, order_number="200777", received_at=at("2026-03-02T12:00+01:00")
    )
    stranger = make_ticket(sender="gino@example.it", text=STRANGER)
    return anna_other, stranger


def url(ticket, name: str = "portal:ticket") -> str:
    return reverse(name, args=[ticket_token(ticket)])


def test_the_page_shows_the_request_and_its_public_thread(client, ticket, others):
    with clock.frozen(at("2026-03-02T12:30+01:00")):
        response = client.get(url(ticket))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="it">' in html
    assert ticket.ref in html and "Tela rovinata" in html and "100482" in html
    assert "in lavorazione" in html  # the customer wrote again after the reply
    assert "La nostra risposta entro" in html and "martedì 3 marzo 2026 alle 11:00" in html
    assert FIRST in html and "Tutto bene, grazie." in html
    assert "le spediamo una tela nuova oggi stesso" in html
    assert "<strong>Agente</strong>" in html  # the agent by first name only
    assert "Agente Test" not in html
    assert "Messaggio automatico" in html and "abbiamo ricevuto" in html  # the acknowledgement
    for hidden in (OTHER, STRANGER, "Richiesta aperta", "anna@example.it", "evidence"):
        assert hidden not in html, hidden
    assert response["Referrer-Policy"] == "no-referrer"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    "token",
    ["garbage", "eyJ0IjoxLCJjIjoxfQ:1tXyZa:forgedsignature", ".eJyrVipRsjLUUUpWsjI00lHKBAAxFAQH"],
    ids=["garbled", "forged", "unsigned"],
)
def test_a_bad_link_is_a_friendly_italian_404(client, ticket, token):
    response = client.get(reverse("portal:ticket", args=[token]))
    assert response.status_code == 404
    html = response.content.decode()
    assert "Non abbiamo trovato questa richiesta" in html
    assert FIRST not in html


def test_a_token_naming_another_customers_ticket_is_refused(client, ticket, others):
    from django.core import signing

    _anna_other, stranger = others
    # Signed with our key but pairing Anna with Gino's ticket: no such request.
    token = signing.dumps({"t": stranger.pk, "c": ticket.customer_id}, salt=SALT, compress=True)
    response = client.get(reverse("portal:ticket", args=[token]))
    assert response.status_code == 404 and STRANGER not in response.content.decode()


def test_a_complaint_reaches_the_managers_and_the_conclusion_the_customer(ticket, agent, manager):
    customer = Client(enforce_csrf_checks=True)
    page = customer.get(url(ticket)).content.decode()
    assert "Segnala un problema con il servizio" in page
    assert f'<option value="{agent.pk}">Agente</option>' in page
    assert "nessuno in particolare" in page
    csrf = customer.cookies["csrftoken"].value

    response = customer.post(
        url(ticket, "portal:complaint"),
        {
            "agent": agent.pk,
            "text": "Mi ha risposto in modo sbrigativo.",
            "csrfmiddlewaretoken": csrf,
        },
    )
    assert response.status_code == 302 and response["Location"] == url(
        ticket, "portal:complaint_sent"
    )
    sent = customer.get(response["Location"]).content.decode()
    assert "Grazie: il tuo reclamo è stato inviato" in sent

    complaint = Complaint.objects.get()
    assert complaint.agent == agent and complaint.ticket == ticket
    managers = Client()
    managers.force_login(manager)
    assert (
        "Mi ha risposto in modo sbrigativo."
        in managers.get(reverse("workspace:complaint", args=[complaint.pk])).content.decode()
    )
    conclude_complaint(manager, complaint, "Abbiamo parlato con il collega: ci scusiamo.")
    notice = OutboundNotice.objects.get(kind="complaint_conclusion")
    assert notice.customer == ticket.customer and notice.to == "anna@example.it"

    page = customer.get(url(ticket)).content.decode()
    assert "Abbiamo parlato con il collega: ci scusiamo." in page
    assert "concluso: i responsabili ti hanno scritto" in page


def test_a_complaint_without_the_csrf_token_is_refused(ticket):
    customer = Client(enforce_csrf_checks=True)
    response = customer.post(url(ticket, "portal:complaint"), {"agent": "", "text": "Male."})
    assert response.status_code == 403
    assert not Complaint.objects.exists()


def test_the_form_keeps_the_text_and_says_what_is_wrong(client, ticket, manager):
    empty = client.post(url(ticket, "portal:complaint"), {"agent": "", "text": "  "})
    assert empty.status_code == 400
    assert "Descrivi il problema con il servizio." in empty.content.decode()
    wrong = client.post(
        url(ticket, "portal:complaint"), {"agent": str(manager.pk), "text": "Scortese."}
    )
    assert wrong.status_code == 400 and "Scortese." in wrong.content.decode()
    assert not Complaint.objects.exists()
    nobody = client.post(url(ticket, "portal:complaint"), {"agent": "", "text": "Tempi lunghi."})
    assert nobody.status_code == 302
    assert Complaint.objects.get().agent is None


def test_an_english_customer_reads_the_page_in_english(client, make_ticket):
    ticket = make_ticket(
        sender="john@example.com",
        text="Hello, my parcel arrived broken. Could you send a new one, please?",
    )
    ticket.customer.refresh_from_db()
    assert ticket.customer.language == "en"
    html = client.get(url(ticket)).content.decode()
    assert '<html lang="en">' in html and "Report a problem with the service" in html
