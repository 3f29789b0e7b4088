"""A mailbox that cannot be read is announced on every workspace page of its shop, so
nobody learns from a customer that mail stopped arriving."""

from datetime import UTC, datetime

import pytest
from django.test import Client
from django.urls import reverse

from sportello.channels.email.models import Mailbox, Security
from sportello.channels.email.polling import poll_mailbox

QUEUE = reverse("workspace:queue")


@pytest.fixture
def broken_mailbox(seller):
    # a real connection attempt to a closed port on this machine
    mailbox = Mailbox.objects.create(
        seller=seller,
        host="127.0.0.1",
        port=9,
        security=Security.NONE,
        username="assistenza",
        password="segreta",
        start_date=datetime(2026, 1, 1, tzinfo=UTC),
    )
    result = poll_mailbox(mailbox.pk)
    assert result.error
    mailbox.refresh_from_db()
    assert mailbox.consecutive_failures == 1
    return mailbox


def test_agents_see_that_the_mailbox_cannot_be_read(agent_client, broken_mailbox):
    page = agent_client.get(QUEUE).content.decode()
    assert "La casella assistenza@127.0.0.1/INBOX non si riesce a leggere" in page
    assert "non è ancora stata scaricata posta" in page
    # the settings link is for those who can change them
    assert reverse("admin:mailchannel_mailbox_change", args=[broken_mailbox.pk]) not in page


def test_staff_get_a_link_to_the_mailbox_settings(manager, broken_mailbox):
    manager.is_staff = True
    manager.save()
    client = Client()
    client.force_login(manager)
    page = client.get(QUEUE).content.decode()
    assert reverse("admin:mailchannel_mailbox_change", args=[broken_mailbox.pk]) in page


def test_another_shop_does_not_see_it(outsider, broken_mailbox):
    client = Client()
    client.force_login(outsider)
    page = client.get(QUEUE).content.decode()
    assert "non si riesce a leggere" not in page


def test_no_banner_once_the_mailbox_reads_again(agent_client, broken_mailbox):
    # what the poller records after a successful poll
    Mailbox.objects.filter(pk=broken_mailbox.pk).update(consecutive_failures=0, last_error="")
    page = agent_client.get(QUEUE).content.decode()
    assert "non si riesce a leggere" not in page


def test_a_disabled_mailbox_is_not_announced(agent_client, broken_mailbox):
    Mailbox.objects.filter(pk=broken_mailbox.pk).update(enabled=False)
    page = agent_client.get(QUEUE).content.decode()
    assert "non si riesce a leggere" not in page
