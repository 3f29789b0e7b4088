"""Threading facts: ids, reply candidates, ticket and order references, recipient, time."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from sportello import clock
from sportello.channels.email import parse_email
from sportello.channels.email.threads import order_number, reply_candidates, ticket_ref

from .helpers import SUPPORT, fixture, mail, parsed

ROME = timezone(timedelta(hours=1))


def test_message_id_is_the_external_id_with_brackets() -> None:
    assert parsed("plain_utf8.eml").external_id == "<CAF3kx9P2m@mail.example.it>"
    bare = parse_email(mail("From: a@example.it\nMessage-ID: abc.123@example.it", "x"))
    assert bare.external_id == "<abc.123@example.it>"


def test_missing_message_id_gets_a_stable_content_hash() -> None:
    first = parsed("no_message_id.eml")
    again = parse_email(fixture("no_message_id.eml").replace(b"\n", b"\r\n"))
    other = parse_email(fixture("no_message_id.eml").replace(b"Svizzera", b"Austria"))
    assert first.external_id.startswith("<sha256-")
    assert first.external_id.endswith("@sportello.invalid>")
    assert again.external_id == first.external_id  # re-importing finds the same message
    assert other.external_id != first.external_id
    assert any("Message-ID" in p for p in first.problems)


def test_reply_candidates_in_reply_to_first_then_references_newest_first() -> None:
    assert parsed("gmail_reply.eml").in_reply_to == (
        "<n-17.k3j2@sportello.example>",
        "<CAGv7pQ1x@mail.gmail.example>",
    )
    assert reply_candidates("<c@x> (Mario's message of Monday)", "<a@x>\n <b@x> <c@x>") == (
        "<c@x>",
        "<b@x>",
        "<a@x>",
    )
    assert reply_candidates(None, "<a@x> <b@x>") == ("<b@x>", "<a@x>")
    assert reply_candidates(None, None) == ()


@pytest.mark.parametrize(
    ("subject", "recipients", "expected"),
    [
        ("Re: [T-12] Reso della lampada", [], "T-12"),
        ("R: [#T-40] Fattura", [], "T-40"),
        ("re: [t-7] ciao", [], "T-7"),
        ("Re: [T0042] ciao", [], "T-42"),
        ("Re: reso", ["assistenza+t123@negozio.example"], "T-123"),
        ("Re: reso", ["assistenza+T-123@negozio.example"], "T-123"),
        ("Re: [T-1] reso", ["assistenza+t-9@negozio.example"], "T-9"),  # the address wins
        ("Ticket T-12 senza parentesi", [], None),
        ("Re: reso", ["assistenza+order-100482@negozio.example"], None),
    ],
)
def test_ticket_ref(subject: str, recipients: list[str], expected: str | None) -> None:
    assert ticket_ref(subject, recipients) == expected


def test_ticket_tags_on_someone_elses_address_are_ignored_with_a_support_address() -> None:
    assert ticket_ref("x", ["mario+t5@example.it"]) == "T-5"
    assert ticket_ref("x", ["mario+t5@example.it"], SUPPORT) is None
    assert ticket_ref("x", ["mario+t5@example.it", "assistenza+t6@negozio.example"], SUPPORT) == (
        "T-6"
    )


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Ordine #100482", "100482"),
        ("Order 100482", "100482"),
        ("Re: Il tuo ordine n. 100482 è stato spedito", "100482"),
        ("ordine nr. 100482", "100482"),
        ("Ordine n° 100482 in ritardo", "100482"),
        ("Order no. 2026001234", "2026001234"),
        ("Il mio ordine è il 100482", None),  # words in between: left to the text layer
        ("Ordine 123", None),  # too short to be an order number
        ("Ordine 1234567890123", None),  # too long
        ("Riordine 100482", None),
        ("Orders 100482", None),
        (None, None),
    ],
)
def test_order_number_from_subject(subject: str | None, expected: str | None) -> None:
    assert order_number(subject, []) == expected


def test_order_reply_via_plus_address() -> None:
    message = parsed("order_reply.eml", support_address=SUPPORT)
    assert message.order_number == "100482"
    assert message.recipient == "assistenza+order-100482@negozio.example"
    assert message.ticket_ref is None


def test_plus_address_order_wins_over_the_subject() -> None:
    assert order_number("Ordine 100001", ["assistenza+order-100482@negozio.example"]) == "100482"


def test_recipient_is_the_support_mailbox_when_known_else_the_first_to() -> None:
    assert parsed("apple_mail_reply.eml").recipient == "ordini@negozio.example"
    assert parsed("apple_mail_reply.eml", support_address=SUPPORT).recipient == SUPPORT
    delivered_only = parse_email(mail("From: a@example.it\nDelivered-To: b@negozio.example", "x"))
    assert delivered_only.recipient == "b@negozio.example"


def test_sender_lowercased_and_display_name_decoded() -> None:
    message = parse_email(
        mail('From: "=?utf-8?q?Rossi=2C_Nicol=C3=B2?=" <Nicolo.Rossi@Example.IT>\n', "x")
    )
    assert message.sender == "nicolo.rossi@example.it"
    assert message.name == "Rossi, Nicolò"


def test_reply_to_and_cc_are_kept_in_extra() -> None:
    message = parsed("newsletter_html.eml")
    assert message.extra["reply_to"] == "info@cornici-artigiane.example"
    cc = parse_email(mail("From: a@example.it\nCc: B <b@example.it>, c@example.it", "x"))
    assert cc.extra["cc"] == ["b@example.it", "c@example.it"]


def test_received_at_prefers_the_given_time_then_date_then_received() -> None:
    given = datetime(2026, 3, 2, 9, 0, 30, tzinfo=UTC)
    assert parsed("plain_utf8.eml", received_at=given).received_at == given
    assert parsed("plain_utf8.eml").received_at == datetime(2026, 3, 2, 9, 0, tzinfo=ROME)
    no_date = fixture("plain_utf8.eml").replace(b"Date: Mon, 2 Mar 2026 09:00:00 +0100\n", b"")
    assert parse_email(no_date).received_at == datetime(2026, 3, 2, 9, 0, 7, tzinfo=ROME)


def test_received_at_falls_back_to_the_clock_with_a_problem() -> None:
    instant = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    with clock.frozen(instant):
        message = parse_email(mail("From: a@example.it\nDate: domani mattina", "x"))
    assert message.received_at == instant
    assert "The Date header could not be read." in message.problems
    assert any("no readable date" in p for p in message.problems)


def test_date_without_zone_is_utc() -> None:
    message = parse_email(mail("From: a@example.it\nDate: Mon, 2 Mar 2026 09:00:00 -0000", "x"))
    assert message.received_at == datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_naive_received_at_is_a_caller_error() -> None:
    with pytest.raises(ValueError, match="time zone"):
        parse_email(b"", received_at=datetime(2026, 3, 2, 9, 0))
