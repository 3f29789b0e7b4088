"""HTML mail: readable text for the text layer, sanitized HTML for display."""

from sportello.channels.email import parse_email
from sportello.channels.email.htmltext import html_to_text, sanitize_html

from .helpers import mail, parsed


def test_html_only_newsletter_becomes_readable_text() -> None:
    text = parsed("newsletter_html.eml").text
    assert "Nuove cornici in noce massello" in text
    assert "da lunedì sono disponibili le nuove cornici in noce massello & rovere" in text
    assert "- Cornice «Classica» 30×40 – 24,90 €" in text
    assert (
        "Sfoglia il catalogo (https://cornici-artigiane.example/catalogo?utm_source=newsletter)"
        in (text)
    )
    for dropped in ("font-family", "document.location", "javascript", "<"):
        assert dropped not in text


def test_newsletter_html_is_sanitized() -> None:
    html = parsed("newsletter_html.eml").html
    assert html is not None
    assert 'href="https://cornici-artigiane.example/catalogo?utm_source=newsletter"' in html
    for dropped in ("<script", "document.cookie", "onclick", "javascript:", "<style", "<title"):
        assert dropped not in html


def test_inline_cid_images_survive_sanitizing() -> None:
    html = parsed("attachments.eml").html
    assert html is not None
    assert 'src="cid:ii_m7x2k9a00"' in html


def test_plain_text_mail_has_no_html() -> None:
    assert parsed("plain_utf8.eml").html is None


def test_alternative_with_an_empty_plain_part_uses_the_html() -> None:
    boundary = "ALT"
    body = (
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\n\n\n"
        f"--{boundary}\nContent-Type: text/html; charset=utf-8\n\n"
        "<p>Il pacco &egrave; arrivato.</p>\n"
        f"--{boundary}--\n"
    )
    message = parse_email(
        mail(
            f"""
            From: a@example.it
            Message-ID: <alt@example.it>
            Content-Type: multipart/alternative; boundary="{boundary}"
            """,
            body,
        )
    )
    assert message.text == "Il pacco è arrivato."


def test_html_to_text_structure() -> None:
    html = (
        "<p>Riepilogo&nbsp;ordine</p><ol><li>Tela</li><li>Cornice</li></ol>"
        "<div>Riga uno<br>Riga due</div>"
        "<table><tr><td>Totale</td><td>49,90 &euro;</td></tr></table>"
        '<a href="mailto:assistenza@negozio.example">assistenza@negozio.example</a>'
        "<blockquote>citato<blockquote>più vecchio</blockquote></blockquote>"
    )
    assert html_to_text(html) == (
        "Riepilogo ordine\n\n1. Tela\n2. Cornice\n\nRiga uno\nRiga due\nTotale 49,90 €\n"
        "assistenza@negozio.example\n\n> citato\n>\n> > più vecchio"
    )


def test_sanitize_drops_event_handlers_and_forms() -> None:
    dirty = '<img src="x" onerror="alert(1)"><form action="https://evil.example"><input></form>'
    clean = sanitize_html(dirty)
    assert "onerror" not in clean
    assert "<form" not in clean
    assert "<input" not in clean
