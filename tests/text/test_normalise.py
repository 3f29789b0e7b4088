"""How people really write: case, accents, stretched letters, disguises, spacing,
fancy letters, invisible characters; spans always point into the original text."""

import pytest

from sportello.text import analyse
from sportello.text.normalise import fold


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("LADRIII!!!", "LADRIII"),
        ("ladri, ridatemi i soldi", "ladri"),
        ("str***i, rispondete", "str***i"),
        ("siete degli idi0ti", "siete degli idi0ti"),
        ("c@zzo di azienda", "c@zzo di azienda"),
        ("m3rda di servizio", "m3rda di servizio"),
        ("siete dei l a d r i", "siete dei l a d r i"),
        ("va fa n c u l o", "va fa n c u l o"),
        ("𝐬𝐭𝐫𝐨𝐧𝐳𝐢, rispondete", "𝐬𝐭𝐫𝐨𝐧𝐳𝐢"),
        ("st\u200bronzi!", "st\u200bronzi"),
        ("SIETE DEI TRUFFATORI", "SIETE DEI TRUFFATORI"),
        ("Perché siete così incompetenti?", "siete così incompetenti"),
    ],
)
def test_disguised_insults_found_with_original_span(text: str, evidence: str) -> None:
    u = analyse(text)
    assert u.has("abusive")
    spans = [s for s in u.spans if s.label == "abusive"]
    assert any(s.text == evidence for s in spans), [s.text for s in spans]
    for s in spans:
        assert text[s.start : s.end] == s.text


def test_accents_and_case_fold_one_for_one() -> None:
    f = fold("PERCHÈ è così?")
    assert f.text == "perche e cosi?"
    assert f.omap is None


def test_invisible_characters_are_dropped_with_a_map() -> None:
    raw = "x st\u200bronzi"
    f = fold(raw)
    assert f.text == "x stronzi"
    assert f.span(2, 9) == (2, 10)


def test_email_and_codes_are_not_rewritten() -> None:
    u = analyse("scrivete a m4rio@example.it, codice SCONTO10, ordine 1Z999AA10123456784")
    assert not u.abusive


def test_emoji_are_separators_not_question_marks() -> None:
    u = analyse("grazie mille 😊🙈 tutto ok")
    assert u.questions == ()
    assert u.labels == ()
