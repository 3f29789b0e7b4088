"""RFC 3834: automatic mail is stored and threaded, never acknowledged, and never
counted as the customer writing again."""

import pytest

from sportello.channels.email.intake import receive
from sportello.helpdesk.models import MessageState, OutboundNotice

from .helpers import fixture, mail

pytestmark = pytest.mark.django_db

QUESTION = mail(
    """
    From: Anna Galli <anna.galli@example.it>
    To: assistenza@negozio.example
    Subject: Tela strappata
    Message-ID: <q-oof@example.it>
    """,
    "La tela è arrivata strappata.\n",
)


@pytest.fixture
def acknowledged(shop):
    result = receive(QUESTION, seller=shop)
    [notice] = result.notices
    return notice


@pytest.mark.parametrize(
    ("name", "our_id"),
    [
        ("out_of_office.eml", "<n-55.q1w2@sportello.example>"),
        ("exchange_oof.eml", None),
    ],
)
def test_an_out_of_office_answer_to_our_notice_joins_the_ticket_and_gets_nothing(
    acknowledged, shop, name, our_id
):
    raw = fixture(name)
    if our_id:
        raw = raw.replace(our_id.encode(), acknowledged.message.external_id.encode())
    ticket = acknowledged.ticket
    waiting_since, due_at = ticket.waiting_since, ticket.due_at

    result = receive(raw, seller=shop)

    message = result.message
    assert message.automatic and message.state == MessageState.AUTOMATIC
    assert result.notices == ()
    assert OutboundNotice.objects.count() == 1  # only the first acknowledgement
    if our_id:
        assert message.ticket == ticket  # threaded by In-Reply-To
        ticket.refresh_from_db()
        assert (ticket.waiting_since, ticket.due_at) == (waiting_since, due_at)


@pytest.mark.parametrize("name", ["mailing_list.eml", "newsletter_html.eml"])
def test_list_mail_opens_no_ticket_and_gets_no_answer(shop, name):
    result = receive(fixture(name), seller=shop)

    assert result.message.automatic and result.ticket is None and result.notices == ()


@pytest.mark.parametrize(
    "header",
    [
        "Auto-Submitted: auto-generated",
        "Return-Path: <>",
        "Precedence: bulk",
        "X-Auto-Response-Suppress: All",
        "List-Id: <offerte.fornitore.example>",
    ],
)
def test_no_automatic_mail_is_ever_acknowledged(shop, header):
    raw = mail(
        f"""
        From: sistema@fornitore.example
        To: assistenza@negozio.example
        Subject: Notifica
        Message-ID: <auto-{abs(hash(header))}@fornitore.example>
        {header}
        """,
        "Messaggio generato automaticamente.\n",
    )

    result = receive(raw, seller=shop)

    assert result.message.automatic and result.notices == ()


def test_mail_from_our_own_address_is_never_answered(shop):
    raw = mail(
        """
        From: Cornici Rossi <assistenza@negozio.example>
        To: assistenza@negozio.example
        Subject: Prova
        Message-ID: <own@negozio.example>
        """,
        "Prova di invio.\n",
    )

    result = receive(raw, seller=shop)

    assert result.message.automatic and result.notices == ()
    assert result.message.extra["automatic_reason"] == "own_address"
