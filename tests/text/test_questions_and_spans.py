"""Questions as spans, language, label order, evidence spans into the original text."""

from sportello.text import LABELS, analyse


def test_questions_are_sentences_ending_with_a_mark() -> None:
    text = "Buongiorno. Posso pagare in contanti? E con la carta?? Grazie."
    u = analyse(text)
    assert [q.text for q in u.questions] == ["Posso pagare in contanti?", "E con la carta??"]
    for q in u.questions:
        assert q.label == "question" and text[q.start : q.end] == q.text


def test_indirect_questions_without_a_mark() -> None:
    u = analyse("Vorrei sapere se la garanzia copre la batteria. Grazie")
    assert [q.text for q in u.questions] == ["Vorrei sapere se la garanzia copre la batteria"]
    assert u.questions[0].rule == "question.indirect"


def test_a_url_query_is_not_a_question() -> None:
    assert analyse("il link è https://example.com/x?id=3 ok").questions == ()


def test_question_marks_alone_ask_nothing_but_chase() -> None:
    u = analyse("????")
    assert u.questions == ()
    assert u.labels == ("chaser",)


def test_subject_spans_are_marked() -> None:
    u = analyse("il modem non va", subject="URGENTE!!! funziona?")
    assert u.labels == ("urgency_claim",)
    assert u.spans[0].field == "subject" and u.spans[0].text == "URGENTE"
    assert [(q.field, q.text) for q in u.questions] == [("subject", "funziona?")]


def test_labels_in_spec_order_and_every_label_has_evidence() -> None:
    u = analyse(
        "se non mi rimborsate vi sputtano su tutti i social, ladri. Chiamatemi al 347 123 4567"
    )
    assert list(u.labels) == [label for label in LABELS if label in u.labels]
    assert set(u.labels) == {"abusive", "blackmail", "reputation_threat", "contact_info"}
    for label in u.labels:
        assert any(s.label == label for s in u.spans)
    assert u.abusive


def test_language_guess() -> None:
    assert analyse("Buongiorno, il pacco non è arrivato").language == "it"
    assert analyse("Hello, my parcel has not arrived yet, can you check?").language == "en"


def test_empty_text() -> None:
    u = analyse("")
    assert (u.labels, u.spans, u.questions) == ((), (), ())
