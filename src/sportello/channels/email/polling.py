"""IMAP polling: the service that brings a mailbox's new mail into the helpdesk.

`poll_mailbox(id)` runs one pass over one mailbox, in this order for each new UID:

1. fetch the message (BODY.PEEK: nothing changes on the server yet);
2. `intake.receive()` -> ingest(), which stores it first and is idempotent on
   (channel, Message-ID) (a content hash when the Message-ID is missing);
3. mark it on the server (\\Seen and the `$Sportello` keyword) or move it;
4. advance the mailbox's high-water mark (`last_uid`) in the database.

A crash between any two steps fetches the message again on the next pass, and step 2
recognises it, so nothing is lost or stored twice. A UIDVALIDITY change (the folder was
rebuilt) resets the mark: the folder is scanned again from `start_date` and the
idempotency absorbs what was already stored.

Only mail that reached the folder on or after the day before `start_date` is fetched
while the mark is 0, so adding a mailbox does not answer years of old mail; history is
imported with `sportello mail import`.

A message larger than twice the attachment limit still lands: its header and the first
MiB of its body are stored, with a problem telling the agent where the whole message
is (the server keeps it). Never silently skipped.

One pass handles at most `SPORTELLO_IMAP_BATCH` messages; when more are waiting, the
task enqueues the next pass at once, so a backlog does not hold the worker for long.
A lease (`lease_until`) keeps two workers from polling one mailbox at the same time.
Failures are counted and shown on the mailbox (`last_error`); a failing mailbox is
polled less often (see `Mailbox.next_poll_at`).
"""

import logging
from dataclasses import asdict, dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db.models import F, Q

from sportello import clock
from sportello.channels.email.imap import Envelope, ImapSession, open_session
from sportello.channels.email.intake import receive
from sportello.channels.email.models import PROCESSED_KEYWORD, AfterProcessing, Mailbox

logger = logging.getLogger(__name__)

LEASE = timedelta(minutes=10)
HEAD_BODY_BYTES = 1024 * 1024  # of an oversized message's body, fetched with its header


@dataclass
class PollResult:
    mailbox: int
    skipped: str = ""  # why nothing was done: another poll holds the lease, disabled...
    fetched: int = 0
    stored: int = 0
    duplicates: int = 0
    truncated: int = 0  # oversized: header and the start of the body only
    vanished: int = 0  # deleted on the server between the search and the fetch
    more: bool = False  # more new mail than one pass takes
    error: str = ""
    tickets: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def poll_mailbox(mailbox_id: int) -> PollResult:
    now = clock.now()
    leased = (
        Mailbox.objects.filter(pk=mailbox_id, enabled=True)
        .filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
        .update(lease_until=now + LEASE)
    )
    if not leased:
        return PollResult(mailbox_id, skipped="disabled, missing, or being polled already")
    mailbox = Mailbox.objects.select_related("seller").get(pk=mailbox_id)
    result = PollResult(mailbox_id)
    try:
        _poll(mailbox, result)
    except Exception as exc:
        result.error = f"{type(exc).__name__}: {exc}"
        logger.warning("polling mailbox %s (%s) failed: %s", mailbox.pk, mailbox, result.error)
        Mailbox.objects.filter(pk=mailbox_id).update(
            lease_until=None,
            last_polled_at=clock.now(),
            last_error=result.error[:2000],
            consecutive_failures=F("consecutive_failures") + 1,
        )
        return result
    Mailbox.objects.filter(pk=mailbox_id).update(
        lease_until=None,
        last_polled_at=clock.now(),
        last_success_at=clock.now(),
        last_error="",
        consecutive_failures=0,
    )
    return result


def _poll(mailbox: Mailbox, result: PollResult) -> None:
    with open_session(
        mailbox.host,
        mailbox.port,
        mailbox.security,
        mailbox.username,
        mailbox.secret(),
        timeout=settings.SPORTELLO_IMAP_TIMEOUT,
    ) as session:
        selected = session.select(mailbox.folder)
        if selected.uidvalidity != mailbox.uidvalidity:
            if mailbox.uidvalidity is not None:
                logger.warning(
                    "mailbox %s: UIDVALIDITY changed from %s to %s; scanning it again",
                    mailbox,
                    mailbox.uidvalidity,
                    selected.uidvalidity,
                )
            Mailbox.objects.filter(pk=mailbox.pk).update(
                uidvalidity=selected.uidvalidity, last_uid=0
            )
            mailbox.uidvalidity, mailbox.last_uid = selected.uidvalidity, 0
        since = None
        if mailbox.last_uid == 0:
            since = (mailbox.start_date - timedelta(days=1)).date()
        uids = session.uids_after(mailbox.last_uid, since)
        batch = uids[: settings.SPORTELLO_IMAP_BATCH]
        result.more = len(uids) > len(batch)
        if batch and mailbox.after_processing == AfterProcessing.MOVE:
            session.ensure_folder(_move_target(mailbox))
        envelopes = session.envelopes(batch)
        for uid in batch:
            _take(session, mailbox, uid, envelopes.get(uid), result)


def _take(
    session: ImapSession,
    mailbox: Mailbox,
    uid: int,
    envelope: Envelope | None,
    result: PollResult,
) -> None:
    limit = 2 * settings.SPORTELLO_MAX_ATTACHMENT_BYTES
    problems: list[str] = []
    received_at = envelope.internal_date if envelope is not None else None
    if received_at is not None:
        # INTERNALDATE is the server's clock: never later than ours.
        received_at = min(received_at, clock.now())
    if envelope is not None and envelope.size > limit:
        raw = session.fetch_head(uid, HEAD_BODY_BYTES)
        where = (
            _move_target(mailbox)
            if mailbox.after_processing == AfterProcessing.MOVE
            else mailbox.folder
        )
        problems.append(
            f"The message is {_mib(envelope.size)}, over the {_mib(limit)} the mailbox "
            f"poller fetches: only its header and the first {_mib(HEAD_BODY_BYTES)} of "
            f"its body were stored. The whole message is still on the mail server "
            f"{mailbox.host}, account {mailbox.username}, folder {where!r}."
        )
        result.truncated += 1
    else:
        # Also when the size was not read: fetching is how we learn it is really gone.
        raw = session.fetch(uid)
    if raw is None:
        # Deleted by someone between our search and our fetch: there is nothing to keep.
        logger.info("mailbox %s: message %s vanished before it was fetched", mailbox, uid)
        result.vanished += 1
        _advance(mailbox, uid)
        return
    result.fetched += 1
    outcome = receive(
        raw,
        seller=mailbox.seller,
        received_at=received_at,
        support_address=mailbox.support_address(),
        problems=problems,
    )
    if outcome.created:
        result.stored += 1
    else:
        result.duplicates += 1
    if outcome.message.ticket_id is not None:
        result.tickets.append(outcome.message.ticket_id)
    if mailbox.after_processing == AfterProcessing.MOVE:
        session.move(uid, _move_target(mailbox))
    else:
        session.mark_processed(uid, PROCESSED_KEYWORD)
    _advance(mailbox, uid)


def _advance(mailbox: Mailbox, uid: int) -> None:
    Mailbox.objects.filter(pk=mailbox.pk, uidvalidity=mailbox.uidvalidity, last_uid__lt=uid).update(
        last_uid=uid, lease_until=clock.now() + LEASE
    )
    mailbox.last_uid = max(mailbox.last_uid, uid)


def _move_target(mailbox: Mailbox) -> str:
    return mailbox.move_to or "Sportello"


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def enqueue_poll(mailbox_id: int) -> None:
    from sportello.channels.email.tasks import poll_mailbox_task

    try:
        poll_mailbox_task.enqueue(mailbox_id)
    except Exception:
        logger.exception("could not enqueue the poll of mailbox %s", mailbox_id)


def enqueue_due_polls() -> int:
    """The periodic job: a poll task for each enabled mailbox that is due. Returns how
    many were enqueued."""
    now = clock.now()
    every = timedelta(seconds=settings.SPORTELLO_IMAP_POLL_SECONDS)
    slack = every / 10  # the job's own timer drifts a little
    enqueued = 0
    mailboxes = Mailbox.objects.filter(enabled=True).filter(
        Q(lease_until__isnull=True) | Q(lease_until__lt=now)
    )
    for mailbox in mailboxes:
        due = mailbox.next_poll_at(every)
        if due is None or due <= now + slack:
            enqueue_poll(mailbox.pk)
            enqueued += 1
    return enqueued
