"""All requests: newest activity first, filter by status, search."""

import re

from django.urls import reverse

from sportello.helpdesk.services import set_status

TICKETS = reverse("workspace:tickets")


def refs(html: str) -> set[str]:
    return set(re.findall(r'data-ticket="(T-\d+)"', html))


def test_filter_by_status(agent_client, make_ticket, agent):
    open_ticket = make_ticket(sender="a@example.it")
    pending = make_ticket(sender="b@example.it")
    resolved = make_ticket(sender="c@example.it")
    set_status(agent, pending, "pending")
    set_status(agent, resolved, "resolved")

    def listed(status: str) -> set[str]:
        return refs(agent_client.get(TICKETS, {"status": status}).content.decode())

    assert listed("") == {open_ticket.ref, pending.ref, resolved.ref}
    assert listed("open") == {open_ticket.ref}
    assert listed("pending") == {pending.ref}
    assert listed("resolved") == {resolved.ref}


def test_search_by_subject_customer_order_and_ref(agent_client, make_ticket):
    tela = make_ticket(sender="a@example.it", subject="Tela rovinata", name="Anna Bianchi")
    zaino = make_ticket(
        sender="b@example.it",
        subject="Zaino mai arrivato",
        name="Luca Verdi",
        order_number="#100482",
    )

    def found(term: str) -> set[str]:
        return refs(agent_client.get(TICKETS, {"q": term}).content.decode())

    assert found("rovinata") == {tela.ref}
    assert found("verdi") == {zaino.ref}
    assert found("100482") == {zaino.ref}
    assert found("#100482") == {zaino.ref}
    assert found(tela.ref) == {tela.ref}
    assert found(tela.ref.lower()) == {tela.ref}
    assert found("nessuno così") == set()


def test_nothing_found_says_so(agent_client):
    page = agent_client.get(TICKETS, {"q": "introvabile"}).content.decode()
    assert "Nessuna richiesta trovata" in page


def test_an_unknown_status_filter_is_ignored_not_a_crash(agent_client, make_ticket):
    ticket = make_ticket()
    response = agent_client.get(TICKETS, {"status": "boh"})
    assert response.status_code == 200
    assert ticket.ref in refs(response.content.decode())
