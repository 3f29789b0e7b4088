"""The shared intake (IMAP, webhooks, import): whatever arrives is stored."""

import pytest
from django.core import mail as outbox

from sportello.channels.email import intake
from sportello.channels.email.intake import receive, seller_for
from sportello.helpdesk.models import Message, NoticeState, OutboundNotice, Seller

from .helpers import fixture, mail

pytestmark = pytest.mark.django_db


def without_sender(raw: bytes) -> bytes:
    return b"\n".join(
        line
        for line in raw.split(b"\n")
        if not line.lower().startswith((b"from:", b"return-path:"))
    )


def test_a_message_without_a_sender_is_filed_under_its_own_placeholder(shop):
    first = receive(without_sender(fixture("plain_utf8.eml")), seller=shop)
    second = receive(without_sender(fixture("gmail_reply.eml")), seller=shop)

    assert first.message.sender.endswith("@sportello.invalid")
    assert first.message.sender != second.message.sender  # strangers are not merged
    assert first.ticket is not None and second.ticket is not None
    assert first.ticket != second.ticket and first.ticket.needs_reply
    assert any("no sender address" in problem for problem in first.message.problems)
    again = receive(without_sender(fixture("plain_utf8.eml")), seller=shop)
    assert not again.created and again.message == first.message


def test_nothing_is_mailed_to_a_placeholder_and_the_failure_is_visible(
    shop, django_capture_on_commit_callbacks
):
    from sportello.helpdesk.services.notices import RETRY_DELAYS, deliver

    with django_capture_on_commit_callbacks(execute=False):
        receive(without_sender(fixture("plain_utf8.eml")), seller=shop)
        notice = OutboundNotice.objects.get(kind="acknowledgement")
        for _ in range(len(RETRY_DELAYS) + 1):  # the first try and its retries
            deliver(notice.pk)

    notice.refresh_from_db()
    assert notice.state == NoticeState.FAILED
    assert "not an e-mail address" in notice.last_error
    assert outbox.outbox == []


def test_when_storing_fails_the_message_is_stored_as_unreadable(shop, monkeypatch):
    real_ingest = intake.ingest
    calls = []

    def failing_once(inbound, *, seller, notify=True):
        calls.append(inbound)
        if len(calls) == 1:
            raise ValueError("value too long for type character varying(320)")
        return real_ingest(inbound, seller=seller, notify=notify)

    monkeypatch.setattr(intake, "ingest", failing_once)
    raw = fixture("attachments.eml")

    result = receive(raw, seller=shop)

    message = result.message
    assert result.created and message.external_id == calls[0].external_id
    assert message.raw.read() == raw
    assert any("value too long" in problem for problem in message.problems)
    assert message.text  # the decoded source, readable by the agent
    assert not message.attachments.exists()


def test_the_seller_is_the_one_whose_support_address_received_the_mail(shop):
    other = Seller.objects.create(
        name="Tele d'autore", slug="tele", support_email="Aiuto@Tele.example"
    )

    assert seller_for(["cliente@example.it", "aiuto+T12@tele.example"]) == other
    assert seller_for([None, "nessuno@altrove.example"]) == shop


def test_mail_to_another_sellers_address_is_stored_for_that_seller(shop):
    other = Seller.objects.create(
        name="Tele d'autore", slug="tele", support_email="aiuto@tele.example"
    )
    raw = mail(
        """
        From: paolo@example.it
        To: Tele d'autore <aiuto@tele.example>
        Subject: Misure
        Message-ID: <m1@example.it>
        """,
        "Avete la tela 50x70?\n",
    )

    result = receive(raw, seller=seller_for(intake.header_recipients(raw)))

    assert result.message.seller == other
    assert Message.objects.get(external_id="<m1@example.it>").seller == other
