"""Every workspace page needs a logged-in member of a shop."""

import pytest
from django.urls import reverse

from tests.conftest import PASSWORD


@pytest.fixture
def pages(make_ticket):
    ticket = make_ticket()
    return [
        reverse("workspace:queue"),
        reverse("workspace:tickets"),
        reverse("workspace:ticket", args=[ticket.pk]),
        reverse("workspace:customer", args=[ticket.customer_id]),
    ]


def test_every_page_sends_a_stranger_to_the_login(client, pages):
    for url in pages:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("workspace:login") + "?next="), url


def test_posting_without_login_changes_nothing(client, make_ticket):
    ticket = make_ticket()
    response = client.post(reverse("workspace:reply", args=[ticket.pk]), {"text": "Ciao"})
    assert response.status_code == 302
    ticket.refresh_from_db()
    assert ticket.needs_reply
    assert not ticket.messages.filter(direction="out", kind="reply").exists()


def test_the_login_page_is_italian_and_logs_in(client, agent):
    page = client.get(reverse("workspace:login")).content.decode()
    assert "Nome utente" in page and "Accedi" in page
    response = client.post(reverse("workspace:login"), {"username": "agente", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("workspace:queue")
    assert "Coda" in client.get(reverse("workspace:queue")).content.decode()


def test_a_wrong_password_says_so_in_italian(client, agent):
    response = client.post(
        reverse("workspace:login"), {"username": "agente", "password": "sbagliata"}
    )
    assert response.status_code == 200
    assert "Nome utente o password non corretti" in response.content.decode()


def test_logout_is_a_post(agent_client):
    assert agent_client.get(reverse("workspace:logout")).status_code == 405
    response = agent_client.post(reverse("workspace:logout"))
    assert response.status_code == 302
    assert agent_client.get(reverse("workspace:queue")).status_code == 302


def test_a_user_of_no_shop_is_told_so(client, django_user_model, make_ticket):
    make_ticket()
    loner = django_user_model.objects.create_user("solitario", password=PASSWORD)
    client.force_login(loner)
    response = client.get(reverse("workspace:queue"))
    assert response.status_code == 403
    page = response.content.decode()
    assert "Non fai parte di nessun negozio" in page
    assert "T-" not in page


def test_the_header_names_the_user_and_the_shop(agent_client, seller):
    page = agent_client.get(reverse("workspace:queue")).content.decode()
    assert "Agente Test" in page
    assert seller.name in page
