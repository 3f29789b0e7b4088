"""No input crashes the analyser, and what it returns is always well formed."""

import json
import os
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from sportello.text import LABELS, analyse

# random unicode, plus the characters the folding code treats specially
TRICKY = st.sampled_from(
    list("*@$#.?!'’\"«»-_ \n\t0123456789àèÈİıß\u0301\u200b\ufeff😊🤦\u200d♀️𝐬Ａ")
)
TEXT = st.text(alphabet=st.one_of(st.characters(), TRICKY), max_size=300)


@settings(max_examples=400, deadline=None)
@given(text=TEXT, subject=st.one_of(st.none(), TEXT))
def test_never_crashes_and_spans_point_into_the_input(text: str, subject: str | None) -> None:
    u = analyse(text, subject)
    assert list(u.labels) == [label for label in LABELS if label in u.labels]
    assert {s.label for s in u.spans} == set(u.labels)
    for span in (*u.spans, *u.questions, *u.discounted):
        source = subject if span.field == "subject" else text
        assert source is not None
        assert 0 <= span.start <= span.end <= len(source)
        assert source[span.start : span.end] == span.text
    assert u.language in ("it", "en")


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            "siete dei ladri non vi ho scritto novità ? ! , . 3 volte urgente @ * a".split()  # noqa: SIM905
        ),
        max_size=40,
    )
)
def test_word_soup_is_deterministic(words: list[str]) -> None:
    text = " ".join(words)
    assert analyse(text) == analyse(text)


def test_the_same_message_reads_the_same_in_every_process() -> None:
    # Set iteration order depends on the hash seed; nothing the analyser returns may.
    texts = [
        "Truffatori di m***a, farò denuncia e vi distruggo con le recensioni",
        "Siete dei ladri! Vorrei sapere come fare il reso, nessuno mi risponde. URGENTE",
        "se non mi rimborsate entro domani vi faccio una recensione negativa ovunque",
    ]
    program = (
        "import json, sys\n"
        "from sportello.text import analyse\n"
        "for t in json.loads(sys.argv[1]):\n"
        "    print(repr(analyse(t)))\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", program, json.dumps(texts)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
