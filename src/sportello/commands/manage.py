"""`sportello manage ARGS...`: any Django management command."""

import argparse
import os
from typing import Any

NAME = "manage"
HELP = "run a Django management command (sportello manage createsuperuser, ...)"
NEEDS_DJANGO = False


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("args", nargs=argparse.REMAINDER)


def run(args: Any) -> int:
    from django.core.management import execute_from_command_line

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sportello.settings")
    argv = args if isinstance(args, list) else args.args
    execute_from_command_line(["sportello manage", *argv])
    return 0
