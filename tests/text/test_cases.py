"""Every label, in Italian and English, on positive and tricky negative cases written
for this layer (tests/text/cases.txt; the format is described at its top)."""

from pathlib import Path

import pytest

from sportello.text import LABELS, analyse

CASES = Path(__file__).with_name("cases.txt")


def _load() -> list[tuple[str, set[str], set[str], bool, str | None, str]]:
    out = []
    for lineno, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("! "):
            KNOWN_ERRORS.add(f"L{lineno}")
            line = line[2:]
        parts = line.split(" || ")
        want, subject, text = (
            (parts[0], parts[1], parts[2]) if len(parts) == 3 else (parts[0], None, parts[1])
        )
        must: set[str] = set()
        must_not: set[str] = set()
        for item in (w.strip() for w in want.split(",")):
            if item in ("", "-"):
                continue
            if item.startswith("~"):
                must_not.add(item[1:])
            else:
                must.add(item)
        for label in must | must_not:
            assert label in LABELS, f"cases.txt:{lineno}: unknown label {label}"
        out.append((f"L{lineno}", must, must_not, not must_not, subject, text))
    return out


KNOWN_ERRORS: set[str] = set()
CASE_LIST = _load()


@pytest.mark.parametrize(
    ("case_id", "must", "must_not", "exact", "subject", "text"),
    [
        # strict: a known error that stops happening must lose its mark
        pytest.param(*c, marks=pytest.mark.xfail(strict=True, reason="known error"))
        if c[0] in KNOWN_ERRORS
        else c
        for c in CASE_LIST
    ],
    ids=[c[0] for c in CASE_LIST],
)
def test_case(
    case_id: str, must: set[str], must_not: set[str], exact: bool, subject: str | None, text: str
) -> None:
    got = set(analyse(text, subject).labels)
    if exact:
        assert got == must, f"{case_id}: {text!r}"
    else:
        assert must <= got and not (must_not & got), f"{case_id}: {text!r} -> {sorted(got)}"


def test_every_label_has_positive_and_negative_cases() -> None:
    positives = {label for _i, must, _n, _e, _s, _t in CASE_LIST for label in must}
    assert positives == set(LABELS)
    exact_negatives = [c for c in CASE_LIST if c[3] and not c[1]]
    assert len(exact_negatives) >= 60
