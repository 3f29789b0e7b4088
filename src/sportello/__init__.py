"""Sportello: a self-hosted helpdesk for online shops and marketplaces, Italian first."""

__version__ = "0.1.0"


def setup_django() -> None:
    """Configure Django for code that runs outside manage.py (the `sportello` command)."""
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sportello.settings")
    django.setup()
