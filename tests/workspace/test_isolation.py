"""Agents see their own shop's tickets only: another shop's ids are simply not found."""

from django.urls import reverse


def row(ticket) -> str:
    return f'data-ticket="{ticket.ref}"'


def test_another_shops_ticket_and_customer_are_not_found(client, outsider, make_ticket):
    ticket = make_ticket(subject="Ordine segreto", order_number="A-777")
    client.force_login(outsider)
    assert client.get(reverse("workspace:ticket", args=[ticket.pk])).status_code == 404
    assert client.get(reverse("workspace:customer", args=[ticket.customer_id])).status_code == 404


def test_another_shop_cannot_reply_or_change_status(client, outsider, make_ticket):
    ticket = make_ticket()
    client.force_login(outsider)
    reply = client.post(reverse("workspace:reply", args=[ticket.pk]), {"text": "Ciao"})
    status = client.post(reverse("workspace:status", args=[ticket.pk]), {"status": "resolved"})
    assert reply.status_code == 404
    assert status.status_code == 404
    ticket.refresh_from_db()
    assert ticket.status == "open" and ticket.needs_reply
    assert not ticket.messages.filter(kind="reply").exists()


def test_lists_and_search_show_nothing_of_another_shop(client, outsider, make_ticket, other_seller):
    mine = make_ticket(subject="Ordine segreto", name="Carla Neri", order_number="A-777")
    theirs = make_ticket(shop=other_seller, sender="bruno@example.it", subject="Pacco in ritardo")
    client.force_login(outsider)
    queue = client.get(reverse("workspace:queue")).content.decode()
    assert row(theirs) in queue and row(mine) not in queue
    everything = client.get(reverse("workspace:tickets")).content.decode()
    assert row(theirs) in everything and row(mine) not in everything
    for term in ("segreto", "Carla", "A-777", mine.ref, str(mine.pk)):
        found = client.get(reverse("workspace:tickets"), {"q": term}).content.decode()
        assert row(mine) not in found, term
        assert "Ordine segreto" not in found, term


def test_a_manager_of_the_same_shop_sees_its_tickets(client, manager, make_ticket):
    ticket = make_ticket()
    client.force_login(manager)
    assert row(ticket) in client.get(reverse("workspace:queue")).content.decode()
    assert client.get(reverse("workspace:ticket", args=[ticket.pk])).status_code == 200
