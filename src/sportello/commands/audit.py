"""`sportello audit verify`: recompute the audit chain and report the first broken link."""

import argparse
import json

NAME = "audit"
HELP = "verify the append-only audit chain of events"
NEEDS_DJANGO = True


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="audit_command", metavar="SUBCOMMAND", required=True)
    sub.add_parser("verify", help="recompute every event's hash and link, oldest first")


def run(args: argparse.Namespace) -> int:
    from sportello.helpdesk.audit import verify_chain

    report = verify_chain()
    print(
        json.dumps(
            {
                "ok": report.ok,
                "checked": report.checked,
                "first_bad": report.first_bad,
                "problem": report.problem,
            }
        )
    )
    return 0 if report.ok else 1
