"""Quoted history and signatures leave `text` (what is analysed) for `quoted_text`."""

from sportello.channels.email import parse_email
from sportello.channels.email.quoting import split_quoted

from .helpers import mail, parsed


def test_gmail_reply_with_attribution_wrapped_over_two_lines() -> None:
    message = parsed("gmail_reply.eml")
    assert message.text.endswith("Quando arriverà il rimborso?\n\nGiulia")
    assert "Gentile Giulia" not in message.text
    assert "ha scritto" not in message.text
    assert message.quoted_text.startswith("Il giorno lun 2 mar 2026 alle ore 09:00")
    assert "> Gentile Giulia," in message.quoted_text


def test_apple_mail_reply_flowed_text_and_iphone_signature() -> None:
    message = parsed("apple_mail_reply.eml")
    assert message.text == (
        "Buongiorno, il tracciamento non si aggiorna da quattro giorni: è normale? "
        "Il pacco risulta ancora fermo a Bologna."
    )
    assert message.quoted_text.startswith("Inviato da iPhone")
    assert "Il giorno 2 mar 2026, alle ore 16:20, Negozio <ordini@negozio.example> ha scritto:" in (
        message.quoted_text
    )


def test_thunderbird_reply_numeric_date_attribution() -> None:
    message = parsed("order_reply.eml")
    assert "sono in ufficio, via Garibaldi 12, 20121 Milano." in message.text  # unflowed
    assert "GLS" not in message.text
    assert message.quoted_text.startswith("Il 09/03/26 08:10, Negozio Cornici ha scritto:")


def test_outlook_two_level_forward_keeps_the_forwarded_content() -> None:
    message = parsed("outlook_forward.eml")
    assert message.text.startswith("Buongiorno,\nvi inoltro la mail del corriere")
    assert "Guarda, ti giro la mail del corriere" in message.text
    assert "(ordine 100482) è stata consegnata il 02/03/2026 alle 13:58." in message.text
    assert message.quoted_text == ""
    assert message.extra["forwarded"] is True


OUTLOOK_HISTORY = """Va bene, grazie.

________________________________
Da: Assistenza Negozio <assistenza@negozio.example>
Inviato: lunedì 2 marzo 2026 09:00
A: Laura Bianchi <laura.bianchi@outlook.example>
Oggetto: Reso R-12

Le abbiamo inviato l'etichetta di reso."""


def test_outlook_header_block_in_a_reply_is_quoted() -> None:
    split = split_quoted(OUTLOOK_HISTORY, subject="R: Reso R-12")
    assert split.text == "Va bene, grazie."
    assert split.quoted.startswith("________________________________\nDa: Assistenza Negozio")
    assert not split.forwarded


def test_same_header_block_under_a_forward_subject_is_forwarded_content() -> None:
    split = split_quoted(OUTLOOK_HISTORY, subject="I: Reso R-12")
    assert "Le abbiamo inviato l'etichetta di reso." in split.text
    assert split.forwarded


def test_english_outlook_block_and_original_message_line() -> None:
    english = "Thanks.\n\nFrom: Shop <s@x.example>\nSent: Monday, March 2, 2026 9:00 AM\n"
    english += "To: Anna <a@x.example>\nSubject: Order 100482\n\nYour order has shipped."
    assert split_quoted(english, subject="RE: Order 100482").text == "Thanks."
    old = "Ok.\n\n-----Messaggio originale-----\nDa: Negozio\nInviato: lunedì\nSpedito."
    assert split_quoted(old, subject="R: x").text == "Ok."
    assert split_quoted(old, subject="R: x").quoted.startswith("-----Messaggio originale-----")


def test_gmail_and_apple_forward_markers_keep_content_in_text() -> None:
    for marker in (
        "---------- Forwarded message ---------",
        "---------- Messaggio inoltrato ---------",
        "Inizio messaggio inoltrato:",
        "Begin forwarded message:",
    ):
        body = f"Vedete qui sotto.\n\n{marker}\nDa: BRT <noreply@brt.example>\n\nPacco in giacenza."
        split = split_quoted(body, subject="Fwd: giacenza")
        assert split.forwarded, marker
        assert "Pacco in giacenza." in split.text
        assert split.text.startswith("Vedete qui sotto.")


def test_reply_above_a_forward_in_the_history_is_a_reply() -> None:
    body = (
        "Grazie!\n\nOn Mon, Mar 2, 2026 at 9:00 AM Shop <s@x.example> wrote:\n"
        "> ---------- Forwarded message ---------\n> old"
    )
    split = split_quoted(body, subject="Re: Fwd: x")
    assert split.text == "Grazie!"
    assert not split.forwarded


def test_interleaved_answers_keep_the_senders_lines_only() -> None:
    body = (
        "Mario ha scritto:\n> Qual è il numero d'ordine?\n100482\n\n"
        "> E l'indirizzo di consegna?\nVia Roma 1, Torino"
    )
    split = split_quoted(body)
    assert split.text == "100482\n\nVia Roma 1, Torino"
    assert "> Qual è il numero d'ordine?" in split.quoted
    assert "Mario ha scritto:" in split.quoted


def test_signature_after_dash_dash_space_is_quoted() -> None:
    body = "La cornice è arrivata, grazie.\n\n-- \nMario Rossi\nTel. 333 1234567\nwww.rossi.example"
    split = split_quoted(body)
    assert split.text == "La cornice è arrivata, grazie."
    assert split.quoted.startswith("--\nMario Rossi")  # trailing spaces are not kept
    assert "333 1234567" in split.quoted


def test_a_long_tail_after_dashes_is_not_a_signature() -> None:
    body = "Premessa\n--\n" + "\n".join(f"punto {n}" for n in range(20))
    assert split_quoted(body).text == body


def test_sentences_that_merely_mention_writing_are_not_quotes() -> None:
    body = "Il corriere mi ha scritto:\nil pacco è in giacenza a Bologna.\nCosa devo fare?"
    assert split_quoted(body).text == body


def test_html_only_reply_blockquote_is_quoted() -> None:
    html = (
        "<div>Sì, confermo il cambio.</div><div class=gmail_quote>"
        "<div>Il giorno mar 3 mar 2026 alle ore 10:00 Negozio &lt;a@negozio.example&gt; "
        "ha scritto:</div><blockquote><p>Confermi il cambio taglia?</p></blockquote></div>"
    )
    message = parse_email(
        mail(
            """
            From: a@example.it
            Message-ID: <h1@example.it>
            Content-Type: text/html; charset=utf-8
            """,
            html,
        )
    )
    assert message.text == "Sì, confermo il cambio."
    assert "> Confermi il cambio taglia?" in message.quoted_text
