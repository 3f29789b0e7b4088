"""The rule-file language: letters that stretch, separators, heads, reversal, errors."""

import re

import pytest

from sportello.text import lexicon


def _rules(text: str, macros: str = "") -> list[lexicon.Rule]:
    files = [("macros.lex", "", macros)] if macros else []
    files.append(("test.lex", "abusive", text))
    return lexicon.build(files).rules


def _matches(rule: lexicon.Rule, text: str) -> str | None:
    """Try the rule at every occurrence of a head word, as the analyser does."""
    n = len(text)
    for word in rule.anchors:
        stretched = re.escape(word) + re.escape(word[-1]) + "*"  # "ladriii", as analyse() does
        for m in re.finditer(rf"(?<![a-z0-9]){stretched}(?![a-z0-9])", text):
            p = m.start()
            fwd = rule.forward.match(text, p)
            if not fwd:
                continue
            start = p
            if rule.left is not None:
                back = rule.left.match(text[::-1], n - p)
                if not back:
                    continue
                start = n - back.end()
            return text[start : fwd.end()]
    return None


def test_letters_stretch_and_doubles_need_two() -> None:
    (rule,) = _rules("r: siete dei {ladri|cazzoni}")
    assert _matches(rule, "siete dei ladriii") == "siete dei ladriii"
    assert _matches(rule, "siete   dei... ladri") == "siete   dei... ladri"
    assert _matches(rule, "siete dei cazzoni") == "siete dei cazzoni"
    assert _matches(rule, "siete dei cazoni") is None
    assert _matches(rule, "siete dei ladrine") is None


def test_gap_stays_inside_the_clause_and_never_splits_words() -> None:
    (rule,) = _rules("r: (vi|ti) (faccio|do) ~ {recensione}")
    assert _matches(rule, "vi faccio una bella recensione") is not None
    assert _matches(rule, "vi faccio. una recensione") is None
    (rule2,) = _rules("r: (do) ~ (le )?{recensioni}")
    assert _matches(rule2, "dopo le recensioni") is None


def test_optional_group_then_space() -> None:
    (rule,) = _rules("r: (speak|talk) (to|with) (a|your)? {manager}")
    assert _matches(rule, "talk to a manager") == "talk to a manager"
    assert _matches(rule, "talk to manager") == "talk to manager"


def test_macros_and_head_words() -> None:
    (rule,) = _rules("r: <you> {idiot[ai]|stronz[oi]}", "@you = siete | sei")
    assert rule.anchors == frozenset({"idiota", "idioti", "stronzo", "stronzi"})
    assert _matches(rule, "sei stronzo") == "sei stronzo"


def test_reverse_regex_matches_reversed_strings() -> None:
    src = lexicon.compile_fragment("(non|mai) (vi |ti )?dico ~", {})
    rev = re.compile(lexicon.reverse_regex(src))
    assert re.fullmatch(src, "non vi dico che ")
    assert rev.fullmatch("non vi dico che "[::-1])


def test_guards() -> None:
    (rule,) = _rules('r if "ogni|%": vi {chiamo}')
    assert rule.guard_words == frozenset({b"ogni"}) and rule.guard_subs == ("%",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("r: siete dei ladri", "without a {head}"),
        ("r: {di} ladri", "common words"),
        ("r: {ladri", "unclosed"),
        ("r: <nope> {ladri}", "unknown macro"),
        ("what is this", "cannot read line"),
        ("r: siete {.*}", "listed words"),
    ],
)
def test_errors_name_the_line(text: str, message: str) -> None:
    with pytest.raises(lexicon.LexiconError, match=message):
        _rules(text)


def test_package_lexicon_builds_and_every_label_has_rules() -> None:
    lex = lexicon.build(lexicon.read_package_files())
    labels = {r.label for r in lex.rules}
    from sportello.text import LABELS

    assert labels == (set(LABELS) - {"contact_info"}) | {"question"}
