"""Abuse needs a target and an intent: negation, quotation, reported speech, harsh
words about the service, and legal steps must not make anyone an abuser."""

import pytest

from sportello.text import ABUSE_LABELS, analyse


@pytest.mark.parametrize(
    "text",
    [
        "Non siete dei ladri, lo so, ma il rimborso tarda.",
        "Non dico che siete incompetenti, però qualcosa non torna.",
        "Non vi sto insultando: vorrei solo il rimborso.",
        "I'm not saying you are scammers, but where is my money?",
        "Mi hanno detto 'siete dei ladri' in una recensione, volevo avvisarvi.",
        'Un cliente mi ha scritto "siete dei truffatori", come gli rispondo?',
        "Dicono che siete dei ladri, ma io mi sono trovato bene.",
        "L'operatore mi ha dato del ladro al telefono!",
        "> siete dei ladri\nQuesto era il messaggio di un altro cliente, scusate.",
        "servizio vergognoso, che schifo di imballaggio, assurdo",
        "porca miseria, il terzo pacco bagnato di fila",
        "sono incazzato nero ma vi chiedo solo il rimborso",
        "La pagherete cara... in tribunale. Il mio avvocato vi scriverà.",
        "Se non mi rimborsate entro 7 giorni procederò per vie legali.",
        "mi viene voglia di lanciare il router dalla finestra",
        "sono stato un idiota a non controllare la taglia",
    ],
)
def test_not_abuse(text: str) -> None:
    u = analyse(text)
    assert not u.abusive, [(s.label, s.rule, s.text) for s in u.spans]


def test_quoted_insult_is_kept_aside_with_its_reason() -> None:
    u = analyse("Mi hanno detto 'siete dei ladri' in una recensione, è vero?")
    assert "abusive" not in u.labels
    assert [(s.label, s.text, s.rule.rsplit(".", 1)[-1]) for s in u.discounted] == [
        ("abusive", "siete dei ladri", "quoted")
    ]


def test_scare_quotes_do_not_shelter_an_insult() -> None:
    # the target ("siete") is outside the quotes: the writer is the one insulting
    assert analyse("Siete dei 'professionisti'... anzi siete dei 'ladri'").has("abusive")


def test_negated_insult_is_kept_aside() -> None:
    u = analyse("Non siete dei ladri, ma rispondete.")
    assert not u.abusive
    assert u.discounted and u.discounted[0].rule.endswith(".negated")


def test_nothing_but_is_not_a_negation() -> None:
    assert analyse("non siete altro che dei ladri").has("abusive")


def test_legal_consequence_is_not_blackmail_nor_threat() -> None:
    u = analyse("Se entro venerdì non ricevo il rimborso mi rivolgerò a un avvocato e all'AGCM.")
    assert u.labels == ("legal_action",)


def test_reputational_consequence_of_a_demand_is_blackmail() -> None:
    u = analyse("se non mi rimborsate entro oggi vi distruggo con le recensioni")
    assert set(u.labels) == {"blackmail", "reputation_threat"}
    rules = {s.rule.split(".", 1)[0] for s in u.spans if s.label == "blackmail"}
    assert rules == {"condition", "consequence"}


def test_threat_plus_condition_is_both() -> None:
    u = analyse("Se non mi ridate i soldi vengo sotto casa tua.")
    assert {"threat", "blackmail"} <= set(u.labels)


def test_ambiguous_threat_cue_alone_is_not_a_threat() -> None:
    u = analyse("Domani vengo di persona in sede a ritirare il pacco.")
    assert not u.abusive
    assert any(s.rule.endswith(".alone") for s in u.discounted)


def test_two_ambiguous_cues_make_a_threat() -> None:
    assert analyse("so dove avete il magazzino. state attenti.").has("threat")


def test_abuse_labels_constant() -> None:
    assert {"abusive", "threat", "blackmail"} == ABUSE_LABELS
