"""contact_info from real parsers; identifiers, prices and dates never count."""

import pytest

from sportello.text import analyse
from sportello.text.contacts import find_contacts


@pytest.mark.parametrize(
    ("text", "kind", "found"),
    [
        ("chiamami al 347 123 4567", "phone", "347 123 4567"),
        ("il fisso è 02 1234 5678, dopo le 18", "phone", "02 1234 5678"),
        ("Call me on +44 7911 123456", "phone", "+44 7911 123456"),
        ("whatsapp +39 345 000 7788 grazie", "phone", "+39 345 000 7788"),
        ("scrivimi a mario.rossi@gmail.com.", "email", "mario.rossi@gmail.com"),
        (
            "vedi https://example.com/offerte?id=3, grazie",
            "url",
            "https://example.com/offerte?id=3",
        ),
        ("il mio shop è www.example.it!", "url", "www.example.it"),
        ("guarda example.it/news", "url", "example.it/news"),
        ("seguici su Instagram @outlet_casa", "handle", "@outlet_casa"),
        ("IBAN IT60X0542811101000000123456", "iban", "IT60X0542811101000000123456"),
        ("IBAN: IT60 X054 2811 1010 0000 0123 456", "iban", "IT60 X054 2811 1010 0000 0123 456"),
    ],
)
def test_contacts_found(text: str, kind: str, found: str) -> None:
    contacts = find_contacts(text)
    assert [(c.kind, c.text) for c in contacts] == [(kind, found)]
    u = analyse(text)
    assert u.has("contact_info")
    span = next(s for s in u.spans if s.label == "contact_info")
    assert text[span.start : span.end] == found
    assert span.rule == f"contact.{kind}"


@pytest.mark.parametrize(
    "text",
    [
        "Ordine n. 100234567, spedito il 12/03/2024",
        "tracking 0123456789012 BRT",
        "il codice è 1Z999AA10123456784",
        "fattura con P.IVA 01234567890 grazie",
        "Il totale è 1.234,56 euro, pagato il 01.02.2024 alle 10:30",
        "codice cliente 88123, pratica 4471",
        "ma che c@zzo di ritardo",
        "spedite a Via Roma 12, 20121 Milano",
        "rif. pratica IT60X0542811101000000123457",  # checksum fails, not called an IBAN
        "IBAN IT60X05428111010000001234",  # called an IBAN, but too short for Italy
        "il pacco era rotto.Il corriere non ha aspettato",
    ],
)
def test_not_contacts(text: str) -> None:
    assert find_contacts(text) == []
    assert not analyse(text).has("contact_info")


def test_writing_to_a_private_address_is_also_off_platform() -> None:
    u = analyse("Scrivimi direttamente a giulia.rossi@example.it, facciamo prima")
    assert set(u.labels) == {"contact_info", "off_platform"}


def test_a_callback_number_is_contact_only() -> None:
    assert analyse("Potete richiamarmi al 333 000 1122?").labels == ("contact_info",)


@pytest.mark.parametrize(
    ("text", "iban"),
    [
        # writers mistype a check digit: an account called an account is still one
        ("IBAN IT60X0542811101000000123457 intestato a Rossi", "IT60X0542811101000000123457"),
        (
            "fammi un bonifico su IT48 R030 6909 6061 0000 0112 233 grazie",
            "IT48 R030 6909 6061 0000 0112 233",
        ),
    ],
)
def test_iban_called_so_with_a_wrong_check_digit(text: str, iban: str) -> None:
    assert [(c.kind, c.text) for c in find_contacts(text)] == [("iban", iban)]


@pytest.mark.parametrize(
    "text",
    ["Please call me back on +44 7700 900123 after 5pm.", "My number is +44 7700 900123."],
)
def test_number_called_mine_though_not_allocated(text: str) -> None:
    assert [c.kind for c in find_contacts(text)] == ["phone"]


def test_unallocated_number_without_a_cue_is_not_contact() -> None:
    assert find_contacts("riferimento +44 7700 900123") == []
