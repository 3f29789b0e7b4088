"""A minimal PDF 1.4 writer for text documents: pages of wrapped Helvetica text, with
headings, page numbers and document metadata. Enough for an evidence pack that a person
prints or attaches to a report, without a PDF library.

The text is drawn with the standard Helvetica fonts in WinAnsiEncoding (Windows-1252),
which every PDF reader has, so Italian accented letters, quotes and the euro sign render
as written. Characters outside Windows-1252 (emoji, other scripts) become their closest
Latin form when there is one, else "?": the signed JSON bundle keeps the exact text.
"""

import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime

# Advance widths (1/1000 em) of the Windows-1252 characters 32-255, from Adobe's Core 14
# AFM metrics for Helvetica and Helvetica-Bold (Copyright (c) 1985, 1987, 1989, 1990,
# 1997 Adobe Systems Incorporated; Helvetica is a trademark of Linotype-Hell AG and/or
# its subsidiaries). Undefined code points are 0.
# fmt: off
_HELVETICA = (
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 556,
    556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
    0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667,
    278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,
    400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,
    667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
)
_HELVETICA_BOLD = (
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 556,
    556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
    0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667,
    278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333,
    400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611,
    722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278,
    611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
)
# fmt: on
_WIDTHS = {"F1": _HELVETICA, "F2": _HELVETICA_BOLD}
_FONTS = {"F1": "Helvetica", "F2": "Helvetica-Bold"}

PAGE_WIDTH, PAGE_HEIGHT = 595.0, 842.0  # A4 in points
MARGIN = 56.0
FOOTER_SIZE = 8.0
LEADING = 1.3  # line height as a multiple of the font size


def to_winansi(text: str) -> bytes:
    """The text in Windows-1252: unknown characters by their closest Latin form, else '?'.
    Control characters (tabs included) become spaces."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        if char == "\t" or (unicodedata.category(char) == "Cc"):
            out += b" "
            continue
        try:
            encoded = char.encode("cp1252")
        except UnicodeEncodeError:
            base = "".join(
                c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
            )
            try:
                encoded = base.encode("cp1252") if base else b"?"
            except UnicodeEncodeError:
                encoded = b"?"
        # 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in Windows-1252 and never produced.
        out += encoded
    return bytes(out)


def text_width(data: bytes, font: str, size: float) -> float:
    widths = _WIDTHS[font]
    return sum(widths[b - 32] if b >= 32 else 0 for b in data) * size / 1000


def wrap(text: str, font: str, size: float, width: float) -> list[bytes]:
    """Lines no wider than `width`, broken at spaces; a word longer than a line is cut.
    Line breaks in the text are kept; an empty line stays empty."""
    lines: list[bytes] = []
    for paragraph in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        words = to_winansi(paragraph).split(b" ")
        line = b""
        for word in words:
            candidate = word if not line else line + b" " + word
            if text_width(candidate, font, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = b""
            while text_width(word, font, size) > width:
                cut = len(word) - 1
                while cut > 1 and text_width(word[:cut], font, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return lines


def _escape(data: bytes) -> bytes:
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _text_string(text: str) -> bytes:
    """A PDF text string for the metadata: UTF-16BE with a byte order mark, in hex."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _pdf_date(instant: datetime) -> bytes:
    return instant.astimezone(UTC).strftime("(D:%Y%m%d%H%M%SZ)").encode()


@dataclass(frozen=True)
class Line:
    data: bytes
    font: str
    size: float
    indent: float = 0.0
    space_before: float = 0.0
    keep_with_next: int = 0  # start a new page unless this many lines fit after it


@dataclass
class TextDocument:
    """Headings and paragraphs, laid out on A4 pages when rendered."""

    title: str
    author: str = ""
    subject: str = ""
    created_at: datetime | None = None
    footer: str = ""
    lines: list[Line] = field(default_factory=list)

    @property
    def text_width(self) -> float:
        return PAGE_WIDTH - 2 * MARGIN

    def heading(self, text: str, size: float = 13.0) -> None:
        wrapped = wrap(text, "F2", size, self.text_width)
        for i, data in enumerate(wrapped):
            self.lines.append(
                Line(data, "F2", size, space_before=size * 0.8 if i == 0 else 0, keep_with_next=3)
            )

    def paragraph(
        self, text: str, size: float = 10.0, *, bold: bool = False, indent: float = 0.0
    ) -> None:
        font = "F2" if bold else "F1"
        for data in wrap(text, font, size, self.text_width - indent):
            self.lines.append(Line(data, font, size, indent=indent))

    def space(self, points: float = 6.0) -> None:
        self.lines.append(Line(b"", "F1", 1.0, space_before=points))

    def pages(self) -> list[list[tuple[Line, float]]]:
        """The lines with their baseline, page by page."""
        top = PAGE_HEIGHT - MARGIN
        bottom = MARGIN + FOOTER_SIZE * 3
        pages: list[list[tuple[Line, float]]] = [[]]
        y = top
        for index, line in enumerate(self.lines):
            height = line.size * LEADING
            needed = line.space_before + height
            if line.keep_with_next:
                following = self.lines[index + 1 : index + 1 + line.keep_with_next]
                needed += sum(f.space_before + f.size * LEADING for f in following)
            if y - needed < bottom and pages[-1]:
                pages.append([])
                y = top
            if pages[-1]:
                y -= line.space_before
            y -= height
            pages[-1].append((line, y))
        return pages

    def render(self) -> bytes:
        pages = self.pages()
        writer = _Writer()
        catalog = writer.reserve()
        page_tree = writer.reserve()
        fonts = {
            name: writer.add(
                b"<< /Type /Font /Subtype /Type1 /BaseFont /"
                + base.encode()
                + b" /Encoding /WinAnsiEncoding >>"
            )
            for name, base in _FONTS.items()
        }
        resources = (
            b"<< /Font << "
            + b" ".join(f"/{name} {ref} 0 R".encode() for name, ref in fonts.items())
            + b" >> >>"
        )
        kids = []
        for number, placed in enumerate(pages, start=1):
            stream = self._content(placed, number, len(pages))
            content = writer.add(
                b"<< /Length "
                + str(len(stream)).encode()
                + b" >>\nstream\n"
                + stream
                + b"\nendstream"
            )
            kids.append(
                writer.add(
                    f"<< /Type /Page /Parent {page_tree} 0 R "
                    f"/MediaBox [0 0 {PAGE_WIDTH:g} {PAGE_HEIGHT:g}] "
                    f"/Contents {content} 0 R /Resources ".encode()
                    + resources
                    + b" >>"
                )
            )
        writer.set(
            page_tree,
            b"<< /Type /Pages /Kids ["
            + b" ".join(f"{kid} 0 R".encode() for kid in kids)
            + f"] /Count {len(kids)} >>".encode(),
        )
        writer.set(catalog, f"<< /Type /Catalog /Pages {page_tree} 0 R >>".encode())
        info = b"<< /Title " + _text_string(self.title) + b" /Producer " + _text_string("Sportello")
        if self.author:
            info += b" /Author " + _text_string(self.author)
        if self.subject:
            info += b" /Subject " + _text_string(self.subject)
        if self.created_at is not None:
            info += b" /CreationDate " + _pdf_date(self.created_at)
        info_ref = writer.add(info + b" >>")
        return writer.finish(catalog, info_ref)

    def _content(self, placed: list[tuple[Line, float]], number: int, total: int) -> bytes:
        out = [b"BT"]
        for line, y in placed:
            if not line.data:
                continue
            x = MARGIN + line.indent
            out.append(
                f"/{line.font} {line.size:g} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm ".encode()
                + b"("
                + _escape(line.data)
                + b") Tj"
            )
        footer = f"{self.footer} - " if self.footer else ""
        footer_data = to_winansi(f"{footer}{number}/{total}")
        x = PAGE_WIDTH - MARGIN - text_width(footer_data, "F1", FOOTER_SIZE)
        out.append(
            f"/F1 {FOOTER_SIZE:g} Tf 1 0 0 1 {x:.2f} {MARGIN:.2f} Tm ".encode()
            + b"("
            + _escape(footer_data)
            + b") Tj"
        )
        out.append(b"ET")
        return b"\n".join(out)


class _Writer:
    """Numbered objects, then the cross-reference table with each object's byte offset."""

    def __init__(self) -> None:
        self.objects: list[bytes | None] = []

    def reserve(self) -> int:
        self.objects.append(None)
        return len(self.objects)

    def add(self, body: bytes) -> int:
        self.objects.append(body)
        return len(self.objects)

    def set(self, ref: int, body: bytes) -> None:
        self.objects[ref - 1] = body

    def finish(self, root: int, info: int) -> bytes:
        # The binary comment line tells transfer tools the file is not plain text.
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(self.objects, start=1):
            assert body is not None, f"object {number} reserved but never written"
            offsets.append(len(out))
            out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        size = len(self.objects) + 1
        out += f"xref\n0 {size}\n".encode()
        out += b"0000000000 65535 f \n"  # each entry is exactly 20 bytes
        for offset in offsets:
            out += f"{offset:010d} 00000 n \n".encode()
        out += f"trailer\n<< /Size {size} /Root {root} 0 R /Info {info} 0 R >>\n".encode()
        out += f"startxref\n{xref}\n%%EOF\n".encode()
        return bytes(out)
