"""Raw RFC 5322 bytes -> `InboundMessage`. Never raises on bad input.

Whatever arrives, an `InboundMessage` comes out with the original bytes in `raw` and,
in `problems`, short English sentences saying what could not be read. The choices:

- `external_id`: the Message-ID, angle brackets kept (`<a1@x>`; a bare `a1@x` gets
  them added). Without a usable one (missing, or longer than 255 characters):
  `<sha256-HEX@sportello.invalid>`, the hash of the bytes with line endings normalised
  to LF, so importing the same message again (IMAP, maildir, webhook) finds the same id.
- `sender`: the From address, lowercased (else Sender, else Return-Path; "" when there
  is none at all, with a problem); `name`: its decoded display name.
- `received_at`: the value passed in (the IMAP INTERNALDATE, the webhook's time...),
  else the Date header, else the latest date among the Received headers, else
  `sportello.clock.now()` (the one clock, which tests and `simulate` set) with a
  problem. A Date without a zone, or with -0000, is taken as UTC.
- Text: the text/plain parts (format=flowed unwrapped); when there are none, or only
  empty ones, the HTML parts converted to text (`htmltext`). Charsets: `charsets`.
- Quoted history (replies: everything from the attribution, Outlook header block or
  "original message" line on, and ">" lines) and signatures ("-- ", "Inviato da
  iPhone") go to `quoted_text`. Forwards are the exception: the forwarded material,
  every level of it, stays in `text`, because it is what the sender wants the shop to
  read (the courier's notice, the shop's own order mail they complain about), and
  `extra["forwarded"]` is set. Details and patterns: `quoting`.
- `html`: the HTML parts, sanitized (`htmltext`); None for plain-text mail.
- Attachments: every part that is not body text (text/plain or text/html without a
  file name and not marked attachment), forwarded messages (message/rfc822) included
  as `.eml` files, delivery-status and read-receipt parts excluded (their facts are
  read instead). `content_id` is the Content-ID without angle brackets, as `cid:` URLs
  name it; `inline` is Content-Disposition inline, or a Content-ID with no disposition.
  Over `max_attachment_bytes` (decoded): `content` None, `size` the decoded size,
  `problem` says why. File names lose paths and control characters (`attachments`).
- Threading facts (`in_reply_to`, `ticket_ref`, `order_number`): `threads`.
- `recipient`: the first recipient that is the support mailbox (any plus tag) when
  `support_address` is given, else the first To, Delivered-To or X-Original-To address
  (then Cc).
- `automatic` and `extra["automatic_reason"]`: `automatic`. For a delivery report,
  `extra["bounce"]` = {action, status, recipient, diagnostic}, and `bounce_of` = the
  Message-ID of the returned message (from its message/rfc822 or text/rfc822-headers
  part, or an Original-Message-ID field) when the action is "failed" or unstated; a
  delay notice is not a bounce. A bounce from MAILER-DAEMON or postmaster without a DSN
  report gets `bounce_of` from a "Message-ID:" line of the returned text.
- Other `extra` keys (all JSON-serializable): `reply_to` (address), `cc` (addresses),
  `sent_at` (the Date header, ISO 8601), `forwarded` (True when `text` carries
  forwarded material).
- Every string is cleaned for storage: no NUL characters, no lone surrogates.
"""

import email
import email.message
import email.parser
import email.policy
import email.utils
import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sportello import clock
from sportello.channels.email.attachments import safe_filename
from sportello.channels.email.automatic import automatic_reason, bounce_facts, is_system_sender
from sportello.channels.email.charsets import decode_bytes, guess, header_text
from sportello.channels.email.headers import Headers
from sportello.channels.email.htmltext import html_to_text, sanitize_html
from sportello.channels.email.quoting import split_quoted
from sportello.channels.email.threads import (
    message_ids,
    order_number,
    reply_candidates,
    same_mailbox,
    ticket_ref,
)
from sportello.inbound import InboundAttachment, InboundMessage

DEFAULT_MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
_MAX_DEPTH = 30  # nesting of MIME parts we follow
_MAX_PARTS = 500  # parts we read; the rest stay in `raw`
_BOUNDARY_LINE = re.compile(rb"(?m)^--[^\s]{4,}[ \t]*\r?\n?")
_PART_HEADER = re.compile(rb"^\s*(?:content-[a-z-]+|mime-version)\s*:", re.IGNORECASE)
_RETURNED_ID = re.compile(r"(?im)^\s*message-id\s*:\s*(<[^<>\s]+>)")
_DELIVERY_STATUS = frozenset({"message/delivery-status", "message/global-delivery-status"})
_DISPOSITION = frozenset(
    {"message/disposition-notification", "message/global-disposition-notification"}
)
_ATTACHED_MESSAGE = frozenset({"message/rfc822", "message/global"})

_DEFECTS = {
    "NoBoundaryInMultipartDefect": (
        "The message declared several parts but no boundary; it was read as one block."
    ),
    "StartBoundaryNotFoundDefect": (
        "The boundary between the message's parts was never found; "
        "its parts were recovered as well as possible."
    ),
    "CloseBoundaryNotFoundDefect": (
        "The message ends before its last part is closed; it may be truncated."
    ),
    "MissingHeaderBodySeparatorDefect": (
        "A header line was malformed; what followed it was read as the body."
    ),
    "FirstHeaderLineIsContinuationDefect": "The message began with a malformed header line.",
    "InvalidBase64PaddingDefect": "Some base64 content was damaged; it may be incomplete.",
    "InvalidBase64CharactersDefect": "Some base64 content was damaged; it may be incomplete.",
    "InvalidBase64LengthDefect": "Some base64 content was damaged; it may be incomplete.",
}


@dataclass
class _Body:
    plain: list[str] = field(default_factory=list)
    html: list[str] = field(default_factory=list)
    attachments: list[InboundAttachment] = field(default_factory=list)
    mime_types: set[str] = field(default_factory=set)
    status_blocks: list[dict[str, str]] = field(default_factory=list)
    returned_ids: list[str] = field(default_factory=list)  # Message-IDs of returned messages
    problems: list[str] = field(default_factory=list)
    parts: int = 0


def parse_email(
    raw: bytes,
    *,
    received_at: datetime | None = None,
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES,
    support_address: str | None = None,
) -> InboundMessage:
    """Read one e-mail message; see the module docstring. Raises only on a naive
    `received_at` (a caller's mistake), never on what the bytes contain."""
    if received_at is not None and received_at.tzinfo is None:
        raise ValueError("received_at must carry a time zone offset")
    raw = bytes(raw)
    support = support_address.strip().lower() if support_address else None
    try:
        return _parse(raw, received_at, max_attachment_bytes, support)
    except Exception as exc:
        return _unreadable(raw, received_at, exc)


def content_id(raw: bytes) -> str:
    """The id given to a message without a usable Message-ID (see the module docstring)."""
    normalised = raw.replace(b"\r\n", b"\n")
    return f"<sha256-{hashlib.sha256(normalised).hexdigest()}@sportello.invalid>"


def _parse(
    raw: bytes, received_at: datetime | None, max_bytes: int, support: str | None
) -> InboundMessage:
    problems: list[str] = []
    msg = _read(raw, problems)
    headers = Headers(msg.raw_items())

    ids = message_ids(headers.raw("Message-ID"))
    if ids:
        external_id = ids[0]
    else:
        external_id = content_id(raw)
        problems.append("The message had no usable Message-ID; an id was made from its content.")

    subject = headers.text("Subject") or None
    sender_pair = (
        headers.address("From") or headers.address("Sender") or headers.address("Return-Path")
    )
    if sender_pair is None:
        problems.append("The message had no sender address.")
    name, sender = sender_pair or ("", "")

    date_text = headers.text("Date")
    sent_at = _parse_date(date_text)
    if date_text and sent_at is None:
        problems.append("The Date header could not be read.")
    if received_at is None:
        received_at = sent_at or _latest_received(headers)
    if received_at is None:
        received_at = clock.now()
        problems.append("The message had no readable date; the time it was read was used.")

    body = _Body()
    _walk(msg, body, depth=0, max_bytes=max_bytes)
    plain = "\n".join(body.plain).strip()
    html_source = "\n".join(body.html)
    if plain:
        text = plain
    elif body.html:
        text = html_to_text(html_source)
    else:
        text = ""
    split = split_quoted(text, subject=subject)
    html = sanitize_html(html_source) if body.html else None

    to = [a for _, a in headers.addresses("To")]
    cc = [a for _, a in headers.addresses("Cc")]
    delivered = [a for _, a in headers.addresses("Delivered-To", "X-Original-To")]
    recipients = [*to, *delivered, *cc]
    recipient = next((a for a in recipients if support and same_mailbox(a, support)), None)
    recipient = recipient or next(iter(recipients), None)

    references = " ".join(headers.raw_all("References"))
    in_reply_to = reply_candidates(headers.raw("In-Reply-To"), references)

    senders = [sender, *(a for _, a in headers.addresses("Sender"))]
    report_type = _param(msg, "report-type")
    reason = automatic_reason(
        headers,
        mime_types=body.mime_types,
        report_type=report_type.lower() if report_type else None,
        senders=senders,
        subject=subject,
        support_address=support,
    )

    extra: dict[str, object] = {}
    bounce_of = None
    if reason:
        extra["automatic_reason"] = reason
    if body.status_blocks:
        facts = bounce_facts(body.status_blocks)
        extra["bounce"] = facts
        for block in body.status_blocks:
            for key in ("original-message-id", "x-original-message-id"):
                body.returned_ids.extend(message_ids(block.get(key)))
        if facts["action"] in (None, "failed") and body.returned_ids:
            bounce_of = body.returned_ids[0]
    elif any(is_system_sender(s) for s in senders if s):
        returned = _RETURNED_ID.search("\n".join(body.plain))
        bounce_of = returned.group(1) if returned else next(iter(body.returned_ids), None)
    reply_to = headers.address("Reply-To")
    if reply_to and reply_to[1] != sender:
        extra["reply_to"] = _clean(reply_to[1])
    if cc:
        extra["cc"] = [_clean(a) for a in cc]
    if sent_at is not None:
        extra["sent_at"] = sent_at.isoformat()
    if split.forwarded:
        extra["forwarded"] = True

    problems.extend(headers.problems)
    problems.extend(body.problems)
    return InboundMessage(
        channel="email",
        external_id=_clean(external_id),
        sender=_clean(sender),
        received_at=received_at,
        text=_clean(split.text),
        subject=_clean(subject) if subject else None,
        name=_clean(name) or None,
        html=_clean(html) if html is not None else None,
        quoted_text=_clean(split.quoted),
        in_reply_to=tuple(_clean(i) for i in in_reply_to),
        order_number=order_number(subject, recipients, support),
        ticket_ref=ticket_ref(subject, recipients, support),
        attachments=tuple(body.attachments),
        automatic=reason is not None,
        bounce_of=_clean(bounce_of) if bounce_of else None,
        recipient=_clean(recipient) if recipient else None,
        raw=raw,
        problems=tuple(dict.fromkeys(_clean(p) for p in problems)),
        extra=extra,
    )


def _walk(part: email.message.Message, body: _Body, *, depth: int, max_bytes: int) -> None:
    body.parts += 1
    if body.parts > _MAX_PARTS or depth > _MAX_DEPTH:
        body.problems.append("The message had too many parts; only the first ones were read.")
        return
    ctype = _content_type(part)
    body.mime_types.add(ctype)
    if ctype in _DELIVERY_STATUS:
        body.mime_types.add("message/delivery-status")
        body.status_blocks.extend(_header_blocks(part))
    elif ctype in _DISPOSITION:
        for block in _header_blocks(part):
            body.returned_ids.extend(message_ids(block.get("original-message-id")))
    elif ctype in _ATTACHED_MESSAGE:
        inner = part.get_payload(0) if part.is_multipart() else None
        if isinstance(inner, email.message.Message):
            body.returned_ids.extend(message_ids(Headers(inner.raw_items()).raw("Message-ID")))
        _add_attachment(part, body, max_bytes)
    elif part.is_multipart():
        for sub in part.get_payload():
            if isinstance(sub, email.message.Message):
                _walk(sub, body, depth=depth + 1, max_bytes=max_bytes)
    elif ctype.startswith("multipart/"):
        _salvage(part, body, depth=depth, max_bytes=max_bytes)
    elif ctype == "text/rfc822-headers":
        data = _payload(part)
        returned = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(data)
        body.returned_ids.extend(message_ids(Headers(returned.raw_items()).raw("Message-ID")))
        _add_attachment(part, body, max_bytes)
    elif ctype in ("text/plain", "text/html") and not _is_attachment(part):
        charset = _safe_charset(part)
        text, problem = decode_bytes(_payload(part), charset, where="the message text")
        if problem:
            body.problems.append(problem)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if ctype == "text/html":
            body.html.append(text)
        else:
            if (_param(part, "format") or "").lower() == "flowed":
                text = unflow(text, delsp=(_param(part, "delsp") or "").lower() == "yes")
            body.plain.append(text)
    else:
        _add_attachment(part, body, max_bytes)
    body.problems.extend(_DEFECTS[d] for d in _defect_names(part) if d in _DEFECTS)


def _salvage(part: email.message.Message, body: _Body, *, depth: int, max_bytes: int) -> None:
    """A multipart whose boundary does not work: find the parts by their boundary lines."""
    data = _payload(part)
    found = False
    for chunk in _BOUNDARY_LINE.split(data):
        chunk = chunk.lstrip(b"\r\n")
        if _PART_HEADER.match(chunk):
            found = True
            sub = _read(chunk, body.problems)
            _walk(sub, body, depth=depth + 1, max_bytes=max_bytes)
    if not found:
        text, problem = decode_bytes(data, _safe_charset(part), where="the message text")
        if problem:
            body.problems.append(problem)
        body.plain.append(text.replace("\r\n", "\n").replace("\r", "\n"))


def _add_attachment(part: email.message.Message, body: _Body, max_bytes: int) -> None:
    ctype = _content_type(part)
    data = _message_bytes(part) if ctype in _ATTACHED_MESSAGE else _payload(part)
    index = len(body.attachments) + 1
    filename = safe_filename(_filename(part), ctype, index)
    cid = (_raw_header(part, "Content-ID") or "").strip().strip("<> \t") or None
    disposition = _disposition(part)
    problem = None
    content: bytes | None = data
    if len(data) > max_bytes:
        content = None
        problem = (
            f"The attachment is {_megabytes(len(data))}, over the {_megabytes(max_bytes)} "
            "limit; it was not kept."
        )
        body.problems.append(f"The attachment {filename!r} was too large and was not kept.")
    body.attachments.append(
        InboundAttachment(
            filename=_clean(filename),
            content_type=ctype,
            content=content,
            size=len(data),
            content_id=_clean(cid) if cid else None,
            inline=disposition == "inline" or (disposition is None and cid is not None),
            problem=problem,
        )
    )


# --- small, defensive accessors: the email package raises on some malformed input


def _read(data: bytes, problems: list[str]) -> email.message.Message:
    try:
        return email.message_from_bytes(data, policy=email.policy.default)
    except Exception:
        # The strict header parser has crashes of its own on some malformed values;
        # compat32 splits headers without interpreting them, and we decode them ourselves.
        problems.append("Some headers were malformed; the message was read leniently.")
        return email.message_from_bytes(data, policy=email.policy.compat32)


def _content_type(part: email.message.Message) -> str:
    try:
        return part.get_content_type().lower()
    except Exception:
        return "application/octet-stream"


def _param(part: email.message.Message, name: str) -> str | None:
    try:
        value = part.get_param(name)
    except Exception:
        return None
    if isinstance(value, tuple):
        value = email.utils.collapse_rfc2231_value(value)
    return str(value) if value else None


def _safe_charset(part: email.message.Message) -> str | None:
    value = _param(part, "charset")
    return guess(value.encode("utf-8", "surrogateescape"))[0] if value else None


def _raw_header(part: email.message.Message, name: str) -> str | None:
    return Headers(part.raw_items()).raw(name)


def _disposition(part: email.message.Message) -> str | None:
    raw = _raw_header(part, "Content-Disposition")
    if raw is None:
        return None
    return raw.split(";", 1)[0].strip().lower() or None


def _is_attachment(part: email.message.Message) -> bool:
    return _disposition(part) == "attachment" or bool(_filename(part))


def _filename(part: email.message.Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        name = None
    if not name:
        return None
    name = str(name)
    if not name.isascii() or "=?" in name:
        name = header_text(name)[0]
    return name.strip() or None


def _payload(part: email.message.Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if isinstance(data, bytes):
        return data
    payload = part.get_payload()
    if isinstance(payload, str):
        return payload.encode("utf-8", "surrogateescape")
    return b""


def _message_bytes(part: email.message.Message) -> bytes:
    inner = part.get_payload(0) if part.is_multipart() else None
    if not isinstance(inner, email.message.Message):
        return _payload(part)
    for policy in (email.policy.default, email.policy.compat32):
        try:
            return inner.as_bytes(policy=policy)
        except Exception:  # noqa: S112 - try the more lenient generator
            continue
    return b""


def _header_blocks(part: email.message.Message) -> list[dict[str, str]]:
    """The header blocks of a delivery-status or disposition-notification part."""
    if part.is_multipart():
        blocks = [b for b in part.get_payload() if isinstance(b, email.message.Message)]
        return [{k.lower(): header_text(v)[0] for k, v in b.raw_items()} for b in blocks]
    text = guess(_payload(part))[0].replace("\r\n", "\n")
    result = []
    for chunk in re.split(r"\n[ \t]*\n", text):
        block: dict[str, str] = {}
        last = None
        for line in chunk.split("\n"):
            if line[:1] in (" ", "\t") and last:
                block[last] += " " + line.strip()
            elif ":" in line:
                key, _, value = line.partition(":")
                last = key.strip().lower()
                block[last] = value.strip()
        if block:
            result.append(block)
    return result


def _defect_names(part: email.message.Message) -> list[str]:
    return [type(d).__name__ for d in getattr(part, "defects", [])]


def _parse_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except Exception:
        return None
    if parsed is None:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _latest_received(headers: Headers) -> datetime | None:
    dates = []
    for value in headers.raw_all("Received"):
        if ";" in value:
            parsed = _parse_date(" ".join(value.rpartition(";")[2].split()))
            if parsed is not None:
                dates.append(parsed)
    return max(dates, default=None)


def unflow(text: str, *, delsp: bool = False) -> str:
    """Undo RFC 3676 format=flowed: join soft-broken lines, per quote depth."""
    depths: list[int] = []
    contents: list[str] = []
    still_open = False
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if content.startswith(" "):
            content = content[1:]  # space-stuffing
        soft = content.endswith(" ") and content != "-- "
        if soft and delsp:
            content = content[:-1]
        if still_open and depths[-1] == depth:
            contents[-1] += content
        else:
            depths.append(depth)
            contents.append(content)
        still_open = soft
    return "\n".join(
        (">" * d + " " if d else "") + c for d, c in zip(depths, contents, strict=True)
    )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _clean(value: str) -> str:
    """Storable text: no NUL (PostgreSQL refuses it), no lone surrogates."""
    if "\x00" in value:
        value = value.replace("\x00", "")
    return value.encode("utf-8", "replace").decode("utf-8")


def _unreadable(raw: bytes, received_at: datetime | None, exc: Exception) -> InboundMessage:
    return InboundMessage(
        channel="email",
        external_id=content_id(raw),
        sender="",
        received_at=received_at or clock.now(),
        text=_clean(guess(raw[:1_000_000])[0]),
        raw=raw,
        problems=(
            f"The message could not be read as e-mail ({type(exc).__name__}); "
            "it is kept as received.",
        ),
    )
