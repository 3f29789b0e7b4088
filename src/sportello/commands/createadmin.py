"""`sportello createadmin USERNAME`: an administrator of the shop (Django admin and the
workspace)."""

import argparse
import getpass
import os
import secrets
import sys

NAME = "createadmin"
HELP = "create an administrator (or reset their password)"
NEEDS_DJANGO = True


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("username")
    parser.add_argument("--email", default="")
    parser.add_argument(
        "--password",
        help="the password (default: $SPORTELLO_ADMIN_PASSWORD, else asked, else generated)",
    )


def run(args: argparse.Namespace) -> int:
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    from sportello.helpdesk.models import Role
    from sportello.helpdesk.services import default_seller
    from sportello.helpdesk.services.people import add_member

    password = args.password or os.environ.get("SPORTELLO_ADMIN_PASSWORD")
    generated = False
    if not password and sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if password != getpass.getpass("Password (again): "):
            print("The passwords do not match.", file=sys.stderr)
            return 2
    if not password:
        password = secrets.token_urlsafe(12)
        generated = True
    try:
        validate_password(password)
    except ValidationError as exc:
        print("Password refused: " + " ".join(exc.messages), file=sys.stderr)
        return 2
    user = add_member(
        None,
        default_seller(),
        args.username,
        Role.ADMIN,
        password=password,
        email=args.email,
        superuser=True,
    )
    print(f"Administrator {user.get_username()} is ready.")
    if generated:
        print(f"Password: {password}")
    return 0
