"""`sportello mail ...`: the e-mail channel from the command line.

`sportello mail parse FILE.eml` prints the message as one scenario `inbound` event
(spec/scenarios.md), with the extra keys `automatic`, `references`, `ticket`, `quoted`
and `problems`, so a saved message can be replayed by `sportello simulate`.

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
HELP = "the e-mail channel: parse a message file"
NEEDS_DJANGO = False

Handler = Callable[[argparse.Namespace], int]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="mail_command", metavar="SUBCOMMAND", required=True)
    _add_parse(sub)


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
