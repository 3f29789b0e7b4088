"""The PDF writer: a file any reader opens (header, objects where the cross-reference
table says, trailer), Italian text that reads back as written, wrapping and pages."""

import io
import re
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sportello.helpdesk import evidence
from sportello.helpdesk.evidence_pdf import PAGE_WIDTH, TextDocument, text_width, to_winansi, wrap
from sportello.helpdesk.models import Incident
from tests.workspace.conduct import INSULT, POLITE, THREAT, write

pypdf = pytest.importorskip("pypdf")

ITALIAN = "Perché è così? L'attività «Città» costa 12 € – più dell'80% (sì, davvero)."


def structure(pdf: bytes) -> dict[str, object]:
    """Check the file the way a strict reader starts: from the end."""
    assert pdf.startswith(b"%PDF-1.4\n")
    assert pdf.rstrip().endswith(b"%%EOF")
    startxref = int(re.search(rb"startxref\n(\d+)\n%%EOF\s*$", pdf)[1])
    assert pdf[startxref:].startswith(b"xref\n")
    header = re.match(rb"xref\n0 (\d+)\n", pdf[startxref:])
    size = int(header[1])
    table = pdf[startxref + header.end() :]
    entries = [table[i * 20 : (i + 1) * 20] for i in range(size)]
    assert entries[0] == b"0000000000 65535 f \n"
    for number, entry in enumerate(entries[1:], start=1):
        assert re.fullmatch(rb"\d{10} 00000 n \n", entry), entry
        offset = int(entry[:10])
        assert pdf[offset:].startswith(f"{number} 0 obj\n".encode()), number
    trailer = table[size * 20 :]
    assert re.match(rf"trailer\n<< /Size {size} /Root \d+ 0 R /Info \d+ 0 R >>".encode(), trailer)
    for stream in re.finditer(rb"<< /Length (\d+) >>\nstream\n", pdf):
        end = stream.end() + int(stream[1])
        assert pdf[end:].startswith(b"\nendstream")
    return {"objects": size - 1}


def read(pdf: bytes) -> "pypdf.PdfReader":
    return pypdf.PdfReader(io.BytesIO(pdf), strict=True)


def test_a_document_is_a_valid_pdf_with_its_text_and_metadata():
    doc = TextDocument(
        title="Fascicolo dell'incidente I-1",
        author="Il mio negozio",
        created_at=datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
    )
    doc.heading("Perché questo fascicolo")
    doc.paragraph(ITALIAN)
    pdf = doc.render()
    structure(pdf)
    reader = read(pdf)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Perché questo fascicolo" in text
    assert ITALIAN in text.replace("\n", " ")
    assert reader.metadata.title == "Fascicolo dell'incidente I-1"
    assert reader.metadata.author == "Il mio negozio"
    assert reader.metadata.creation_date.year == 2026


def test_long_text_wraps_inside_the_margins_and_breaks_into_numbered_pages():
    doc = TextDocument(title="Lungo", footer="I-7")
    sentence = "Siete dei ladri e degli incompetenti, so dove avete il magazzino. "
    for _ in range(120):
        doc.paragraph(sentence * 3)
    pdf = doc.render()
    structure(pdf)
    reader = read(pdf)
    assert len(reader.pages) > 3
    assert "I-7 - 1/" in reader.pages[0].extract_text()
    last = len(reader.pages)
    assert f"{last}/{last}" in reader.pages[-1].extract_text()
    for line in doc.lines:
        assert text_width(line.data, line.font, line.size) <= doc.text_width + 0.01


def test_a_word_longer_than_a_line_is_cut_and_line_breaks_are_kept():
    lines = wrap("a" * 500 + "\n\nfine", "F1", 10, 200)
    assert all(text_width(line, "F1", 10) <= 200 for line in lines)
    assert b"".join(lines[:-3]) + lines[-3] == b"a" * 500
    assert lines[-2:] == [b"", b"fine"]


def test_characters_outside_windows_1252_degrade_visibly():
    assert to_winansi("è € “ok”") == "è € “ok”".encode("cp1252")
    assert to_winansi("ﬁne 😀\tç") == b"fine ? \xe7"


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=400))
def test_any_text_makes_a_valid_pdf(text):
    doc = TextDocument(title=text[:40] or "x")
    doc.paragraph(text)
    structure(doc.render())


def test_the_incident_pdf_reads_back_in_italian(make_ticket, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    write(make_ticket, POLITE, 0)
    write(make_ticket, INSULT, 1)
    write(make_ticket, THREAT, 2)
    incident = Incident.objects.get()
    pdf = evidence.export_incident(None, incident, "pdf").content
    structure(pdf)
    reader = read(pdf)
    text = " ".join(page.extract_text() for page in reader.pages).replace("\n", " ")
    assert f"Fascicolo dell'incidente {incident.ref}" in text
    assert THREAT in text and INSULT in text
    assert "So dove avete il magazzino" in text and "minaccia" in text
    assert "Catena di audit al momento dell'esportazione: integra" in text
    assert "message.received" in text
    assert PAGE_WIDTH == 595.0
