"""Subcommands of `sportello`, one module each (see sportello.cli)."""
