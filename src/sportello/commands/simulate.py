"""`sportello simulate FILE|-`: replay a scenario against a fresh, empty helpdesk."""

import argparse
import json
import os
import secrets
import sys
import tempfile
import time

from sportello.scenario import ScenarioError, parse_scenario

NAME = "simulate"
HELP = "replay a scenario (JSON lines) against a fresh helpdesk and print the result"
NEEDS_DJANGO = False  # it sets up its own throw-away database first


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="scenario file (JSON lines), or - for standard input")
    parser.add_argument("--compact", action="store_true", help="one-line JSON output")
    parser.add_argument(
        "--stats", action="store_true", help="print timing and throughput on standard error"
    )


def run(args: argparse.Namespace) -> int:
    try:
        if args.file == "-":
            lines = sys.stdin.read().splitlines()
        else:
            with open(args.file, encoding="utf-8") as handle:
                lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"sportello simulate: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    try:
        events = parse_scenario(lines)
    except ScenarioError as exc:
        print(f"sportello simulate: {args.file}: {exc}", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="sportello-simulate-") as workdir:
        _fresh_environment(workdir)
        from django.core.management import call_command

        from sportello import setup_django
        from sportello.scenario import run_scenario

        setup_django()
        started = time.perf_counter()
        call_command("migrate", verbosity=0, interactive=False)
        migrated = time.perf_counter()
        try:
            result = run_scenario(events)
        except ScenarioError as exc:
            print(f"sportello simulate: {args.file}: {exc}", file=sys.stderr)
            return 2
        finished = time.perf_counter()
    indent = None if args.compact else 2
    print(json.dumps(result, ensure_ascii=False, indent=indent))
    if args.stats:
        inbound = sum(1 for e in events if type(e).__name__ == "InboundEvent")
        replay = finished - migrated
        stats = {
            "events": len(events),
            "inbound": inbound,
            "setup_seconds": round(migrated - started, 3),
            "replay_seconds": round(replay, 3),
            "inbound_per_second": round(inbound / replay, 1) if replay else None,
        }
        print(json.dumps(stats), file=sys.stderr)
    return 0


def _fresh_environment(workdir: str) -> None:
    """A throw-away SQLite database, and nothing leaves this run: notices are rendered and
    recorded but e-mail goes to memory."""
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/simulate.sqlite3"
    os.environ["SPORTELLO_VAR_DIR"] = workdir
    os.environ["SPORTELLO_MEDIA_DIR"] = os.path.join(workdir, "media")
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(32))
    os.environ["SPORTELLO_TASK_BACKEND"] = "django.tasks.backends.immediate.ImmediateBackend"
    os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
