"""Attachments and inline images: kept with their facts; too big ones refused, text kept."""

import base64
import email.policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from sportello.channels.email import DEFAULT_MAX_ATTACHMENT_BYTES, is_dangerous, parse_email
from sportello.channels.email.attachments import safe_filename

from .helpers import mail, parsed


def test_inline_image_and_attachments() -> None:
    message = parsed("attachments.eml")
    inline, screenshot, receipt = message.attachments
    assert (inline.filename, inline.content_type, inline.content_id, inline.inline) == (
        "foto1.png",
        "image/png",
        "ii_m7x2k9a00",
        True,
    )
    assert inline.content is not None and inline.content.startswith(b"\x89PNG\r\n\x1a\n")
    assert inline.size == len(inline.content)
    assert (screenshot.filename, screenshot.inline) == ("Screenshot_20260312-101500.png", False)
    assert receipt.filename == "Ricevuta di consegna – firmata.pdf"  # RFC 2231, UTF-8
    assert receipt.content is not None and receipt.content.startswith(b"%PDF-1.4")
    assert all(a.problem is None for a in message.attachments)
    assert "Allego anche lo screenshot" in message.text


def _big_mail(path: Path, size: int) -> Path:
    """A real message with a `size`-byte attachment, written like a mail client would."""
    message = EmailMessage()
    message["From"] = "Elena Fontana <elena.fontana@gmail.example>"
    message["To"] = "assistenza@negozio.example"
    message["Subject"] = "Video del pacco aperto"
    message["Message-ID"] = "<big.1@gmail.example>"
    message.set_content("Vi mando il video dell'apertura del pacco: la tela è strappata.")
    message.add_attachment(
        b"\x00\x00\x00\x18ftypmp42" + bytes(size - 12),
        maintype="video",
        subtype="mp4",
        filename="apertura pacco.mp4",
    )
    path.write_bytes(message.as_bytes(policy=email.policy.SMTP))
    return path


def test_a_30_mb_attachment_is_refused_while_the_text_lands(tmp_path: Path) -> None:
    size = 30 * 1024 * 1024
    raw = _big_mail(tmp_path / "grande.eml", size).read_bytes()
    message = parse_email(raw)
    assert message.text == "Vi mando il video dell'apertura del pacco: la tela è strappata."
    (video,) = message.attachments
    assert video.content is None
    assert video.size == size  # the real decoded size, for the agent
    assert video.filename == "apertura pacco.mp4"
    assert video.problem is not None and "25.0 MB" in video.problem
    assert any("apertura pacco.mp4" in p for p in message.problems)
    assert DEFAULT_MAX_ATTACHMENT_BYTES == 25 * 1024 * 1024


def test_the_limit_is_a_parameter(tmp_path: Path) -> None:
    raw = _big_mail(tmp_path / "piccolo.eml", 2000).read_bytes()
    assert parse_email(raw).attachments[0].content is not None
    refused = parse_email(raw, max_attachment_bytes=1999).attachments[0]
    assert refused.content is None and refused.size == 2000


def test_forwarded_message_attachment_is_an_eml_file() -> None:
    inner = (
        b"From: BRT <noreply@brt.example>\nSubject: Consegna\nMessage-ID: <brt.1@x>\n\nConsegnato."
    )
    body = (
        b"--F\nContent-Type: text/plain; charset=utf-8\n\nVedi allegato.\n"
        b"--F\nContent-Type: message/rfc822\n\n" + inner + b"\n--F--\n"
    )
    raw = mail(
        'From: a@example.it\nMessage-ID: <f@x>\nContent-Type: multipart/mixed; boundary="F"', body
    )
    message = parse_email(raw)
    (attached,) = message.attachments
    assert (attached.filename, attached.content_type) == ("attachment-1.eml", "message/rfc822")
    assert attached.content is not None
    assert parse_email(attached.content).text == "Consegnato."
    assert message.bounce_of is None  # a forwarded message is not a bounce
    assert message.text == "Vedi allegato."


def test_attachment_names_lose_paths_and_control_characters() -> None:
    body = (
        b"--A\nContent-Type: text/plain\n\nCiao\n"
        b"--A\nContent-Type: application/pdf\n"
        b'Content-Disposition: attachment; filename="..\\\\..\\\\fattura\x07.pdf"\n'
        b"Content-Transfer-Encoding: base64\n\n" + base64.b64encode(b"%PDF") + b"\n"
        b"--A\nContent-Type: image/jpeg\nContent-Disposition: attachment\n"
        b"Content-Transfer-Encoding: base64\n\n" + base64.b64encode(b"\xff\xd8\xff") + b"\n--A--\n"
    )
    raw = mail(
        'From: a@example.it\nMessage-ID: <n@x>\nContent-Type: multipart/mixed; boundary="A"', body
    )
    names = [a.filename for a in parse_email(raw).attachments]
    assert names == ["fattura_.pdf", "attachment-2.jpg"]


@pytest.mark.parametrize(
    ("name", "content_type", "expected"),
    [
        ("../../etc/passwd", "text/plain", "passwd"),
        ("C:\\Users\\mario\\foto.jpg", "image/jpeg", "foto.jpg"),
        ("..htaccess", "text/plain", "htaccess"),
        (None, "image/png", "attachment-3.png"),
        ("", "message/rfc822", "attachment-3.eml"),
        (None, "text/rfc822-headers", "attachment-3.txt"),
        ("a" * 300 + ".pdf", "application/pdf", "a" * 196 + ".pdf"),
    ],
)
def test_safe_filename(name: str | None, content_type: str, expected: str) -> None:
    assert safe_filename(name, content_type, 3) == expected


@pytest.mark.parametrize(
    ("content_type", "filename", "dangerous"),
    [
        ("image/jpeg", "foto.jpg", False),
        ("application/pdf", "fattura.pdf", False),
        ("text/plain", "note.txt", False),
        ("image/svg+xml", "logo.svg", True),
        ("image/png", "logo.svg", True),  # the name counts as much as the type
        ("text/html", "fattura.html", True),
        ("application/octet-stream", "fattura.pdf.exe", True),
        ("application/javascript", "x.js", True),
        ("application/vnd.ms-excel.sheet.macroEnabled.12", "listino.xlsm", True),
        ("application/xhtml+xml", None, True),
        ("application/octet-stream", "FATTURA.HTM", True),
        ("application/octet-stream", "ordine.zip", False),
        (None, None, False),
    ],
)
def test_is_dangerous(content_type: str | None, filename: str | None, dangerous: bool) -> None:
    assert is_dangerous(content_type, filename) is dangerous
