"""`sportello worker`: the task worker and periodic jobs alone (for installs that run
web processes separately)."""

import argparse

NAME = "worker"
HELP = "run the task worker and the periodic jobs (no web server)"
NEEDS_DJANGO = True


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between polls")


def run(args: argparse.Namespace) -> int:
    from sportello.helpdesk.worker import BackgroundWorker

    worker = BackgroundWorker(interval=args.interval)
    try:
        worker.run()
    finally:
        worker.stop()
    return 0
