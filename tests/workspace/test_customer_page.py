"""The customer page: who they are, where they write from, what they asked."""

from datetime import datetime

from django.urls import reverse

from sportello.helpdesk.services import set_status


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_identities_tickets_and_messages_without_a_ticket(agent_client, make_ticket, agent, seller):
    from sportello import clock
    from sportello.helpdesk.services import ingest
    from tests.conftest import inbound_message

    first = make_ticket(
        channel="web_form",
        sender="anna@example.it",
        name="Anna Bianchi",
        subject="Tela rovinata",
        received_at=at("2026-03-02T09:00+01:00"),
    )
    second = make_ticket(
        channel="chat",
        sender="chat-visitor-42",
        email="anna@example.it",
        subject="Fattura",
        order_number="200100",
        received_at=at("2026-03-03T09:00+01:00"),
    )
    set_status(agent, first, "resolved")
    assert second.customer_id == first.customer_id  # she gave the same e-mail
    refused = inbound_message(
        channel="whatsapp",
        sender="+393331234567",
        email="anna@example.it",
        text="Vi scrivo anche su WhatsApp",
        received_at=at("2026-03-04T09:00+01:00"),
    )
    with clock.frozen(refused.received_at):
        result = ingest(refused, seller=seller)
    assert result.ticket is None and result.message.customer_id == first.customer_id

    response = agent_client.get(reverse("workspace:customer", args=[first.customer_id]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Anna Bianchi" in html
    assert ">attivo<" in html
    # identities: channel, address, source
    assert "Modulo di contatto" in html and "Chat" in html and "WhatsApp" in html
    assert "chat-visitor-42" in html and "+393331234567" in html
    assert "mittente sul canale" in html and "indicato dal cliente" in html
    # tickets with status
    assert first.ref in html and ">risolta<" in html
    assert second.ref in html and ">aperta<" in html and "200100" in html
    # the message that opened no ticket
    assert "Messaggi senza richiesta" in html
    assert "Vi scrivo anche su WhatsApp" in html
    assert "canale non ufficiale" in html


def test_a_customer_without_loose_messages(agent_client, make_ticket):
    ticket = make_ticket()
    html = agent_client.get(reverse("workspace:customer", args=[ticket.customer_id])).content
    assert "Nessuno." in html.decode()
