"""Bad input never raises: whatever arrives becomes a message, with what went wrong noted."""

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sportello.channels.email import parse_email
from sportello.inbound import InboundMessage

from .helpers import FIXTURES, fixture, mail, parsed

WHEN = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _storable(message: InboundMessage) -> None:
    """Every string can go into PostgreSQL: valid UTF-8, no NUL; and the parse did not
    fall into the last-resort path (which would mean a bug, not bad input)."""
    strings = [
        message.external_id, message.sender, message.text, message.quoted_text,
        message.subject or "", message.name or "", message.html or "",
        message.recipient or "", message.bounce_of or "", *message.in_reply_to,
        *message.problems, *(a.filename for a in message.attachments),
    ]  # fmt: skip
    for value in strings:
        value.encode("utf-8")
        assert "\x00" not in value
    assert not any("could not be read as e-mail" in p for p in message.problems)


def test_broken_boundary_parts_are_recovered() -> None:
    message = parsed("broken_boundary.eml")
    assert message.text == "Vi mando la foto del vetro rotto della cornice, ordine 100655."
    assert [a.filename for a in message.attachments] == ["vetro.png"]
    assert message.attachments[0].content is not None
    assert message.attachments[0].content.startswith(b"\x89PNG")
    assert any("boundary" in p for p in message.problems)


def test_truncated_message_keeps_its_text_and_says_so() -> None:
    message = parsed("truncated.eml")
    assert (
        message.text == "Ecco di nuovo la foto, la connessione era caduta. Il vetro è in tre pezzi."
    )
    assert [a.filename for a in message.attachments] == ["vetro2.png"]
    assert any("truncated" in p for p in message.problems)
    assert any("base64" in p for p in message.problems)


def test_multipart_without_boundary_is_read_as_text() -> None:
    message = parse_email(
        mail("From: a@example.it\nMessage-ID: <m@x>\nContent-Type: multipart/mixed", "Solo testo.")
    )
    assert message.text == "Solo testo."
    assert any("no boundary" in p for p in message.problems)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\x01\x02\xff\xfe",
        b"just some words, no headers at all",
        b"From: \n\n",
        b"Content-Type: text/plain; charset=\n\n\xe8",
        b'Content-Type: multipart/mixed; boundary=""\n\n--\n--\n',
        b"Subject: =?utf-8?B?####?=\n\nx",
        b"From: <<<@@@>>>\nTo: ,,,;;;\n\n",
        b"Content-Type: message/rfc822\n\nnot a message",
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=B\n\n"
        b"--B\nContent-Type: message/delivery-status\n\n\x00\xff\n--B--",
        b"Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!!!",
        b"Content-Type: text/plain\nContent-Transfer-Encoding: x-uuencode\n\nbegin 644",
        b"Content-Disposition: attachment; filename*=x-bogus''%ff%fe\n\nx",
        (b'Content-Type: multipart/mixed; boundary="b"\n\n' + b"--b\n" * 2000),
        b"Content-Type: multipart/mixed; boundary=b\n\n"
        + b"--b\nContent-Type: multipart/mixed; boundary=b\n\n" * 60,
    ],
)
def test_garbage_still_makes_a_message(raw: bytes) -> None:
    message = parse_email(raw, received_at=WHEN)
    assert message.raw == raw
    assert message.external_id.startswith("<")
    _storable(message)


def test_headers_that_crash_the_strict_parser_are_read_leniently() -> None:
    # "a*" with no value makes email.policy.default raise IndexError (Python 3.13).
    raw = mail(
        """
        From: Mario Rossi <mario.rossi@example.it>
        Message-ID: <crash@example.it>
        Subject: Ordine 100482
        Content-Type: text/plain; a*
        """,
        "Il pacco non è arrivato.",
    )
    message = parse_email(raw, received_at=WHEN)
    assert message.text == "Il pacco non è arrivato."
    assert (message.sender, message.order_number) == ("mario.rossi@example.it", "100482")
    assert "Some headers were malformed; the message was read leniently." in message.problems
    _storable(message)


def test_a_message_without_headers_says_what_is_missing() -> None:
    message = parse_email(b"Buongiorno, dov'e' il mio pacco?", received_at=WHEN)
    assert message.sender == ""
    assert "The message had no sender address." in message.problems
    assert any("Message-ID" in p for p in message.problems)
    assert message.received_at == WHEN


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes_never_raise(raw: bytes) -> None:
    _storable(parse_email(raw, received_at=WHEN))


_SAMPLES = [fixture(p.name) for p in sorted(FIXTURES.glob("*.eml"))]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_SAMPLES),
    st.lists(st.tuples(st.integers(0, 10_000), st.binary(max_size=8)), max_size=6),
    st.integers(0, 10_000),
)
def test_damaged_real_mail_never_raises(
    sample: bytes, damage: list[tuple[int, bytes]], cut: int
) -> None:
    raw = bytearray(sample)
    for position, junk in damage:
        at = position % (len(raw) + 1)
        raw[at : at + len(junk)] = junk
    _storable(parse_email(bytes(raw[: max(cut, len(raw) // 3)]), received_at=WHEN))
