"""`sportello demo`: a realistic Italian demo shop, loaded through ingest()."""

import argparse

NAME = "demo"
HELP = "load a realistic Italian demo (customers, messages, replies) through ingest()"
NEEDS_DJANGO = True


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--once", action="store_true", help="do nothing if the demo was loaded before"
    )
    parser.add_argument("--customers", type=int, default=40)
    parser.add_argument("--seed", type=int, default=2026)


def run(args: argparse.Namespace) -> int:
    from django.core.management import call_command

    from sportello.demo import load_demo

    call_command("migrate", interactive=False, verbosity=0)
    report = load_demo(customers=args.customers, seed=args.seed, once=args.once)
    if report.skipped:
        print("Demo already loaded: nothing to do.")
    else:
        print(
            f"Demo loaded: {report.customers} customers, {report.messages} messages, "
            f"{report.tickets} tickets, {report.replies} replies."
        )
    for username, password, role in report.logins:
        print(f"  login {username} / {password}  ({role})")
    return 0
