"""Replies and notices leave through a real SMTP server, as multipart text + HTML with
the headers that thread them and keep auto-responders quiet."""

import pytest

from sportello.channels.email.intake import receive
from sportello.helpdesk.models import NoticeState, OutboundNotice
from sportello.helpdesk.services import reply

from .helpers import SUPPORT, mail

pytestmark = pytest.mark.django_db(transaction=True)  # notices leave after commit

QUESTION = mail(
    """
    From: Anna Bianchi <anna@example.it>
    To: assistenza@negozio.example
    Subject: Cornice rotta
    Message-ID: <q1@example.it>
    In-Reply-To: <older2@example.it>
    References: <root@example.it> <older1@example.it> <older2@example.it>
    Date: Mon, 2 Mar 2026 10:00:00 +0100
    """,
    "La cornice è arrivata con il vetro rotto. Come faccio il reso?\n",
)


@pytest.fixture
def agent(django_user_model):
    return django_user_model.objects.create_user("giulia")


def test_the_acknowledgement_arrives_as_an_automatic_reply_threaded_to_the_question(
    shop, smtp_mailer
):
    result = receive(QUESTION, seller=shop)

    [received] = smtp_mailer.wait_for(1)
    sent = received.message
    [notice] = OutboundNotice.objects.filter(kind="acknowledgement")
    assert notice.state == NoticeState.SENT
    assert received.rcpt_tos == ["anna@example.it"]
    assert received.mail_from == SUPPORT  # bounces come back to the polled mailbox
    assert sent["From"].addresses[0].display_name == "Cornici Rossi"
    assert sent["Message-ID"].strip() == notice.message.external_id  # may be folded
    assert sent["In-Reply-To"] == "<q1@example.it>"
    assert sent["References"].split() == [
        "<root@example.it>",
        "<older1@example.it>",
        "<older2@example.it>",
        "<q1@example.it>",
    ]
    assert sent["Auto-Submitted"] == "auto-replied"
    assert sent["X-Auto-Response-Suppress"] == "All"
    assert result.ticket is not None
    assert sent["Reply-To"] == f"assistenza+T{result.ticket.pk}@negozio.example"


def test_a_reply_is_multipart_text_and_html_and_not_marked_automatic(shop, smtp_mailer, agent):
    result = receive(QUESTION, seller=shop)
    smtp_mailer.wait_for(1)
    assert result.ticket is not None

    stored = reply(
        agent,
        result.ticket,
        "Buongiorno Anna,\nci scusi per il disagio.\n\nPer il reso: https://negozio.example/resi "
        "<script>alert(1)</script>",
    )

    received = smtp_mailer.wait_for(2)[1]
    sent = received.message
    assert sent["Message-ID"].strip() == stored.external_id
    assert sent["In-Reply-To"] == "<q1@example.it>"
    assert sent["Auto-Submitted"] is None and sent["X-Auto-Response-Suppress"] is None
    assert sent["Subject"] == "Re: Cornice rotta"
    assert sent.get_content_type() == "multipart/alternative"
    text = sent.get_body(preferencelist=("plain",))
    html = sent.get_body(preferencelist=("html",))
    assert text is not None and html is not None
    assert "ci scusi per il disagio" in text.get_content()
    markup = html.get_content()
    assert '<html lang="it">' in markup
    assert "<p>Buongiorno Anna,<br>ci scusi per il disagio.</p>" in markup
    assert '<a href="https://negozio.example/resi"' in markup
    assert "<script>" not in markup and "&lt;script&gt;" in markup
    assert f"richiesta {result.ticket.ref}" in markup


def test_english_speaking_customers_get_the_english_html(shop, smtp_mailer, agent):
    result = receive(QUESTION, seller=shop)
    smtp_mailer.wait_for(1)
    assert result.ticket is not None
    customer = result.ticket.customer
    customer.language = "en"
    customer.save()

    reply(agent, result.ticket, "Hello Anna, we are sorry.")

    html = smtp_mailer.wait_for(2)[1].message.get_body(preferencelist=("html",))
    assert html is not None
    markup = html.get_content()
    assert '<html lang="en">' in markup and f"request {result.ticket.ref}" in markup


def test_without_reply_to_tokens_the_plain_support_address_is_used(shop, smtp_mailer, settings):
    settings.SPORTELLO_MAIL_REPLY_TO_TOKEN = False

    receive(QUESTION, seller=shop)

    assert smtp_mailer.wait_for(1)[0].message["Reply-To"] == SUPPORT


def test_mail_that_had_no_message_id_is_not_referenced_by_a_made_up_one(shop, smtp_mailer):
    raw = QUESTION.replace(b"Message-ID: <q1@example.it>\n", b"")

    receive(raw, seller=shop)

    sent = smtp_mailer.wait_for(1)[0].message
    assert sent["In-Reply-To"] is None
    assert "sportello.invalid" not in str(sent["References"])
    assert sent["References"].split()[-1] == "<older2@example.it>"
