"""The queue: first come, first served, with the reply promise in sight."""

from datetime import datetime

import pytest
from django.urls import reverse

from sportello import clock

QUEUE = reverse("workspace:queue")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def rows(html: str) -> list[str]:
    """Ticket refs in the order the queue shows them."""
    import re

    return re.findall(r'data-ticket="(T-\d+)"', html)


def test_the_queue_speaks_italian_by_default(agent_client):
    page = agent_client.get(QUEUE).content.decode()
    assert '<html lang="it">' in page
    assert "Coda" in page
    assert "Tutte le richieste" in page
    assert "Esci" in page


def test_an_empty_queue_says_nothing_waits(agent_client):
    page = agent_client.get(QUEUE).content.decode()
    assert "Nessuna richiesta in attesa di risposta" in page


def test_oldest_unanswered_message_first_whatever_the_subject(agent_client, make_ticket):
    calm = make_ticket(
        sender="paolo@example.it",
        subject="Domanda sulla taglia",
        received_at=at("2026-03-02T09:00+01:00"),
    )
    shouting = make_ticket(
        sender="gino@example.it",
        subject="URGENTE!!! RISPONDETE SUBITO",
        text="URGENTE!!!",
        received_at=at("2026-03-02T11:00+01:00"),
    )
    middle = make_ticket(
        sender="sara@example.it", subject="Reso", received_at=at("2026-03-02T10:00+01:00")
    )
    with clock.frozen(at("2026-03-02T12:00+01:00")):
        page = agent_client.get(QUEUE).content.decode()
    assert rows(page) == [calm.ref, middle.ref, shouting.ref]


def test_a_chaser_does_not_move_a_ticket_up_or_down(agent_client, make_ticket):
    first = make_ticket(sender="paolo@example.it", received_at=at("2026-03-02T09:00+01:00"))
    second = make_ticket(sender="sara@example.it", received_at=at("2026-03-02T10:00+01:00"))
    make_ticket(sender="paolo@example.it", text="Allora?", received_at=at("2026-03-02T11:00+01:00"))
    with clock.frozen(at("2026-03-02T12:00+01:00")):
        page = agent_client.get(QUEUE).content.decode()
    assert rows(page) == [first.ref, second.ref]


def test_a_row_shows_what_an_agent_needs(agent_client, make_ticket):
    ticket = make_ticket(
        name="Anna Bianchi",
        subject="Tela rovinata",
        order_number="#100482",
        received_at=at("2026-03-03T10:00+01:00"),
    )
    with clock.frozen(at("2026-03-03T12:00+01:00")):
        page = agent_client.get(QUEUE).content.decode()
    assert ticket.ref in page
    assert "Anna Bianchi" in page
    assert "Tela rovinata" in page
    assert "100482" in page
    assert 'class="channel channel-email" title="E-mail"' in page
    assert "2\xa0ore" in page  # waiting for (timesince joins with a no-break space)


@pytest.mark.parametrize(
    ("now", "state"),
    [
        ("2026-03-03T12:00+01:00", "ok"),  # 22 business hours left
        ("2026-03-04T07:00+01:00", "close"),  # 3 left
        ("2026-03-04T10:30+01:00", "late"),  # due at 10:00
    ],
)
def test_the_due_time_shows_in_italian_with_a_colour(agent_client, make_ticket, now, state):
    make_ticket(received_at=at("2026-03-03T10:00+01:00"))  # Tuesday: due Wednesday 10:00
    with clock.frozen(at(now)):
        page = agent_client.get(QUEUE).content.decode()
    assert f'class="due due-{state}"' in page
    assert "entro mer 4 mar, 10:00" in page


def test_close_counts_business_hours_not_clock_hours(agent_client, make_ticket):
    # Friday 15:00 is due Monday 15:00. On Saturday there are 15 business hours left
    # (all of Monday until 15:00), although the due time is two days away.
    make_ticket(received_at=at("2026-03-06T15:00+01:00"))
    with clock.frozen(at("2026-03-07T12:00+01:00")):
        page = agent_client.get(QUEUE).content.decode()
    assert 'class="due due-ok"' in page
    assert "entro lun 9 mar, 15:00" in page
    with clock.frozen(at("2026-03-09T12:00+01:00")):
        page = agent_client.get(QUEUE).content.decode()
    assert 'class="due due-close"' in page


def test_the_due_time_is_in_the_sellers_time_zone(agent_client, make_ticket, seller):
    seller.time_zone = "Europe/London"
    seller.save()
    make_ticket(received_at=at("2026-03-03T10:00+01:00"))
    with clock.frozen(at("2026-03-03T12:00+01:00")):
        page = agent_client.get(QUEUE).content.decode()
    assert "entro mer 4 mar, 09:00" in page


def test_a_blocked_or_answered_ticket_is_not_in_the_queue(agent_client, make_ticket, agent):
    from sportello.helpdesk.services import reply

    answered = make_ticket(sender="paolo@example.it")
    waiting = make_ticket(sender="sara@example.it")
    reply(agent, answered, "Ecco la risposta.")
    page = agent_client.get(QUEUE).content.decode()
    assert rows(page) == [waiting.ref]


def test_everything_is_served_locally_with_htmx(agent_client):
    page = agent_client.get(QUEUE).content.decode()
    assert '<script src="/static/django_htmx/htmx-2.min.js" defer></script>' in page
    assert '<link rel="stylesheet" href="/static/workspace/app.css">' in page
    assert "http://" not in page and "https://" not in page
