"""Automatic mail is recognised (and named), so nobody ever answers it automatically."""

import pytest

from sportello.channels.email import parse_email

from .helpers import SUPPORT, fixture, mail, parsed

HUMAN = """
    From: Mario Rossi <mario.rossi@example.it>
    To: assistenza@negozio.example
    Subject: Pacco danneggiato
    Message-ID: <h1@example.it>
"""


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("out_of_office.eml", "auto_submitted"),
        ("exchange_oof.eml", "auto_response_suppress"),
        ("dsn_bounce.eml", "delivery_report"),
        ("dsn_headers_only.eml", "delivery_report"),
        ("mailing_list.eml", "list"),
        ("newsletter_html.eml", "list"),
    ],
)
def test_fixture_is_automatic_for_the_named_reason(name: str, reason: str) -> None:
    message = parsed(name)
    assert message.automatic
    assert message.extra["automatic_reason"] == reason


@pytest.mark.parametrize(
    "name",
    ["plain_utf8.eml", "gmail_reply.eml", "outlook_forward.eml", "apple_mail_reply.eml",
     "attachments.eml", "order_reply.eml", "no_message_id.eml", "cp1252_as_latin1.eml"],
)  # fmt: skip
def test_people_are_not_automatic(name: str) -> None:
    message = parsed(name, support_address=SUPPORT)
    assert not message.automatic
    assert "automatic_reason" not in message.extra


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        ("Auto-Submitted: auto-generated", "auto_submitted"),
        ("Auto-Submitted: auto-replied; owner-email=a@b", "auto_submitted"),
        ("X-Auto-Response-Suppress: DR, OOF, AutoReply", "auto_response_suppress"),
        ("X-Autoreply: yes", "autoreply_header"),
        ("X-Autorespond: Vacation", "autoreply_header"),
        ("Return-Path: <>", "null_return_path"),
        ("List-Id: <clienti.negozio.example>", "list"),
        ("List-Unsubscribe: <mailto:off@x.example>", "list"),
        ("Precedence: bulk", "precedence"),
        ("Precedence: junk", "precedence"),
    ],
)
def test_header_rules(header: str, reason: str) -> None:
    message = parse_email(mail(HUMAN + header + "\n", "Sono fuori ufficio."))
    assert message.automatic
    assert message.extra["automatic_reason"] == reason


@pytest.mark.parametrize(
    "header",
    [
        "Auto-Submitted: no",
        "X-Auto-Response-Suppress: DR, RN, NRN",  # suppresses receipts only
        "X-Autoreply: no",
        "Return-Path: <mario.rossi@example.it>",
        "Precedence: first-class",
    ],
)
def test_harmless_values_are_not_automatic(header: str) -> None:
    assert not parse_email(mail(HUMAN + header + "\n", "Buongiorno")).automatic


@pytest.mark.parametrize(
    "sender",
    [
        "MAILER-DAEMON@mx.example.it",
        "postmaster@example.it",
        "owner-clienti@lists.example",
        "clienti-request@lists.example",
    ],
)
def test_system_senders(sender: str) -> None:
    message = parse_email(mail(f"From: {sender}\nMessage-ID: <s@x>", "avviso"))
    assert message.extra["automatic_reason"] == "system_sender"


def test_mail_from_our_own_support_address_would_loop() -> None:
    raw = mail("From: Negozio <assistenza+t12@negozio.example>\nMessage-ID: <l@x>", "ciao")
    assert parse_email(raw, support_address=SUPPORT).extra["automatic_reason"] == "own_address"
    assert not parse_email(raw).automatic


def test_auto_reply_subject_without_headers() -> None:
    raw = mail(
        "From: a@example.it\nSubject: Risposta automatica: Re: ordine\nMessage-ID: <r@x>", ""
    )
    assert parse_email(raw).extra["automatic_reason"] == "auto_reply_subject"
    car = mail("From: a@example.it\nSubject: Auto: portapacchi\nMessage-ID: <c@x>", "")
    assert not parse_email(car).automatic  # "auto" is also a car


def test_read_receipt() -> None:
    body = (
        "--R\nContent-Type: text/plain\n\nLetto.\n"
        "--R\nContent-Type: message/disposition-notification\n\n"
        "Final-Recipient: rfc822; mario.rossi@example.it\n"
        "Original-Message-ID: <n-9@sportello.example>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n"
        "--R--\n"
    )
    raw = mail(
        HUMAN
        + 'Content-Type: multipart/report; report-type=disposition-notification; boundary="R"',
        body,
    )
    message = parse_email(raw)
    assert message.extra["automatic_reason"] == "read_receipt"
    assert message.bounce_of is None  # a receipt is not a bounce


def test_dsn_bounce_names_our_message_and_the_failure() -> None:
    message = parsed("dsn_bounce.eml")
    assert message.bounce_of == "<n-42.abc@sportello.example>"
    assert message.extra["bounce"] == {
        "action": "failed",
        "status": "5.1.1",
        "recipient": "mario.rosi@example.it",
        "diagnostic": (
            "550 5.1.1 <mario.rosi@example.it>: Recipient address rejected: "
            "User unknown in virtual mailbox table"
        ),
    }
    assert message.attachments[0].content_type == "message/rfc822"


def test_dsn_with_returned_headers_only() -> None:
    message = parsed("dsn_headers_only.eml")
    assert message.bounce_of == "<n-77.m4n5@sportello.example>"
    bounce = message.extra["bounce"]
    assert isinstance(bounce, dict)
    assert bounce["recipient"] == "lucia.ferri@gmail.example"
    assert bounce["diagnostic"] == "The email account that you tried to reach does not exist."


def test_a_delay_notice_is_automatic_but_not_a_bounce() -> None:
    raw = fixture("dsn_bounce.eml").replace(b"Action: failed", b"Action: delayed")
    raw = raw.replace(b"Status: 5.1.1", b"Status: 4.4.1")
    message = parse_email(raw)
    assert message.automatic
    assert message.bounce_of is None
    bounce = message.extra["bounce"]
    assert isinstance(bounce, dict)
    assert (bounce["action"], bounce["status"]) == ("delayed", "4.4.1")


def test_old_style_bounce_without_a_report_finds_the_returned_id() -> None:
    body = (
        "Hi. This is the qmail-send program at mx.example.it.\n"
        "I'm afraid I wasn't able to deliver your message.\n\n"
        "<mario.rosi@example.it>:\nSorry, no mailbox here by that name.\n\n"
        "--- Below this line is a copy of the message.\n\n"
        "From: notifiche@negozio.example\nMessage-ID: <n-90.x@sportello.example>\n"
    )
    message = parse_email(mail("From: MAILER-DAEMON@mx.example.it\nMessage-ID: <q@x>", body))
    assert message.extra["automatic_reason"] == "system_sender"
    assert message.bounce_of == "<n-90.x@sportello.example>"
