"""Charsets people really send: the text reads right, and what was guessed is noted."""

import pytest

from sportello.channels.email import parse_email
from sportello.channels.email.charsets import decode_bytes, header_text

from .helpers import mail, parsed

HEADERS = """
    From: Mario Rossi <mario.rossi@example.it>
    To: assistenza@negozio.example
    Subject: Prova
    Date: Mon, 2 Mar 2026 09:00:00 +0100
    Message-ID: <c1@example.it>
"""


def test_plain_utf8_mail_reads_accents_and_names() -> None:
    message = parsed("plain_utf8.eml")
    assert "il pacco dell'ordine 100482 è arrivato stamattina" in message.text
    assert message.name == "Mario Rossi"
    assert message.problems == ()


def test_windows_1252_declared_as_latin1_reads_quotes_euro_and_dashes() -> None:
    message = parsed("cp1252_as_latin1.eml")
    assert "il “rimborso” di 89,00 € per l’ordine 100391 non è ancora arrivato" in message.text
    assert "sulla mia carta – sono passati più di 14 giorni." in message.text
    assert message.subject == "Rimborso non ancora ricevuto – ordine 100391"
    assert message.name == "Niccolò Ricci"
    assert message.problems == ()  # the text is right: nothing for the agent to worry about


def test_unknown_charset_names_fall_back_and_are_noted() -> None:
    message = parsed("unknown_charset.eml")
    assert "la cornice è arrivata senza il gancio" in message.text
    assert message.subject == "Perché la cornice è senza gancio? – grazie"
    assert any("x-user-defined-latin" in p for p in message.problems)
    assert any("x-unknown" in p and "Subject" in p for p in message.problems)


def test_undeclared_8bit_body_is_read_as_utf8_or_windows_1252() -> None:
    utf8 = parse_email(mail(HEADERS, "Il vetro è rotto.".encode()))
    latin = parse_email(mail(HEADERS, "Il vetro è rotto, 10 €.".encode("cp1252")))
    assert utf8.text == "Il vetro è rotto."
    assert latin.text == "Il vetro è rotto, 10 €."
    assert utf8.problems == latin.problems == ()


def test_utf8_declared_but_latin_bytes_is_read_and_noted() -> None:
    headers = HEADERS + "Content-Type: text/plain; charset=utf-8\n"
    message = parse_email(mail(headers, "Perché è così?".encode("latin-1")))
    assert message.text == "Perché è così?"
    assert any("declared UTF-8" in p for p in message.problems)


def test_utf8_labelled_latin1_is_read_as_utf8() -> None:
    headers = HEADERS + "Content-Type: text/plain; charset=iso-8859-1\n"
    message = parse_email(mail(headers, "Città: Forlì".encode()))
    assert message.text == "Città: Forlì"


def test_raw_8bit_headers_are_decoded() -> None:
    raw = mail(HEADERS.replace("Subject: Prova", "Subject: Caffè macinato")).replace(
        b"Mario Rossi", "Niccolò Ricci".encode("latin-1")
    )
    message = parse_email(raw)
    assert message.subject == "Caffè macinato"
    assert message.name == "Niccolò Ricci"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("=?utf-8?B?w6ggYXJyaXZhdG8=?=", "è arrivato"),
        ("=?iso-8859-1?q?Ordine_n=B0_100482?=", "Ordine n° 100482"),
        ("=?utf-8?q?Caff=C3=A8?= =?utf-8?q?_macinato?=", "Caffè macinato"),  # joined words
        ("Re: =?UTF-8?Q?Perch=C3=A9?= no?", "Re: Perché no?"),
        ("=?utf-8*it?q?gi=C3=A0?=", "già"),  # RFC 2231 language tag
        ("=?utf-8?B?w6g?=", "è"),  # missing base64 padding
    ],
)
def test_encoded_words(header: str, expected: str) -> None:
    assert header_text(header) == (expected, [])


@pytest.mark.parametrize(
    ("data", "charset", "expected", "noted"),
    [
        ("€".encode("cp1252"), "iso-8859-15", "€", False),
        ("ò".encode("latin-1"), "us-ascii", "ò", False),
        ("ò".encode(), None, "ò", False),
        (b"caf\xe9", "klingon-8", "café", True),
        ("ò".encode(), "unicode_escape", "ò", True),  # a Python-only codec is not a charset
        ("ciò".encode("utf-16"), "utf-16", "ciò", False),
    ],
)
def test_decode_bytes(data: bytes, charset: str | None, expected: str, noted: bool) -> None:
    text, problem = decode_bytes(data, charset)
    assert text == expected
    assert (problem is not None) == noted
