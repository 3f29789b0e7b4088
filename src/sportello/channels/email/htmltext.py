"""HTML mail: readable text for the text layer, and sanitized HTML for display.

The text keeps what a reader sees: block elements become line breaks, list items get a
dash (or their number), links read "text (url)", quoted blocks (<blockquote>) get "> "
in front of each line so the quote splitter treats them like a plain-text quote, and
script, style and head contents are dropped.

The sanitized HTML is `nh3.clean` with its defaults (no scripts, styles, event handlers,
forms or `javascript:` links) plus the `cid:` scheme, so inline images sent with the
message can still be shown. Remote images are kept as nh3 keeps them: whether to load
them is the display's choice.
"""

import re
from html.parser import HTMLParser

import nh3

_SKIP = frozenset({"script", "style", "head", "title", "template", "noscript", "object", "iframe"})
_BLOCK = frozenset(
    {
        "address", "article", "aside", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "main",
        "nav", "section", "summary", "table", "tbody", "thead", "tfoot", "tr",
    }
)  # fmt: skip
_PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "ul", "ol"})
_CELL = frozenset({"td", "th"})
_SPACES = re.compile(r"[ \t\r\n\f\u00a0\u200b]+")
_URL_SCHEMES = nh3.ALLOWED_URL_SCHEMES | {"cid"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[int, str]] = []  # (blockquote depth, text); "" is a blank line
        self.current: list[str] = []
        self.depth = 0
        self.skipping: list[str] = []
        self.pre = 0
        self.lists: list[list[int]] = []  # per open list: [next number], or [] when unordered
        self.links: list[tuple[str, int]] = []  # (href, len(current) when the link opened)

    # --- lines
    def flush(self) -> None:
        text = "".join(self.current)
        self.current = []
        if not self.pre:
            text = _SPACES.sub(" ", text).strip()
        if text.strip():
            self.lines.append((self.depth, text))

    def blank(self) -> None:
        self.flush()
        if self.lines and self.lines[-1][1] != "":
            self.lines.append((self.depth, ""))

    # --- parser callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.append(tag)
            return
        if tag in _SKIP:
            self.skipping.append(tag)
            return
        if tag == "br":
            self.flush()
        elif tag == "blockquote":
            self.blank()
            self.depth += 1
        elif tag in _PARAGRAPH:
            self.blank()
            if tag == "pre":
                self.pre += 1
            elif tag == "ol":
                start = dict(attrs).get("start") or "1"
                self.lists.append([int(start) if start.isdigit() else 1])
            elif tag == "ul":
                self.lists.append([])
        elif tag == "li":
            self.flush()
            numbering = self.lists[-1] if self.lists else []
            if numbering:
                self.current.append(f"{numbering[0]}. ")
                numbering[0] += 1
            else:
                self.current.append("- ")
        elif tag in _BLOCK:
            self.flush()
        elif tag in _CELL:
            self.current.append(" ")
        elif tag == "a":
            self.links.append(((dict(attrs).get("href") or "").strip(), len(self.current)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr") and not self.skipping:
            self.flush()

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag == "blockquote":
            self.blank()
            self.depth = max(0, self.depth - 1)
        elif tag in _PARAGRAPH:
            if tag == "pre":
                self.pre = max(0, self.pre - 1)
            elif tag in ("ul", "ol") and self.lists:
                self.lists.pop()
            self.blank()
        elif tag in _BLOCK or tag == "li":
            self.flush()
        elif tag == "a" and self.links:
            href, start = self.links.pop()
            label = _SPACES.sub(" ", "".join(self.current[start:])).strip()
            if _worth_showing(href, label):
                self.current.append(f" ({href})" if label else href)

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if self.pre:
            parts = data.replace("\r", "").split("\n")
            for index, part in enumerate(parts):
                if index:
                    self.flush()
                self.current.append(part)
        else:
            self.current.append(data)

    def text(self) -> str:
        self.flush()
        lines = self.lines
        while lines and not lines[-1][1]:
            lines.pop()
        return "\n".join(("> " * depth + line).rstrip() for depth, line in lines)


def _worth_showing(href: str, label: str) -> bool:
    if not href or href.startswith(("#", "javascript:", "cid:", "data:")):
        return False
    bare = href.removeprefix("mailto:").removeprefix("tel:")
    return label.rstrip("/") not in (href.rstrip("/"), bare)


def html_to_text(html: str) -> str:
    """What a reader of this HTML sees, as plain text."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return parser.text()


def sanitize_html(html: str) -> str:
    """HTML safe to show in the agents' page: see the module docstring."""
    return nh3.clean(
        html, url_schemes=_URL_SCHEMES, clean_content_tags={"script", "style", "title"}
    )
