"""A small IMAP client over the standard `imaplib`: just what the poller needs, with the
server's answers checked and turned into clear errors. No Django here.

Certificates are verified against the system's trust store (`ssl.create_default_context`);
a mail server with a private CA is trusted by pointing the standard `SSL_CERT_FILE`
environment variable at a bundle that includes it.
"""

import base64
import imaplib
import re
import ssl
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime

SECURITIES = ("ssl", "starttls", "none")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
_UID = re.compile(rb"\bUID (\d+)")
_SIZE = re.compile(rb"\bRFC822\.SIZE (\d+)")
_INTERNALDATE = re.compile(rb'\bINTERNALDATE "([^"]+)"')
_SECTION = re.compile(rb"BODY\[([A-Z0-9.]*)\](?:<\d+>)? \{\d+\}\s*$", re.IGNORECASE)


class ImapError(Exception):
    """The server refused something, or answered what we could not read."""


@dataclass(frozen=True)
class Selected:
    uidvalidity: int
    keywords_allowed: bool  # PERMANENTFLAGS has \* : custom keywords can be stored


@dataclass(frozen=True)
class Envelope:
    uid: int
    size: int
    internal_date: datetime | None


def quote(text: str) -> str:
    """An IMAP quoted string."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def encode_mailbox_name(name: str) -> str:
    """RFC 3501 modified UTF-7, for folder names such as "Già gestiti"."""
    out: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            data = "".join(pending).encode("utf-16-be")
            out.append("&" + base64.b64encode(data).decode().rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for char in name:
        if 0x20 <= ord(char) <= 0x7E:
            flush()
            out.append("&-" if char == "&" else char)
        else:
            pending.append(char)
    flush()
    return "".join(out)


def parse_internal_date(value: bytes | str) -> datetime | None:
    """`22-Nov-2026 04:22:58 +0000` -> an aware datetime (None if unreadable)."""
    text = value.decode("ascii", "replace") if isinstance(value, bytes) else value
    match = re.fullmatch(
        r"\s*(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4})\s*", text
    )
    if not match:
        return None
    day, month, year, hour, minute, second, zone = match.groups()
    month_number = _MONTHS.get(month.title())
    if month_number is None:
        return None
    try:
        return datetime.strptime(
            f"{year}-{month_number:02d}-{int(day):02d} {hour}:{minute}:{second} {zone}",
            "%Y-%m-%d %H:%M:%S %z",
        )
    except ValueError:
        return None


def search_date(day: date) -> str:
    """An IMAP date (`2-Mar-2026`), independent of the locale."""
    month = next(name for name, number in _MONTHS.items() if number == day.month)
    return f"{day.day}-{month}-{day.year}"


class ImapSession:
    """One logged-in connection. Use `open_session()`."""

    def __init__(self, client: imaplib.IMAP4) -> None:
        self.client = client
        self.capabilities: set[str] = set()
        self.selected: Selected | None = None

    # --- connection

    def login(self, username: str, password: str) -> None:
        self._refresh_capabilities()
        if "AUTH=PLAIN" in self.capabilities:
            # PLAIN carries UTF-8 user names and passwords, which LOGIN cannot.
            token = f"\0{username}\0{password}".encode()
            typ, _ = self.client.authenticate("PLAIN", lambda _challenge: token)
        else:
            typ, _ = self.client.login(quote(username), password)
        if typ != "OK":
            raise ImapError("login refused")
        self._refresh_capabilities()

    def _refresh_capabilities(self) -> None:
        typ, data = self.client.capability()
        if typ == "OK" and data and isinstance(data[0], bytes):
            self.capabilities = set(data[0].decode("ascii", "replace").upper().split())

    # --- folders

    def select(self, folder: str) -> Selected:
        typ, data = self.client.select(quote(encode_mailbox_name(folder)))
        if typ != "OK":
            raise ImapError(f"cannot open folder {folder!r}: {_text(data)}")
        _, validity = self.client.response("UIDVALIDITY")
        _, permanent = self.client.response("PERMANENTFLAGS")
        try:
            uidvalidity = int(_first_bytes(validity))
        except ValueError:
            raise ImapError(f"folder {folder!r}: the server sent no UIDVALIDITY") from None
        self.selected = Selected(
            uidvalidity=uidvalidity, keywords_allowed=b"\\*" in _first_bytes(permanent)
        )
        return self.selected

    def ensure_folder(self, folder: str) -> None:
        """Create the folder if it does not exist (an error saying it exists is fine)."""
        typ, data = self.client.list('""', quote(encode_mailbox_name(folder)))
        if typ == "OK" and any(item for item in data if item):
            return
        typ, data = self.client.create(quote(encode_mailbox_name(folder)))
        if typ != "OK":
            raise ImapError(f"cannot create folder {folder!r}: {_text(data)}")

    # --- messages

    def uids_after(self, last_uid: int, since: date | None = None) -> list[int]:
        """UIDs above `last_uid` in the selected folder, ascending; with `since`, only
        those whose internal date is on or after that day."""
        criteria = f"UID {last_uid + 1}:*"
        if since is not None:
            criteria += f" SINCE {search_date(since)}"
        typ, data = self.client.uid("SEARCH", criteria)
        if typ != "OK":
            raise ImapError(f"search failed: {_text(data)}")
        found = {int(token) for token in _first_bytes(data).split() if token.isdigit()}
        # "n:*" always matches the highest UID, even when it is below n.
        return sorted(uid for uid in found if uid > last_uid)

    def envelopes(self, uids: Sequence[int]) -> dict[int, Envelope]:
        if not uids:
            return {}
        typ, data = self.client.uid(
            "FETCH", ",".join(map(str, uids)), "(UID RFC822.SIZE INTERNALDATE)"
        )
        if typ != "OK":
            raise ImapError(f"fetch failed: {_text(data)}")
        result: dict[int, Envelope] = {}
        for item in data:
            line = item[0] if isinstance(item, tuple) else item
            if not isinstance(line, bytes):
                continue
            uid, size = _UID.search(line), _SIZE.search(line)
            if uid is None or size is None:
                continue  # an unsolicited update (flags of another message)
            when = _INTERNALDATE.search(line)
            result[int(uid.group(1))] = Envelope(
                uid=int(uid.group(1)),
                size=int(size.group(1)),
                internal_date=parse_internal_date(when.group(1)) if when else None,
            )
        return result

    def fetch(self, uid: int) -> bytes | None:
        """The whole message, without setting \\Seen; None if it is gone."""
        return self._section(uid, "BODY.PEEK[]", b"")

    def fetch_head(self, uid: int, body_bytes: int) -> bytes | None:
        """The header and the first `body_bytes` of the body."""
        head = self._section(uid, "BODY.PEEK[HEADER]", b"HEADER")
        if head is None:
            return None
        body = self._section(uid, f"BODY.PEEK[TEXT]<0.{body_bytes}>", b"TEXT") or b""
        return head + body

    def _section(self, uid: int, item: str, section: bytes) -> bytes | None:
        typ, data = self.client.uid("FETCH", str(uid), f"({item})")
        if typ != "OK":
            raise ImapError(f"fetch of message {uid} failed: {_text(data)}")
        for part in data:
            if isinstance(part, tuple) and len(part) == 2:
                match = _SECTION.search(part[0])
                if match and match.group(1).upper() == section:
                    return bytes(part[1])
        return None

    def mark_processed(self, uid: int, keyword: str) -> None:
        flags = "(\\Seen)"
        if self.selected is not None and self.selected.keywords_allowed:
            flags = f"(\\Seen {keyword})"
        typ, data = self.client.uid("STORE", str(uid), "+FLAGS.SILENT", flags)
        if typ != "OK":
            raise ImapError(f"cannot flag message {uid}: {_text(data)}")

    def move(self, uid: int, folder: str) -> None:
        target = quote(encode_mailbox_name(folder))
        if "MOVE" in self.capabilities:
            typ, data = self.client.uid("MOVE", str(uid), target)
            if typ != "OK":
                raise ImapError(f"cannot move message {uid} to {folder!r}: {_text(data)}")
            return
        typ, data = self.client.uid("COPY", str(uid), target)
        if typ != "OK":
            raise ImapError(f"cannot copy message {uid} to {folder!r}: {_text(data)}")
        typ, data = self.client.uid("STORE", str(uid), "+FLAGS.SILENT", "(\\Deleted \\Seen)")
        if typ != "OK":
            raise ImapError(f"cannot mark message {uid} deleted: {_text(data)}")
        if "UIDPLUS" in self.capabilities:
            # Expunge this message only; without UIDPLUS a plain EXPUNGE would also
            # remove whatever else a person marked deleted, so it is left to them.
            self.client.uid("EXPUNGE", str(uid))


@contextmanager
def open_session(
    host: str,
    port: int,
    security: str,
    username: str,
    password: str,
    *,
    timeout: float = 60,
) -> Iterator[ImapSession]:
    if security not in SECURITIES:
        raise ValueError(f"unknown IMAP security {security!r}")
    client: imaplib.IMAP4
    try:
        if security == "ssl":
            client = imaplib.IMAP4_SSL(
                host, port, ssl_context=ssl.create_default_context(), timeout=timeout
            )
        else:
            client = imaplib.IMAP4(host, port, timeout=timeout)
            if security == "starttls":
                client.starttls(ssl.create_default_context())
    except (OSError, imaplib.IMAP4.error) as exc:
        raise ImapError(f"cannot connect to {host}:{port} ({security}): {exc}") from exc
    session = ImapSession(client)
    try:
        try:
            session.login(username, password)
        except imaplib.IMAP4.error as exc:
            raise ImapError(f"login refused for {username}: {_text([exc.args[0]])}") from exc
        yield session
    finally:
        with suppress(Exception):
            client.logout()


def _first_bytes(data: Sequence[object] | None) -> bytes:
    for item in data or ():
        if isinstance(item, bytes):
            return item
        if isinstance(item, tuple) and item and isinstance(item[0], bytes):
            return item[0]
    return b""


def _text(data: Sequence[object] | None) -> str:
    value = _first_bytes(data)
    if not value:
        for item in data or ():
            if isinstance(item, str):
                return item
    return value.decode("utf-8", "replace") or "no reason given"
