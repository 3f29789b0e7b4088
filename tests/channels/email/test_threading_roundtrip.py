"""Threading of real mail, in the order spec/integrations.md section 5 and
spec/policy.md section 3 give: References / In-Reply-To against stored Message-IDs of
both directions, then the ticket token (plus-address or subject, same customer only),
then the order number the shop's order e-mails carry in their Reply-To."""

import pytest

from sportello.channels.email.intake import receive
from sportello.helpdesk.models import Ticket

from .helpers import mail

pytestmark = pytest.mark.django_db


def question(sender: str = "anna@example.it", message_id: str = "<t1@example.it>") -> bytes:
    return mail(
        f"""
        From: Anna Bianchi <{sender}>
        To: assistenza@negozio.example
        Subject: Cornice rotta
        Message-ID: {message_id}
        Date: Mon, 2 Mar 2026 10:00:00 +0100
        """,
        "La cornice è arrivata rotta.\n",
    )


@pytest.fixture
def opened(shop) -> tuple[Ticket, str]:
    """A ticket and the Message-ID of its acknowledgement."""
    result = receive(question(), seller=shop)
    assert result.ticket is not None
    [notice] = result.notices
    return result.ticket, notice.message.external_id


def customer_reply(headers: str, *, sender: str = "anna@example.it") -> bytes:
    return mail(
        f"""
        From: Anna Bianchi <{sender}>
        Date: Tue, 3 Mar 2026 10:00:00 +0100
        {headers}
        """,
        "Ci sono novità?\n",
    )


def test_a_reply_to_our_acknowledgement_joins_the_ticket(shop, opened):
    ticket, ours = opened
    raw = customer_reply(
        f"""To: assistenza+T{ticket.pk}@negozio.example
        Subject: Re: [T-{ticket.pk}] Abbiamo ricevuto la tua richiesta
        Message-ID: <t2@example.it>
        In-Reply-To: {ours}
        References: <t1@example.it> {ours}"""
    )

    assert receive(raw, seller=shop).ticket == ticket


def test_the_plus_address_alone_threads_when_the_headers_are_lost(shop, opened):
    ticket, _ = opened
    raw = customer_reply(
        f"""To: assistenza+T{ticket.pk}@negozio.example
        Subject: nuova domanda
        Message-ID: <t3@example.it>"""
    )

    result = receive(raw, seller=shop)

    assert result.message.extra.get("automatic_reason") is None
    assert result.ticket == ticket


def test_the_subject_token_threads_for_the_same_customer_only(shop, opened):
    ticket, _ = opened
    own = customer_reply(
        f"""To: assistenza@negozio.example
        Subject: Re: [T-{ticket.pk}] la mia richiesta
        Message-ID: <t4@example.it>"""
    )
    stranger = customer_reply(
        f"""To: assistenza@negozio.example
        Subject: Re: [T-{ticket.pk}] la mia richiesta
        Message-ID: <t5@example.it>""",
        sender="estraneo@example.it",
    )

    assert receive(own, seller=shop).ticket == ticket
    other = receive(stranger, seller=shop).ticket
    assert other is not None and other != ticket


def test_a_reply_to_the_shops_order_mail_carries_the_order_number(shop):
    # The shop's order confirmation (sent by the shop platform, not by Sportello) had
    # Reply-To: assistenza+order-100482@...; the customer answers it.
    first = receive(question(message_id="<t6@example.it>"), seller=shop).ticket
    raw = customer_reply(
        """To: Cornici Rossi <assistenza+order-100482@negozio.example>
        Subject: Re: Il tuo ordine è stato spedito
        Message-ID: <t7@example.it>
        In-Reply-To: <ordine-100482-spedito@shop.negozio.example>"""
    )

    result = receive(raw, seller=shop)

    assert result.message.order_number == "100482"
    # Policy section 3: an order number none of the open tickets has opens a new one.
    assert result.ticket is not None and result.ticket != first
    assert result.ticket.order_number == "100482"
    again = customer_reply(
        """To: assistenza+order-100482@negozio.example
        Subject: Re: Il tuo ordine è stato spedito
        Message-ID: <t8@example.it>"""
    )
    assert receive(again, seller=shop).ticket == result.ticket
