"""The `sportello` command. Each subcommand is a module in `sportello.commands` with
NAME, HELP, NEEDS_DJANGO, add_arguments(parser) and run(args) -> exit status."""

import argparse
import importlib
import pkgutil
import sys
from types import ModuleType

from sportello import __version__, commands


def _command_modules() -> list[ModuleType]:
    modules = []
    for info in pkgutil.iter_modules(commands.__path__):
        if info.name.startswith("_"):
            continue
        modules.append(importlib.import_module(f"{commands.__name__}.{info.name}"))
    return sorted(modules, key=lambda m: m.NAME)


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, ModuleType]]:
    parser = argparse.ArgumentParser(
        prog="sportello", description="Sportello, the helpdesk for online shops."
    )
    parser.add_argument("--version", action="version", version=f"sportello {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    by_name = {}
    for module in _command_modules():
        command_parser = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(command_parser)
        by_name[module.NAME] = module
    return parser, by_name


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser, by_name = build_parser()
    # `sportello manage ...` hands everything after it to Django untouched.
    if argv[:1] == ["manage"]:
        return by_name["manage"].run(argv[1:])
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    module = by_name[args.command]
    if getattr(module, "NEEDS_DJANGO", False):
        from sportello import setup_django

        setup_django()
    try:
        return int(module.run(args) or 0)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
