"""The speed shortcuts find exactly what the plain patterns would.

The analyser avoids running some patterns over a whole text (they dominate its cost):
contact patterns are tried only where an '@' or a domain ending is, disguised tokens
are looked for from where a letter meets a digit, Latin-1 text is folded in one
translate, the lexicon's letters are written `xx*` rather than `x+`, and head words
whose rules all need an absent guard word are not scanned. Each shortcut is checked
here against the plain way on random and adversarial text."""

import importlib
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sportello.text import contacts, lexicon, normalise

# the module (the package exports its function `analyse` under the same name)
analyse_module = importlib.import_module("sportello.text.analyse")

PIECES = st.sampled_from(
    [
        "a@b.it",
        "mario.rossi@example.com",
        "@mario_rossi",
        "x.y@z.com@c.it",
        "é@x.it",
        "_a@b.it",
        "www.esempio.it/a",
        "shop.it",
        "rotto.It",
        "a.it.b.com",
        "sito-web.store/x",
        ".it",
        "@",
        ".",
        "-",
        "_",
        " ",
        "\n",
        "ciao",
        "m3rda",
        "c@zzo",
        "1a",
        "a1",
        "$",
        "è",
    ]
)
MIXED_TEXT = st.lists(PIECES, max_size=12).map("".join)
ANY_TEXT = st.one_of(MIXED_TEXT, st.text(max_size=80))


@settings(max_examples=500, deadline=None)
@given(text=ANY_TEXT)
def test_emails_found_from_the_at_signs_are_the_pattern_matches(text: str) -> None:
    ats = [i for i, c in enumerate(text) if c == "@"]
    assert [m.span() for m in contacts.email_matches(text, ats)] == [
        m.span() for m in contacts._EMAIL.finditer(text)
    ]


@settings(max_examples=500, deadline=None)
@given(text=ANY_TEXT)
def test_bare_domains_found_from_their_endings_are_the_pattern_matches(text: str) -> None:
    assert [m.span() for m in contacts.bare_url_matches(text)] == [
        m.span() for m in contacts._URL_BARE.finditer(text)
    ]


def test_an_address_and_a_site_in_one_message() -> None:
    text = "Scrivete a mario.rossi@example.it o guardate www.esempio.it e shop-online.store/x."
    found = [(c.kind, c.text) for c in contacts.find_contacts(text)]
    assert found == [
        ("email", "mario.rossi@example.it"),
        ("url", "www.esempio.it"),
        ("url", "shop-online.store/x"),
    ]


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(MIXED_TEXT, st.text(alphabet="ab1@$ .-x0", max_size=40)))
def test_leet_tokens_are_the_pattern_matches(text: str) -> None:
    text = text.lower()
    assert normalise._leet_tokens(text) == [m.span() for m in normalise._LEET_TOKEN.finditer(text)]


def _fold_the_long_way(original: str) -> tuple[str, tuple[int, ...] | None]:
    low = original.lower()
    if len(low) != len(original) or normalise._INVISIBLE.search(low):
        text, omap = normalise._fold_slow(original)
        return text, tuple(omap)
    return low.encode("latin-1", "sportello.fold").translate(normalise._LATIN1).decode(
        "latin-1"
    ), None


@settings(max_examples=500, deadline=None)
@given(
    text=st.one_of(
        st.text(alphabet=st.characters(max_codepoint=255), max_size=60),
        st.text(max_size=60),
    )
)
def test_latin1_folding_in_one_step_equals_the_long_way(text: str) -> None:
    folded = normalise.fold(text)
    assert (folded.text, folded.omap) == _fold_the_long_way(text)


@settings(max_examples=300, deadline=None)
@given(
    pattern=st.lists(st.sampled_from(["a", "b", "[ab]", "(a|ba)", " ", "b?", "(ab)+"]), max_size=6),
    text=st.text(alphabet="ab ", max_size=12),
)
def test_letters_written_for_the_engine_match_the_same_text(pattern: list[str], text: str) -> None:
    src = lexicon.compile_fragment("".join(pattern) or "a", {})
    fast = lexicon.engine_form(src)
    assert bool(re.fullmatch(fast, text)) == bool(re.fullmatch(src, text))
    reverse = lexicon.reverse_regex(src)
    assert bool(re.fullmatch(lexicon.engine_form(reverse), text[::-1])) == bool(
        re.fullmatch(src, text)
    )


GUARDED_PIECES = st.sampled_from(
    [
        "ho aperto una contestazione con la carta",  # a guard word and its head word
        "ho pagato con la carta",  # the head word alone
        "vi scrivo per la terza volta",
        "vi scrivo ogni giorno",
        "ciao??",
        "ciao",
        "servizio clienti",
        "ladri",
        "vorrei sapere",
        " ",
        ". ",
        "?",
    ]
)


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(GUARDED_PIECES, max_size=8))
def test_leaving_out_head_words_whose_guards_are_absent_finds_the_same(pieces: list[str]) -> None:
    fld = analyse_module._Field(" ".join(pieces), "text")
    every_head_word = fld._scan(analyse_module._ANCHORS, fld.found & analyse_module._ANCHOR_KEYS)
    expected = [(h.label, h.rule, h.start, h.end) for h in every_head_word]
    found = [(h.label, h.rule, h.start, h.end) for h in fld.hits + fld.cues]
    assert sorted(found) == sorted(expected)
