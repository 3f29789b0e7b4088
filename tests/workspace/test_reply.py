"""Replying and changing status from the ticket page, with and without htmx."""

import re

from django.core import mail
from django.urls import reverse

from sportello.helpdesk.models import Direction, MessageKind, OutboundNotice

HTMX = {"HTTP_HX_REQUEST": "true"}


def queue_page(client) -> str:
    return client.get(reverse("workspace:queue")).content.decode()


def test_a_plain_post_replies_redirects_and_the_ticket_leaves_the_queue(
    agent_client, make_ticket, agent, django_capture_on_commit_callbacks
):
    ticket = make_ticket(subject="Tela rovinata")
    assert ticket.ref in queue_page(agent_client)
    url = reverse("workspace:reply", args=[ticket.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = agent_client.post(url, {"text": "Ci scusiamo, spediamo una tela nuova."})
    assert response.status_code == 302
    assert response["Location"] == reverse("workspace:ticket", args=[ticket.pk])

    reply = ticket.messages.get(direction=Direction.OUT, kind=MessageKind.REPLY)
    assert reply.text == "Ci scusiamo, spediamo una tela nuova."
    assert reply.author == agent
    assert OutboundNotice.objects.get(message=reply).state == "sent"
    assert [m.to for m in mail.outbox if m.body.startswith("Ci scusiamo")] == [["anna@example.it"]]

    page = agent_client.get(response["Location"]).content.decode()
    assert "Risposta inviata a" in page
    assert "Ci scusiamo, spediamo una tela nuova." in page
    assert ticket.ref not in queue_page(agent_client)


def test_an_htmx_reply_returns_the_updated_thread_only(agent_client, make_ticket):
    ticket = make_ticket(subject="Tela rovinata")
    url = reverse("workspace:reply", args=[ticket.pk])
    response = agent_client.post(url, {"text": "Arriva domani.", "then": ""}, **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<div id="ticket-main">')
    assert "<html" not in html
    assert "Risposta inviata a" in html
    assert "Arriva domani." in html
    assert '<textarea name="text"' in html and "Arriva domani.</textarea>" not in html
    assert ticket.ref not in queue_page(agent_client)
    assert ticket.messages.filter(kind=MessageKind.REPLY).count() == 1


def test_an_empty_reply_is_refused_in_italian(agent_client, make_ticket):
    ticket = make_ticket()
    url = reverse("workspace:reply", args=[ticket.pk])
    for headers in ({}, HTMX):
        response = agent_client.post(url, {"text": "   "}, **headers)
        assert response.status_code == 200
        html = response.content.decode()
        assert "La risposta è vuota." in html
        # beside the text box, which is marked invalid for assistive technology
        assert re.search(r'class="errorlist"[^>]*><li>La risposta è vuota.</li>', html)
        assert 'aria-invalid="true"' in html
    assert not ticket.messages.filter(kind=MessageKind.REPLY).exists()
    ticket.refresh_from_db()
    assert ticket.needs_reply


def test_a_refused_reply_keeps_the_text_typed(agent_client, make_ticket):
    ticket = make_ticket()
    url = reverse("workspace:reply", args=[ticket.pk])
    long_text = "Testo <b>lungo</b> " * 2000  # over the service's 20,000 characters
    for headers in ({}, HTMX):
        response = agent_client.post(url, {"text": long_text}, **headers)
        html = response.content.decode()
        assert "La risposta supera i 20000 caratteri." in html
        assert "Testo &lt;b&gt;lungo&lt;/b&gt; Testo" in html  # kept, and escaped
    assert not ticket.messages.filter(kind=MessageKind.REPLY).exists()


def test_reply_and_resolve(agent_client, make_ticket):
    ticket = make_ticket()
    url = reverse("workspace:reply", args=[ticket.pk])
    agent_client.post(url, {"text": "Fatto, rimborso emesso.", "then": "resolved"})
    ticket.refresh_from_db()
    assert ticket.status == "resolved"
    assert not ticket.needs_reply


def test_reply_and_put_on_hold(agent_client, make_ticket):
    ticket = make_ticket()
    url = reverse("workspace:reply", args=[ticket.pk])
    response = agent_client.post(url, {"text": "Ci manda una foto?", "then": "pending"}, **HTMX)
    ticket.refresh_from_db()
    assert ticket.status == "pending"
    assert "in attesa" in response.content.decode()


def test_status_change_with_and_without_htmx(agent_client, make_ticket):
    ticket = make_ticket()
    url = reverse("workspace:status", args=[ticket.pk])
    response = agent_client.post(url, {"status": "resolved"})
    assert response.status_code == 302
    ticket.refresh_from_db()
    assert ticket.status == "resolved"
    page = agent_client.get(response["Location"]).content.decode()
    assert "Ora la richiesta è «risolta»." in page
    assert "ha cambiato lo stato da «aperta» a «risolta»" in page
    assert ticket.ref not in queue_page(agent_client)

    response = agent_client.post(url, {"status": "open"}, **HTMX)
    assert response.status_code == 200
    ticket.refresh_from_db()
    assert ticket.status == "open"
    assert "Ora la richiesta è «aperta»." in response.content.decode()
    assert ticket.ref in queue_page(agent_client)  # still unanswered


def test_an_unknown_status_is_refused(agent_client, make_ticket):
    ticket = make_ticket()
    response = agent_client.post(
        reverse("workspace:status", args=[ticket.pk]), {"status": "cancellato"}
    )
    assert "Stato sconosciuto." in response.content.decode()
    ticket.refresh_from_db()
    assert ticket.status == "open"


def test_the_forms_carry_a_csrf_token_and_are_enforced(client, agent, make_ticket):
    from django.test import Client

    ticket = make_ticket()
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(agent)
    page = strict.get(reverse("workspace:ticket", args=[ticket.pk])).content.decode()
    assert page.count('name="csrfmiddlewaretoken"') >= 3  # status, reply, logout
    response = strict.post(reverse("workspace:reply", args=[ticket.pk]), {"text": "Ciao"})
    assert response.status_code == 403
    assert not ticket.messages.filter(kind=MessageKind.REPLY).exists()


def test_get_on_a_post_only_url_is_refused(agent_client, make_ticket):
    ticket = make_ticket()
    assert agent_client.get(reverse("workspace:reply", args=[ticket.pk])).status_code == 405
