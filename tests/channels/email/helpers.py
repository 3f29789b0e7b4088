"""Small helpers for the e-mail channel tests."""

import textwrap
from pathlib import Path

from sportello.channels.email import parse_email
from sportello.inbound import InboundMessage

FIXTURES = Path(__file__).parent / "fixtures"
SUPPORT = "assistenza@negozio.example"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def parsed(name: str, **kwargs: object) -> InboundMessage:
    """A fixture file read by parse_email."""
    return parse_email(fixture(name), **kwargs)  # type: ignore[arg-type]


def mail(headers: str, body: str | bytes = "", *, crlf: bool = False) -> bytes:
    """A message from a header block (indentation removed, folding kept) and a body."""
    head = textwrap.dedent(headers).strip("\n")
    data = head.encode("utf-8") + b"\n\n"
    data += body.encode("utf-8") if isinstance(body, str) else body
    return data.replace(b"\n", b"\r\n") if crlf else data
