"""A bounce for one of our messages marks that delivery failed, on the ticket, with the
mail server's reason; the bounce itself is stored on the ticket and never answered; a
bounced reply puts the ticket back in the queue."""

import pytest

from sportello.channels.email.intake import receive
from sportello.helpdesk.models import Event, Message, NoticeState, OutboundNotice
from sportello.helpdesk.services import reply

from .helpers import fixture, mail

pytestmark = pytest.mark.django_db

QUESTION = mail(
    """
    From: Mario Rosi <mario.rosi@example.it>
    To: assistenza@negozio.example
    Subject: Reso
    Message-ID: <q-bounce@example.it>
    """,
    "Come faccio il reso della cornice?\n",
)


@pytest.fixture
def answered(shop, django_user_model, django_capture_on_commit_callbacks):
    """A ticket whose agent reply was sent; returns the reply's delivery."""
    agent = django_user_model.objects.create_user("giulia")
    with django_capture_on_commit_callbacks(execute=True):
        result = receive(QUESTION, seller=shop)
        assert result.ticket is not None
        sent = reply(agent, result.ticket, "Le mandiamo l'etichetta per il reso.")
    notice = OutboundNotice.objects.get(message=sent)
    assert notice.state == NoticeState.SENT
    return notice


def bounce_for(name: str, returned_id: str, our_id: str) -> bytes:
    return fixture(name).replace(returned_id.encode(), our_id.encode())


@pytest.mark.parametrize(
    ("name", "returned_id", "diagnostic"),
    [
        ("dsn_bounce.eml", "<n-42.abc@sportello.example>", "550 5.1.1"),
        ("dsn_headers_only.eml", "<n-77.m4n5@sportello.example>", "5.1.1"),
    ],
)
def test_a_bounce_marks_our_reply_failed_and_shows_why(
    answered, shop, django_capture_on_commit_callbacks, name, returned_id, diagnostic
):
    ticket = answered.ticket
    raw = bounce_for(name, returned_id, answered.message.external_id)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        result = receive(raw, seller=shop)

    answered.refresh_from_db()
    assert answered.state == NoticeState.FAILED
    assert answered.last_error.startswith("Bounce: ") and diagnostic in answered.last_error
    event = Event.objects.get(verb="notice.bounced")
    assert event.ticket == ticket and event.data["bounce"] == result.message.pk
    # The bounce is kept on the ticket, as automatic mail, never answered...
    assert result.message.ticket == ticket and result.message.automatic
    assert result.notices == () and callbacks == []
    # ...and the customer, who never got the answer, is back in the queue in their place.
    ticket.refresh_from_db()
    question = ticket.messages.get(external_id="<q-bounce@example.it>")
    assert ticket.needs_reply and ticket.waiting_since == question.received_at
    assert Event.objects.filter(verb="ticket.requeued", ticket=ticket).exists()


def test_a_delay_notice_is_not_a_bounce(answered, shop):
    raw = bounce_for(
        "dsn_bounce.eml", "<n-42.abc@sportello.example>", answered.message.external_id
    ).replace(b"Action: failed", b"Action: delayed")

    receive(raw, seller=shop)

    answered.refresh_from_db()
    assert answered.state == NoticeState.SENT
    assert not Event.objects.filter(verb="notice.bounced").exists()


def test_a_bounce_for_a_message_that_is_not_ours_marks_nothing(answered, shop):
    result = receive(fixture("dsn_bounce.eml"), seller=shop)

    answered.refresh_from_db()
    assert answered.state == NoticeState.SENT
    assert result.message.automatic and result.message.ticket is None
    assert Message.objects.filter(pk=result.message.pk).exists()
