"""`sportello mail import`: bringing old mail into the helpdesk (a migration).

Sources: one `.eml` file, an mbox file (the first line starts with "From "), a Maildir
(a directory with `cur/` or `new/`), or a directory of `.eml` files (searched
recursively). Messages are imported oldest first by their Date header (a message
without one keeps its place after the message before it), so a reply finds the message
it answers; each goes through the same path as live mail (`intake.receive` ->
ingest()), with the Date header as its time received.

Old mail must not write to anyone: messages are ingested with `notify=False`, so the
notices the policy decides (acknowledgements...) are withheld and only recorded as
events. `resolve=True` also resolves the tickets the import opened, so years of history
do not land in the queue.

Importing the same source twice stores nothing twice (ingest() is idempotent on the
Message-ID, or a hash of the content when there is none).
"""

import email.parser
import email.policy
import email.utils
import mailbox
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from sportello import policy
from sportello.channels.email.intake import header_recipients, receive, seller_for
from sportello.helpdesk.models import Seller, Ticket, TicketStatus
from sportello.helpdesk.services import set_status

MAX_HEADER_BYTES = 256 * 1024  # read to find a message's Date while ordering


class SourceError(Exception):
    """The path cannot be read as mail."""


@dataclass(frozen=True)
class Entry:
    key: str
    label: str  # where it is, for the summary


class Source:
    """A collection of messages: an ordered list of entries, each readable by key."""

    kind = "?"

    def entries(self) -> list[Entry]:
        raise NotImplementedError

    def read(self, key: str) -> bytes:
        raise NotImplementedError

    def head(self, key: str) -> bytes:
        """The header block (at most MAX_HEADER_BYTES)."""
        return _header_block(self.read(key))


class EmlSource(Source):
    kind = "eml"

    def __init__(self, files: list[Path], base: Path) -> None:
        self.files = {str(i): f for i, f in enumerate(files)}
        self.base = base

    def entries(self) -> list[Entry]:
        return [Entry(key, self._label(path)) for key, path in self.files.items()]

    def _label(self, path: Path) -> str:
        return str(path.relative_to(self.base)) if path != self.base else path.name

    def read(self, key: str) -> bytes:
        return self.files[key].read_bytes()

    def head(self, key: str) -> bytes:
        with self.files[key].open("rb") as handle:
            return _read_header(handle)


class MailboxSource(Source):
    """An mbox file or a Maildir directory, through the standard `mailbox` module."""

    def __init__(self, box: "mailbox.Mailbox[mailbox.Message]", kind: str) -> None:
        self.box = box
        self.kind = kind

    def entries(self) -> list[Entry]:
        if self.kind == "mbox":
            keys = list(self.box.keys())
            return [Entry(str(k), f"message {n} of the mbox") for n, k in enumerate(keys, 1)]
        return [Entry(str(k), str(k)) for k in sorted(self.box.keys(), key=_natural)]

    def _key(self, key: str) -> object:
        return int(key) if self.kind == "mbox" else key

    def read(self, key: str) -> bytes:
        data: bytes = self.box.get_bytes(self._key(key))  # type: ignore[arg-type]
        return data

    def head(self, key: str) -> bytes:
        handle = self.box.get_file(self._key(key))  # type: ignore[arg-type]
        try:
            return _read_header(handle)
        finally:
            handle.close()


def open_source(path: Path) -> Source:
    """The source at `path`; SourceError when it is missing or not mail."""
    try:
        if path.is_dir():
            if (path / "cur").is_dir() or (path / "new").is_dir():
                return MailboxSource(mailbox.Maildir(path, factory=None, create=False), "maildir")
            files = sorted(p for p in path.rglob("*.eml") if p.is_file())
            if not files:
                raise SourceError(f"{path} is a directory with no Maildir and no .eml files")
            return EmlSource(files, path)
        with path.open("rb") as handle:
            start = handle.read(5)
        if start == b"From ":
            return MailboxSource(mailbox.mbox(path, factory=None, create=False), "mbox")
        if not start:
            raise SourceError(f"{path} is empty")
        return EmlSource([path], path)
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror or exc}") from exc


@dataclass
class ImportSummary:
    source: str = ""
    kind: str = ""
    read: int = 0  # messages found and read
    stored: int = 0  # new messages stored
    duplicates: int = 0  # already stored (an earlier import, IMAP, a webhook)
    automatic: int = 0  # of the stored: auto-replies, bounces, lists (RFC 3834)
    with_problems: int = 0  # of the stored: something could not be read; see the message
    processing_errors: int = 0  # stored, but ingest() could not finish; shown as "error"
    tickets_opened: int = 0
    tickets_resolved: int = 0
    notices_suppressed: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)  # not stored: where, why
    seconds: float = 0.0

    @property
    def per_second(self) -> float:
        return round(self.read / self.seconds, 1) if self.seconds else 0.0

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "per_second": self.per_second}


ProgressCallback = Callable[[int, int, float], None]  # done, total, seconds elapsed


def import_mail(
    source: Source,
    *,
    seller: Seller | None = None,
    resolve: bool = False,
    progress: ProgressCallback | None = None,
) -> ImportSummary:
    started = time.monotonic()
    summary = ImportSummary(kind=source.kind)
    entries = ordered(source, summary)
    opened: list[int] = []
    sellers: dict[tuple[str, ...], Seller] = {}  # by recipients: few distinct in one export
    for done, entry in enumerate(entries, 1):
        _import_one(source, entry, seller, sellers, summary, opened)
        if progress is not None:
            progress(done, len(entries), time.monotonic() - started)
    if resolve:
        summary.tickets_resolved = _resolve(opened)
    summary.seconds = round(time.monotonic() - started, 3)
    return summary


def ordered(source: Source, summary: ImportSummary) -> list[Entry]:
    """Oldest first by Date; an undated message stays after its predecessor."""
    keyed: list[tuple[datetime, int, Entry]] = []
    previous = datetime.min.replace(tzinfo=UTC)
    for index, entry in enumerate(source.entries()):
        try:
            when = _date(source.head(entry.key))
        except Exception as exc:
            summary.failed.append({"where": entry.label, "reason": f"unreadable: {exc}"})
            continue
        if when is not None:
            previous = when
        keyed.append((previous, index, entry))
    keyed.sort(key=lambda item: (item[0], item[1]))
    return [entry for _, _, entry in keyed]


def _import_one(
    source: Source,
    entry: Entry,
    seller: Seller | None,
    sellers: dict[tuple[str, ...], Seller],
    summary: ImportSummary,
    opened: list[int],
) -> None:
    try:
        raw = source.read(entry.key)
    except Exception as exc:
        summary.failed.append({"where": entry.label, "reason": f"unreadable: {exc}"})
        return
    summary.read += 1
    try:
        target = seller
        if target is None:
            recipients = tuple(header_recipients(raw))
            if recipients not in sellers:
                sellers[recipients] = seller_for(recipients)
            target = sellers[recipients]
        result = receive(raw, seller=target, notify=False)
        summary.notices_suppressed += sum(
            isinstance(decision, policy.SendNotice) for decision in result.decisions
        )
    except Exception as exc:
        summary.failed.append({"where": entry.label, "reason": f"{type(exc).__name__}: {exc}"})
        return
    if not result.created:
        summary.duplicates += 1
        return
    summary.stored += 1
    message = result.message
    summary.automatic += int(message.automatic)
    summary.with_problems += int(bool(message.problems))
    summary.processing_errors += int(bool(result.error))
    if result.ticket is not None and any(
        isinstance(decision, policy.OpenTicket) for decision in result.decisions
    ):
        summary.tickets_opened += 1
        opened.append(result.ticket.pk)


def _resolve(ticket_ids: list[int]) -> int:
    resolved = 0
    tickets = Ticket.objects.filter(pk__in=ticket_ids).exclude(status=TicketStatus.RESOLVED)
    for ticket in tickets:
        set_status(None, ticket, TicketStatus.RESOLVED)
        resolved += 1
    return resolved


def _date(head: bytes) -> datetime | None:
    try:
        parsed = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head)
        value = parsed.get("Date")
        if not value:
            return None
        when = email.utils.parsedate_to_datetime(str(value))
    except Exception:
        return None
    if when is None:
        return None
    # As parse_email does: a Date without a zone, or with -0000, is UTC.
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def _read_header(handle: Iterable[bytes]) -> bytes:
    lines: list[bytes] = []
    size = 0
    for line in handle:
        if line in (b"\n", b"\r\n") or size > MAX_HEADER_BYTES:
            break
        lines.append(line)
        size += len(line)
    return b"".join(lines)


def _header_block(raw: bytes) -> bytes:
    for separator in (b"\r\n\r\n", b"\n\n"):
        end = raw.find(separator)
        if end != -1:
            return raw[:end]
    return raw[:MAX_HEADER_BYTES]


def _natural(key: str) -> tuple[object, ...]:
    # Maildir names start with the delivery time in seconds: sort them as numbers.
    head, _, rest = key.partition(".")
    return (int(head), rest) if head.isdigit() else (float("inf"), key)


class Progress:
    """A one-line progress counter on a terminal (`\\r` updates, at most 5 a second)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.shown = 0.0

    def __call__(self, done: int, total: int, elapsed: float) -> None:
        if done < total and elapsed - self.shown < 0.2:
            return
        self.shown = elapsed
        rate = done / elapsed if elapsed else 0.0
        width = 30
        filled = int(width * done / total) if total else width
        bar = "#" * filled + "." * (width - filled)
        self.stream.write(f"\r[{bar}] {done}/{total} messages, {rate:.0f}/s ")
        if done == total:
            self.stream.write("\n")
        self.stream.flush()
