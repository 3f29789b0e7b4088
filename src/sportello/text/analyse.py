"""Placeholder until the real analyser lands: recognises nothing."""

from sportello.text.types import Understanding


def analyse(text: str, subject: str | None = None) -> Understanding:
    return Understanding(labels=(), spans=(), questions=(), language="it")
