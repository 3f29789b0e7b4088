"""`sportello incident`: incidents (threats) and their evidence for the authorities.

    sportello incident list                      the incidents, newest first
    sportello incident export ID [--format json|pdf] [-o FILE]
    sportello incident verify BUNDLE.json [--key PUBLIC.pem]
    sportello incident key                       the public key to publish

`verify` needs no database and no settings: whoever received a bundle can run it.
Exit status of verify: 0 the signature holds, 1 it does not, 2 the file is unreadable.
"""

import argparse
import json
import sys
from pathlib import Path

NAME = "incident"
HELP = "incidents: export the evidence (signed JSON, PDF) and verify a bundle"
NEEDS_DJANGO = False  # `verify` must work anywhere; the other actions set Django up


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="incident_command", metavar="ACTION", required=True)
    actions.add_parser("list", help="list the incidents, newest first")
    export = actions.add_parser("export", help="export an incident's evidence pack")
    export.add_argument("id", metavar="ID", help="the incident, e.g. 3 or I-3")
    export.add_argument("--format", choices=("json", "pdf"), default="json")
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where to write it (default: a file named "
        "after the shop and incident in the current directory; - for standard output)",
    )
    verify = actions.add_parser("verify", help="check the signature of an evidence bundle")
    verify.add_argument("bundle", metavar="BUNDLE.json")
    verify.add_argument(
        "--key", metavar="PUBLIC.pem", help="the shop's published public key to require"
    )
    actions.add_parser("key", help="print the public key that signs the bundles")


def run(args: argparse.Namespace) -> int:
    if args.incident_command == "verify":
        return _verify(args)
    from sportello import setup_django

    setup_django()
    if args.incident_command == "export":
        return _export(args)
    if args.incident_command == "key":
        return _key()
    return _list()


def _verify(args: argparse.Namespace) -> int:
    from sportello.helpdesk.evidence import BundleUnreadable, verify_bundle

    try:
        data = Path(args.bundle).read_bytes()
    except OSError as exc:
        print(f"{args.bundle}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    expected = None
    if args.key:
        try:
            expected = Path(args.key).read_bytes()
        except OSError as exc:
            print(f"--key {args.key}: {exc.strerror or exc}", file=sys.stderr)
            return 2
    try:
        result = verify_bundle(data, expected)
    except BundleUnreadable as exc:
        print(f"{args.bundle}: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:  # the --key file is not a public key
        print(f"--key {args.key}: {exc}", file=sys.stderr)
        return 2
    print(
        json.dumps(
            {
                "ok": result.ok,
                "problem": result.problem,
                "key_fingerprint": result.key_fingerprint,
                "events_checked": result.events_checked,
                "messages_checked": result.messages_checked,
            }
        )
    )
    return 0 if result.ok else 1


def _incident_id(text: str) -> int | None:
    number = text.strip().upper().removeprefix("I-").removeprefix("I")
    return int(number) if number.isdigit() else None


def _export(args: argparse.Namespace) -> int:
    from sportello.helpdesk.errors import ServiceError
    from sportello.helpdesk.evidence import EvidenceError, export_incident
    from sportello.helpdesk.models import Incident

    number = _incident_id(args.id)
    incident = (
        Incident.objects.select_related("seller", "customer", "ticket").filter(pk=number).first()
        if number is not None
        else None
    )
    if incident is None:
        print(f"ID: no incident {args.id!r}", file=sys.stderr)
        return 2
    try:
        export = export_incident(None, incident, args.format)
    except (EvidenceError, ServiceError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if args.output == "-":
        sys.stdout.buffer.write(export.content)
        sys.stdout.flush()
        return 0
    path = Path(args.output or export.filename)
    try:
        path.write_bytes(export.content)
    except OSError as exc:
        print(f"-o {path}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    print(json.dumps({"file": str(path), "sha256": export.sha256, "format": args.format}))
    return 0


def _key() -> int:
    from sportello.helpdesk.evidence import (
        EvidenceError,
        key_fingerprint,
        public_key_pem,
        signing_key,
        signing_key_path,
    )

    try:
        public = signing_key().public_key()
    except EvidenceError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(f"# {signing_key_path()}")
    print(f"# sha256 fingerprint {key_fingerprint(public)}")
    print(public_key_pem(public), end="")
    return 0


def _list() -> int:
    from sportello.helpdesk.models import Incident

    for incident in Incident.objects.select_related("customer", "seller").order_by("-opened_at"):
        print(
            f"{incident.ref}\t{incident.status}\t{incident.opened_at:%Y-%m-%d %H:%M}\t"
            f"{incident.seller.slug}\t{incident.customer}\t{incident.messages.count()} messages"
        )
    return 0
