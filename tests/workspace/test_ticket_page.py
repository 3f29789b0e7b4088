"""The ticket page: the whole history in time order, told in Italian."""

import re
from datetime import datetime

import pytest
from django.urls import reverse

from sportello import clock
from sportello.helpdesk.services import reply
from sportello.inbound import InboundAttachment
from sportello.text import Span, Understanding


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path  # attachments stored by ingest() land here


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def page_of(client, ticket) -> str:
    response = client.get(reverse("workspace:ticket", args=[ticket.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_header_tells_the_essentials(agent_client, make_ticket):
    ticket = make_ticket(
        name="Anna Bianchi",
        subject="Tela rovinata",
        order_number="100482",
        channel="web_form",
        sender="anna@example.it",
        received_at=at("2026-03-03T10:00+01:00"),
    )
    with clock.frozen(at("2026-03-03T11:00+01:00")):
        html = page_of(agent_client, ticket)
    assert f'<span class="ref">{ticket.ref}</span> Tela rovinata' in html
    assert ">aperta<" in html
    assert reverse("workspace:customer", args=[ticket.customer_id]) in html
    assert "100482" in html
    assert "Modulo di contatto" in html
    assert "entro mer 4 mar, 10:00" in html


def test_the_thread_merges_messages_notices_replies_and_events_in_order(
    agent_client, make_ticket, agent
):
    ticket = make_ticket(
        sender="anna@example.it",
        text="Prima riga\nseconda riga",
        quoted_text="> vecchia mail",
        received_at=at("2026-03-02T09:00+01:00"),
        attachments=(InboundAttachment("foto.jpg", "image/jpeg", content=b"x" * 2048),),
    )
    make_ticket(sender="anna@example.it", text="Allora?", received_at=at("2026-03-02T15:00+01:00"))
    with clock.frozen(at("2026-03-02T16:00+01:00")):
        reply(agent, ticket, "Ecco la risposta.")
    html = page_of(agent_client, ticket)

    order = [
        html.index("Prima riga\nseconda riga"),  # line breaks kept (pre-wrap)
        html.index("Avviso automatico"),  # the acknowledgement
        html.index("Allora?"),
        html.index("Ecco la risposta."),
    ]
    assert order == sorted(order)
    assert "conferma di ricezione" in html
    assert "in coda di invio" in html  # delivery state: nothing ran after commit here
    assert 'Agente Test</strong> <span class="kind">ha risposto' in html
    assert "Richiesta aperta da un nuovo messaggio" in html  # an event, in Italian
    assert "agente ha risposto via E-mail" in html
    assert "<summary>Mostra il testo citato</summary>" in html
    assert "&gt; vecchia mail" in html
    assert "foto.jpg" in html and "2,0\xa0KB" in html
    attachment = ticket.messages.get(text__startswith="Prima").attachments.get()
    assert reverse("workspace:attachment", args=[ticket.pk, attachment.pk]) in html


def test_a_failed_delivery_shows_its_error(agent_client, make_ticket, agent, monkeypatch):
    from sportello.channels import outbound
    from sportello.helpdesk.services.notices import deliver

    class Broken:
        def send(self, notice):
            raise ConnectionRefusedError("server SMTP irraggiungibile")

    ticket = make_ticket()
    monkeypatch.setattr(outbound, "adapter_for", lambda channel: Broken())
    message = reply(agent, ticket, "Risposta che non parte.")
    deliver(message.delivery.pk)  # one attempt; the retry would be scheduled after commit
    html = page_of(agent_client, ticket)
    assert "Risposta che non parte." in html
    assert "ConnectionRefusedError: server SMTP irraggiungibile" in html
    assert "non ancora consegnato (tentativo 1)" in html  # the event


def test_customer_text_is_escaped(agent_client, make_ticket):
    ticket = make_ticket(
        subject="<img src=x onerror=alert(1)>", text="<script>alert('x')</script> ciao"
    )
    html = page_of(agent_client, ticket)
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; ciao" in html
    assert "<img src=x" not in html


@pytest.fixture
def analyser(monkeypatch):
    """Stand in for the text layer so a message arrives with labels and evidence."""
    from sportello.helpdesk.services import ingestion

    def analyse(text: str, subject: str | None = None) -> Understanding:
        spans = []
        for match in re.finditer(r"URGENTE|<b>subito</b>", text):
            spans.append(Span("urgency_claim", match.start(), match.end(), match[0], "urgent.word"))
        if subject and "URGENTE" in subject:
            start = subject.index("URGENTE")
            spans.append(
                Span("urgency_claim", start, start + 7, "URGENTE", "urgent.word", "subject")
            )
        return Understanding(
            labels=("urgency_claim",) if spans else (),
            spans=tuple(spans),
            questions=(),
            language="it",
        )

    monkeypatch.setattr(ingestion, "analyse", analyse)


def test_labels_are_badges_and_their_evidence_is_highlighted(agent_client, make_ticket, analyser):
    ticket = make_ticket(subject="Pacco URGENTE", text="Rispondete <b>subito</b>, è URGENTE!")
    html = page_of(agent_client, ticket)
    assert '<span class="badge label label-urgency_claim">dichiara urgenza</span>' in html
    marks = re.findall(
        r'<mark class="evidence ev-urgency_claim" title="([^"]*)">(.*?)</mark>', html
    )
    assert ("dichiara urgenza (urgent.word)", "&lt;b&gt;subito&lt;/b&gt;") in marks
    assert ("dichiara urgenza (urgent.word)", "URGENTE") in marks
    assert '<p class="msg-subject">Pacco <mark' in html  # the subject's span too
    assert "<b>subito</b>" not in html


def test_another_ticket_attachment_is_not_served_through_this_ticket(agent_client, make_ticket):
    first = make_ticket(
        sender="a@example.it",
        attachments=(InboundAttachment("a.pdf", "application/pdf", content=b"%PDF-a"),),
    )
    second = make_ticket(sender="b@example.it")
    attachment = first.messages.get(direction="in").attachments.get()
    ok = agent_client.get(reverse("workspace:attachment", args=[first.pk, attachment.pk]))
    assert ok.status_code == 200
    assert ok["Content-Disposition"].startswith("attachment;")
    assert b"".join(ok.streaming_content) == b"%PDF-a"
    wrong = agent_client.get(reverse("workspace:attachment", args=[second.pk, attachment.pk]))
    assert wrong.status_code == 404
