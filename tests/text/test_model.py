"""The learned second opinion (text/model.py): what it adds, what it may not overrule,
and that its weights file is exactly what training on the project's data gives."""

import hashlib
import os
from pathlib import Path

import pytest

from sportello.text import analyse, model
from sportello.text.analyse import _Field
from sportello.text.train_model import main as train_main
from sportello.text.train_model import message_features

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "src" / "sportello" / "text" / "lexicon" / "model.tsv"


def _corpus() -> Path:
    return Path(os.environ.get("SPORTELLO_CORPUS_DIR", REPO.parent / "shared" / "corpus"))


@pytest.mark.parametrize(
    "text",
    [
        "Sapete che il vostro furgone lo parcheggiate sempre sotto casa mia? Ricordatevelo.",
        "Conosco la strada che fa il vostro furgone ogni mattina. Pensateci.",
        "I drive past your warehouse every evening. Funny how close it is.",
    ],
)
def test_an_insinuation_without_a_threatening_word_is_a_threat(text: str) -> None:
    u = analyse(text)
    assert u.labels == ("threat",)
    (span,) = u.spans
    assert span.rule == "model.threat"
    # the evidence is the sentence that weighs most, so a person can judge it
    assert text.startswith(span.text) and span.text.endswith(("?", "."))
    # and the words that weighed are the writer's own
    because = model.load().explain("threat", message_features(text))
    assert because and all(w.rstrip("*").split()[0] in text.lower() for w, _ in because)


def test_the_model_does_not_overrule_a_quoted_or_negated_insult() -> None:
    quoted = "Mi hanno detto 'siete dei ladri schifosi', ma io non la penso così: il reso?"
    negated = "Non sto dicendo che siete dei ladri schifosi, vorrei solo il rimborso."
    for text in (quoted, negated):
        u = analyse(text)
        assert not u.abusive, text
        assert u.discounted  # the rules' reason is what the workspace shows


def test_abuse_needs_a_target_the_model_too() -> None:
    # the model alone would call this abusive; it speaks to no one here
    text = "Quei buffoni incompetenti della banca, giuro."
    fld = _Field(text, "text")
    m = model.load()
    assert m.passes_gate(fld.found)
    assert "abusive" in m.labels([fld.toks])
    assert not analyse(text).abusive
    assert analyse(text + " E anche voi.").abusive


def test_the_singular_you_is_a_target_too() -> None:
    # people write "tu" to a shop as well; the same words said of someone else, to no
    # one, stay unlabelled
    u = analyse("Tu che hai impacchettato il mio ordine hai la testa piena di segatura.")
    assert u.labels == ("abusive",)
    assert u.spans[0].rule == "model.abusive"
    him = "Lui che ha impacchettato il mio ordine ha la testa piena di segatura."
    assert not analyse(him).abusive


def test_the_model_hears_the_singular_orders_and_the_i_to_you() -> None:
    # "ridammi", "ti ho visto": a message to its reader, though it says neither "tu"
    # nor "voi"
    assert analyse("Ridammi i soldi, faccia da schiaffi").labels == ("abusive",)
    assert analyse("Ti ho visto bene in faccia, occhio quando esci stasera").labels == ("threat",)


def test_the_model_leaves_an_insult_of_someone_else() -> None:
    # the model alone would call both abusive: the insult is of the courier, or the husband's
    m = model.load()
    mine = "Il corriere è un branco di incapaci e buffoni, il pacco è bagnato. Voi gentilissimi."
    his = "My husband called you useless clowns yesterday, sorry about that. Can you resend it?"
    for text in (mine, his):
        fld = _Field(text, "text")
        assert "abusive" in m.labels([fld.toks]), text
        assert not analyse(text).abusive, text
    # said of the shop, the same words are abuse
    assert analyse("Siete un branco di incapaci, il pacco è arrivato bagnato.").abusive


def test_the_model_adds_nothing_where_the_rules_said_which_abuse() -> None:
    u = analyse("vi vengo a cercare uno per uno")
    assert u.labels == ("threat",)
    assert not any(s.rule.startswith("model.") for s in u.spans)


def test_training_is_deterministic_and_learns() -> None:
    rows = [
        ("siete dei ladri e dei buffoni", {"abusive"}),
        ("buffoni, ridatemi i soldi", {"abusive"}),
        ("so dove abitate, state attenti", {"threat"}),
        ("grazie mille, tutto perfetto", set()),
        ("il pacco è arrivato, grazie", set()),
        ("quando arriva il mio ordine?", set()),
    ]
    examples = [(message_features(t), frozenset(ls)) for t, ls in rows]
    vocabulary = {b"buffoni", b"ladri", b"grazie", b"dove"}
    first = model.train(examples, vocabulary, epochs=5)
    assert first == model.train(examples, vocabulary, epochs=5)
    m = model.parse(first)
    ladri = message_features("che buffoni")
    thanks = message_features("grazie mille")
    assert m.z("abusive", ladri) > m.z("abusive", thanks)


def test_a_broken_weights_file_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="columns"):
        model.parse("feature\tany\tabusive\n")
    with pytest.raises(ValueError, match=r"model\.tsv:3: 2 cells"):
        model.parse("feature\tgate\tabusive\tthreat\tblackmail\n(bias)\t0\t0\t0\t0\nladri\t1\n")
    with pytest.raises(ValueError, match=r"no \(bias\) line"):
        model.parse("feature\tgate\tabusive\tthreat\tblackmail\nladri\t1\t1\t0\t0\n")


def test_the_shipped_weights_are_what_make_text_model_gives(tmp_path: Path) -> None:
    dev = _corpus() / "messages-dev.jsonl"
    if not dev.exists():
        pytest.skip(f"{dev} not found (the shared corpus is next to the repository)")
    fresh = sorted((REPO / "bench" / "fresh").glob("*.jsonl"))
    out = tmp_path / "model.tsv"
    assert train_main(["--out", str(out), str(dev), *map(str, fresh)]) == 0
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert digest == hashlib.sha256(SHIPPED.read_bytes()).hexdigest(), (
        "lexicon/model.tsv is not what the data give: run `make text-model`"
    )
