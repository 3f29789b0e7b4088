"""`sportello mail ...`: the e-mail channel from the command line.

`sportello mail parse FILE.eml` prints the message as one scenario `inbound` event
(spec/scenarios.md), with the extra keys `automatic`, `references`, `ticket`, `quoted`
and `problems`, so a saved message can be replayed by `sportello simulate`.

`sportello mail import PATH [--seller SLUG] [--resolve] [--json]` imports old mail (an
.eml file, an mbox, a Maildir, a directory of .eml files) into the helpdesk without
sending anything to anyone (see `channels.email.importer`); a progress bar on a
terminal's standard error, a summary at the end. Exit status 0, also when some messages
failed (the summary lists them); 2 when PATH or the seller cannot be used.

`sportello mail poll [--mailbox ID]` polls the IMAP mailboxes once, now, and prints
what each pass did as a JSON line; exit status 1 when a poll failed.

To add a subcommand: write `_add_NAME(sub)` registering a parser whose defaults set
`handler` to a function `(args) -> int`, and call it from `add_arguments`. A
subcommand that needs the database calls `sportello.setup_django()` itself, since
this module's NEEDS_DJANGO is False for the pure ones.
"""

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from sportello.inbound import InboundMessage

NAME = "mail"
HELP = "the e-mail channel: parse a message file, import old mail, poll mailboxes"
NEEDS_DJANGO = False

Handler = Callable[[argparse.Namespace], int]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="mail_command", metavar="SUBCOMMAND", required=True)
    _add_parse(sub)
    _add_import(sub)
    _add_poll(sub)


def run(args: argparse.Namespace) -> int:
    handler: Handler = args.handler
    return handler(args)


# --- parse


def _add_parse(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = sub.add_parser(
        "parse",
        help="print an .eml file as a scenario inbound event (one JSON line)",
        description="Print an .eml file as a scenario inbound event (one JSON line).",
    )
    parser.add_argument("file", help="the message file (RFC 5322), or - for standard input")
    parser.add_argument(
        "--support-address",
        help="the shop's support address, to find the recipient and plus-address tags",
    )
    parser.set_defaults(handler=_parse)


def _parse(args: argparse.Namespace) -> int:
    from sportello.channels.email import parse_email

    try:
        raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        print(f"sportello mail parse: cannot read {args.file}: {reason}", file=sys.stderr)
        return 2
    message = parse_email(raw, support_address=args.support_address)
    print(json.dumps(inbound_event(message), ensure_ascii=False))
    return 0


def inbound_event(message: InboundMessage) -> dict[str, object]:
    """A scenario `inbound` event for an InboundMessage read from e-mail."""
    return {
        "type": "inbound",
        "at": message.received_at.isoformat(),
        "channel": message.channel,
        "id": message.external_id,
        "from": message.sender,
        "name": message.name,
        "subject": message.subject,
        "text": message.text,
        "in_reply_to": message.in_reply_to[0] if message.in_reply_to else None,
        "order": message.order_number,
        "attachments": [
            {"filename": a.filename, "content_type": a.content_type, "size": a.byte_size}
            for a in message.attachments
        ],
        "automatic": message.automatic,
        "references": list(message.in_reply_to),
        "ticket": message.ticket_ref,
        "quoted": message.quoted_text,
        "problems": list(message.problems),
    }


# --- import


def _add_import(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = sub.add_parser(
        "import",
        help="import old mail (an .eml file, an mbox, a Maildir) without sending anything",
        description=(
            "Import old mail: an .eml file, an mbox file, a Maildir, or a directory of "
            ".eml files. Messages go through the same intake as live mail, oldest first; "
            "the notices the policy decides for them are suppressed, never sent."
        ),
    )
    parser.add_argument("path", help="the .eml file, mbox file, Maildir or directory")
    parser.add_argument(
        "--seller",
        metavar="SLUG",
        help="the shop the mail belongs to (default: by recipient, else the first shop)",
    )
    parser.add_argument(
        "--resolve",
        action="store_true",
        help="resolve the tickets the import opens, so old mail stays out of the queue",
    )
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.set_defaults(handler=_import)


def _import(args: argparse.Namespace) -> int:
    from sportello import setup_django

    setup_django()
    from sportello.channels.email.importer import (
        Progress,
        SourceError,
        import_mail,
        open_source,
    )
    from sportello.helpdesk.models import Seller

    seller = None
    if args.seller:
        seller = Seller.objects.filter(slug=args.seller).first()
        if seller is None:
            known = ", ".join(Seller.objects.values_list("slug", flat=True)) or "none yet"
            print(
                f"sportello mail import: --seller: no shop {args.seller!r} (known: {known})",
                file=sys.stderr,
            )
            return 2
    try:
        source = open_source(Path(args.path))
    except SourceError as exc:
        print(f"sportello mail import: {exc}", file=sys.stderr)
        return 2
    progress = Progress(sys.stderr) if sys.stderr.isatty() else None
    summary = import_mail(source, seller=seller, resolve=args.resolve, progress=progress)
    summary.source = args.path
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False))
    else:
        _print_summary(summary.as_dict())
    return 0


def _print_summary(summary: dict[str, object]) -> None:
    lines = [
        f"Imported {summary['source']} ({summary['kind']}) in {summary['seconds']} s "
        f"({summary['per_second']} messages/s):",
        f"  read:                {summary['read']}",
        f"  stored:              {summary['stored']}",
        f"    automatic:         {summary['automatic']}  (auto-replies, bounces, lists)",
        f"    with problems:     {summary['with_problems']}  (raw source kept, shown to agents)",
        f"    processing errors: {summary['processing_errors']}",
        f"  already stored:      {summary['duplicates']}",
        f"  tickets opened:      {summary['tickets_opened']}"
        + (f" ({summary['tickets_resolved']} resolved)" if summary["tickets_resolved"] else ""),
        f"  notices suppressed:  {summary['notices_suppressed']}  (nothing was sent)",
    ]
    failed = summary["failed"]
    assert isinstance(failed, list)
    lines.append(f"  failed:              {len(failed)}")
    lines.extend(f"    {item['where']}: {item['reason']}" for item in failed)
    print("\n".join(lines))


# --- poll


def _add_poll(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = sub.add_parser(
        "poll",
        help="poll the IMAP mailboxes once, now",
        description="Poll the enabled IMAP mailboxes once, now; one JSON line per mailbox.",
    )
    parser.add_argument("--mailbox", type=int, metavar="ID", help="only this mailbox")
    parser.set_defaults(handler=_poll)


def _poll(args: argparse.Namespace) -> int:
    from sportello import setup_django

    setup_django()
    from sportello.channels.email.models import Mailbox
    from sportello.channels.email.polling import poll_mailbox

    mailboxes = Mailbox.objects.filter(enabled=True).order_by("id")
    if args.mailbox is not None:
        mailboxes = Mailbox.objects.filter(pk=args.mailbox)
        if not mailboxes.exists():
            print(f"sportello mail poll: --mailbox: no mailbox {args.mailbox}", file=sys.stderr)
            return 2
    status = 0
    for mailbox in mailboxes:
        while True:
            result = poll_mailbox(mailbox.pk)
            print(json.dumps({"name": str(mailbox), **result.as_dict()}, ensure_ascii=False))
            if result.error:
                status = 1
            if not result.more or result.error:
                break
    return status
