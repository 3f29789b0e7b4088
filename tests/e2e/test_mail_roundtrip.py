"""The e-mail channel end to end, with real servers: a customer's message reaches the
test IMAP mailbox (Dovecot) and shows up in the queue; the agent's reply arrives at the
SMTP server (aiosmtpd) threaded to it; the customer's answer to that reply joins the
same ticket; and when the customer's server bounces our reply, the agent sees it."""

import re
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from sportello import clock
from sportello.channels.email.models import Mailbox
from sportello.channels.email.polling import enqueue_due_polls
from sportello.helpdesk.models import Message, NoticeState, OutboundNotice, Seller, Ticket
from sportello.helpdesk.services import default_seller, reply
from sportello.helpdesk.services.queue import queue
from tests.channels.email.servers import PASSWORD, Dovecot, SmtpSink, cleanup, start_dovecot

pytestmark = pytest.mark.django_db(transaction=True)  # notices leave after commit

SUPPORT = "assistenza@cornicirossi.example"


@pytest.fixture(scope="module")
def dovecot() -> Iterator[Dovecot]:
    server = start_dovecot()
    yield server
    cleanup(server)


@pytest.fixture
def smtp(settings) -> Iterator[SmtpSink]:  # type: ignore[no-untyped-def]
    sink = SmtpSink().start()
    settings.MAILERS = sink.mailer_settings()
    yield sink
    sink.stop()


@pytest.fixture
def shop(db) -> Seller:  # type: ignore[no-untyped-def]
    seller = default_seller()
    seller.name, seller.support_email = "Cornici Rossi", SUPPORT
    seller.save()
    return seller


@pytest.fixture
def mailbox(shop: Seller, dovecot: Dovecot, request: pytest.FixtureRequest) -> Mailbox:
    user = dovecot.add_user(re.sub(r"[^a-z0-9]+", "-", request.node.name.lower())[-60:])
    return Mailbox.objects.create(
        seller=shop,
        host="127.0.0.1",
        port=dovecot.port,
        security="none",
        username=user,
        password=PASSWORD,
        start_date=datetime(2026, 1, 1, tzinfo=UTC),
    )


@pytest.fixture(autouse=True)
def story_clock() -> Iterator[None]:
    """Sportello's clock follows the story (IMAP INTERNALDATEs are set to match)."""
    yield
    clock.set_now(None)


def at(text: str) -> datetime:
    instant = datetime.fromisoformat(text)
    clock.set_now(instant)
    return instant


def deliver_and_poll(dovecot: Dovecot, mailbox: Mailbox, raw: bytes, when: str) -> None:
    """At `when` the message reaches the mailbox, and the worker's periodic job runs."""
    dovecot.append(mailbox.username, raw, when=at(when).timestamp())
    Mailbox.objects.filter(pk=mailbox.pk).update(last_polled_at=None)  # due now
    assert enqueue_due_polls() == 1  # the poll task runs at once (ImmediateBackend)
    mailbox.refresh_from_db()
    assert mailbox.last_error == ""


QUESTION = (
    "From: Anna Bianchi <anna.bianchi@example.it>\r\n"
    f"To: Cornici Rossi <{SUPPORT}>\r\n"
    "Subject: Ordine 100482: vetro rotto\r\n"
    "Date: Mon, 2 Mar 2026 10:00:00 +0100\r\n"
    "Message-ID: <CAF-anna-1@mail.example.it>\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "Buongiorno, la cornice dell'ordine 100482 è arrivata con il vetro rotto.\r\n"
    "Come posso avere un rimborso?\r\n"
).encode()


def answer_to(sent: bytes, text: str) -> bytes:
    """What the customer's mail program sends when she answers `sent`."""
    from email import message_from_bytes, policy

    original = message_from_bytes(sent, policy=policy.default)
    their_id = str(original["Message-ID"]).strip()
    chain = f"{str(original.get('References', '')).strip()} {their_id}".strip()
    return (
        "From: Anna Bianchi <anna.bianchi@example.it>\r\n"
        f"To: {original['Reply-To']}\r\n"
        f"Subject: Re: {original['Subject']}\r\n"
        "Date: Tue, 3 Mar 2026 08:30:00 +0100\r\n"
        "Message-ID: <CAF-anna-2@mail.example.it>\r\n"
        f"In-Reply-To: {their_id}\r\n"
        f"References: {chain}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n"
        "\r\n"
        f"{text}\r\n"
        "\r\n"
        "Il giorno lun 2 mar 2026, Cornici Rossi ha scritto:\r\n"
        "> Buongiorno Anna, ci scusi.\r\n"
    ).encode()


def test_question_reply_and_answer_make_one_ticket(dovecot, smtp, mailbox, django_user_model):
    agent = django_user_model.objects.create_user("giulia")

    # 1. The customer writes; the message lands in the queue and is acknowledged.
    deliver_and_poll(dovecot, mailbox, QUESTION, "2026-03-02T10:00:05+01:00")
    ticket = Ticket.objects.get()
    assert list(queue(Ticket.objects.filter(seller=mailbox.seller))) == [ticket]
    assert ticket.order_number == "100482"
    assert ticket.due_at == datetime.fromisoformat("2026-03-03T10:00:05+01:00")
    [ack] = smtp.wait_for(1)
    assert ack.rcpt_tos == ["anna.bianchi@example.it"]
    assert ack.message["In-Reply-To"] == "<CAF-anna-1@mail.example.it>"
    assert ack.message["Auto-Submitted"] == "auto-replied"

    # 2. The agent replies; it arrives threaded to the customer's message.
    at("2026-03-02T15:20:00+01:00")
    stored = reply(agent, ticket, "Buongiorno Anna, ci scusi. Le rimborsiamo il vetro.")
    answer = smtp.wait_for(2)[1]
    sent = answer.message
    assert answer.rcpt_tos == ["anna.bianchi@example.it"]
    assert sent["In-Reply-To"] == "<CAF-anna-1@mail.example.it>"
    assert sent["References"].split() == ["<CAF-anna-1@mail.example.it>"]
    assert sent["Message-ID"].strip() == stored.external_id
    assert sent["Reply-To"] == f"assistenza+T{ticket.pk}@cornicirossi.example"
    assert sent["Auto-Submitted"] is None
    ticket.refresh_from_db()
    assert not ticket.needs_reply

    # 3. The customer answers the reply: same ticket, back in the queue, no new notice.
    answered = answer_to(answer.data, "Grazie! In quanti giorni arriva?")
    deliver_and_poll(dovecot, mailbox, answered, "2026-03-03T08:30:04+01:00")
    follow_up = Message.objects.get(external_id="<CAF-anna-2@mail.example.it>")
    assert follow_up.ticket == ticket
    assert follow_up.text.startswith("Grazie! In quanti giorni arriva?")
    assert "ci scusi" in follow_up.quoted_text
    assert Ticket.objects.count() == 1
    assert list(queue(Ticket.objects.all())) == [ticket]
    ticket.refresh_from_db()
    assert ticket.due_at == datetime.fromisoformat("2026-03-04T08:30:04+01:00")
    assert len(smtp.received) == 2  # a follow-up is not acknowledged again
    assert {"\\Seen", "$Sportello"} <= dovecot.flags(mailbox.username)[2]


def test_a_bounced_reply_is_shown_failed_on_the_ticket(dovecot, smtp, mailbox, django_user_model):
    agent = django_user_model.objects.create_user("giulia")
    deliver_and_poll(dovecot, mailbox, QUESTION, "2026-03-02T10:00:05+01:00")
    ticket = Ticket.objects.get()
    at("2026-03-02T10:55:00+01:00")
    stored = reply(agent, ticket, "Le rimborsiamo il vetro.")
    returned = smtp.wait_for(2)[1].data

    # The customer's server refuses it and the DSN comes back to the support mailbox.
    dsn = (
        (
            "From: Mail Delivery System <MAILER-DAEMON@mx.example.it>\r\n"
            f"To: {SUPPORT}\r\n"
            "Subject: Undelivered Mail Returned to Sender\r\n"
            "Date: Mon, 2 Mar 2026 11:00:05 +0100\r\n"
            "Message-ID: <dsn-1@mx.example.it>\r\n"
            "Auto-Submitted: auto-replied\r\n"
            "MIME-Version: 1.0\r\n"
            'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n'
            "\r\n"
            "--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
            "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
            "Reporting-MTA: dns; mx.example.it\r\n\r\n"
            "Final-Recipient: rfc822; anna.bianchi@example.it\r\n"
            "Action: failed\r\nStatus: 5.2.2\r\n"
            "Diagnostic-Code: smtp; 552 5.2.2 mailbox full\r\n"
            "--B\r\nContent-Type: message/rfc822\r\n\r\n"
        ).encode()
        + returned
        + b"\r\n--B--\r\n"
    )
    deliver_and_poll(dovecot, mailbox, dsn, "2026-03-02T11:00:06+01:00")

    notice = OutboundNotice.objects.get(message=stored)
    assert notice.state == NoticeState.FAILED
    assert "552 5.2.2 mailbox full" in notice.last_error
    bounce = Message.objects.get(external_id="<dsn-1@mx.example.it>")
    assert bounce.ticket == ticket and bounce.automatic
    assert len(smtp.received) == 2  # nothing answers a bounce
