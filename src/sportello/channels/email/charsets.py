"""Turning the bytes that mail really carries into text, without ever raising.

What people send, and what we do with it:
- a declared charset Python knows: used; bytes it cannot read are replaced and noted;
- UTF-8 declared, but the bytes are not UTF-8: read as Windows-1252 and noted;
- ISO-8859-1/15 or US-ASCII declared, but the bytes hold 0x80-0x9f (curly quotes, the
  euro sign): that is Windows-1252 in disguise, read as such and not noted (the text is
  right); valid UTF-8 labelled as Latin-1 is read as UTF-8 for the same reason;
- no charset, or an unknown one: UTF-8 if the bytes are valid UTF-8, else Windows-1252,
  else Latin-1 (which reads anything); an unknown name is noted.
"""

import binascii
import codecs
import re

# Codecs Python has that no mail client means: they would turn bytes into nonsense.
_REFUSED_CODECS = frozenset(
    {"unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined", "charmap"}
)
_LATIN_FAMILY = frozenset({"ascii", "iso8859-1", "iso8859-15"})  # codecs.lookup() names
_C1 = re.compile(rb"[\x80-\x9f]")
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
_Q_ESCAPE = re.compile(rb"=([0-9A-Fa-f]{2})")
_FOLD = re.compile(r"\r?\n(?=[ \t])")


def codec_for(label: str | None) -> str | None:
    """The Python codec for a MIME charset label, or None when there is none."""
    name = (label or "").strip().strip("\"'").lower()
    if not name:
        return None
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):
        return None
    if info.name in _REFUSED_CODECS or not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


def guess(data: bytes) -> tuple[str, str]:
    """Decode bytes of unknown charset: UTF-8, else Windows-1252, else Latin-1."""
    for codec in ("utf-8", "cp1252"):
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


_CODEC_NAMES = {"utf-8": "UTF-8", "cp1252": "Windows-1252", "latin-1": "Latin-1"}


def decode_bytes(
    data: bytes, charset: str | None, *, where: str = "the text"
) -> tuple[str, str | None]:
    """Decode `data` declared as `charset`. Returns the text and a problem sentence or None."""
    label = (charset or "").strip().strip("\"'").lower()
    if not label:
        return guess(data)[0], None
    codec = codec_for(label)
    if codec is None:
        text, used = guess(data)
        return text, f"Unknown character set {label!r} in {where}; read as {_CODEC_NAMES[used]}."
    if codec in _LATIN_FAMILY:
        if data.isascii():
            return data.decode("ascii"), None
        try:
            return data.decode("utf-8"), None  # valid UTF-8 is never accidental Latin-1
        except UnicodeDecodeError:
            pass
        if codec == "ascii" or _C1.search(data):
            return guess(data)[0], None
        return data.decode(codec), None
    try:
        return data.decode(codec), None
    except Exception:  # noqa: S110 - any codec may fail its own way on bad bytes
        pass
    if codec == "utf-8":
        try:
            return data.decode("cp1252"), (
                f"{where.capitalize()} was declared UTF-8 but was not; read as Windows-1252."
            )
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode(codec, "replace")
    except Exception:
        text = guess(data)[0]
    return text, f"Some characters of {where} could not be read as {label}; they were replaced."


def header_text(value: str, *, where: str = "a header") -> tuple[str, list[str]]:
    """A header's readable text: 8-bit bytes decoded, lines unfolded, RFC 2047 words decoded.

    `value` is a raw header value as the bytes parser leaves it (8-bit bytes as
    surrogate escapes)."""
    problems: list[str] = []
    if not value.isascii():
        value = guess(value.encode("utf-8", "surrogateescape"))[0]
    value = _FOLD.sub("", value).replace("\r", "").replace("\n", " ")
    if "=?" not in value:
        return value, problems
    out: list[str] = []
    position = 0
    previous_was_word = False
    for match in _ENCODED_WORD.finditer(value):
        between = value[position : match.start()]
        # Whitespace between two encoded words is not part of the text (RFC 2047 6.2).
        if not (previous_was_word and between.strip() == ""):
            out.append(between)
        decoded = _decode_word(match.group(1), match.group(2), match.group(3), where, problems)
        out.append(decoded if decoded is not None else match.group(0))
        previous_was_word = decoded is not None
        position = match.end()
    out.append(value[position:])
    return "".join(out), problems


def _decode_word(
    charset: str, encoding: str, payload: str, where: str, problems: list[str]
) -> str | None:
    charset = charset.split("*", 1)[0]  # RFC 2231 language suffix
    raw = payload.encode("utf-8", "surrogateescape")
    try:
        if encoding in "qQ":
            data = _Q_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), raw.replace(b"_", b" "))
        else:
            data = binascii.a2b_base64(raw + b"=" * (-len(raw) % 4))
    except (binascii.Error, ValueError):
        problems.append(f"An encoded word in {where} was damaged and is shown as sent.")
        return None
    text, problem = decode_bytes(data, charset, where=where)
    if problem:
        problems.append(problem)
    return text
