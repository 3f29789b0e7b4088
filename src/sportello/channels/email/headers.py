"""Header access that survives what the wire brings.

`email.policy.default` parses headers into rich objects, but it turns undeclared 8-bit
bytes into replacement characters and raises on some malformed values. We read the
raw values (`Message.raw_items()`) and decode them ourselves (see `charsets`).
"""

import email.utils
import re
from collections.abc import Iterable

from sportello.channels.email.charsets import guess, header_text

_BARE_ADDRESS = re.compile(r"[^\s<>()\[\],;:\"']+@[^\s<>()\[\],;:\"']+")


class Headers:
    """Case-insensitive, ordered view of a message's raw headers."""

    def __init__(self, items: Iterable[tuple[str, str]]) -> None:
        self._items = [(name.strip().lower(), str(value)) for name, value in items]
        self.problems: list[str] = []

    def names(self) -> set[str]:
        return {name for name, _ in self._items}

    def raw_all(self, name: str) -> list[str]:
        key = name.lower()
        return [value for item, value in self._items if item == key]

    def raw(self, name: str) -> str | None:
        values = self.raw_all(name)
        return values[0] if values else None

    def text(self, name: str) -> str | None:
        """The first header of that name, decoded and unfolded; None when absent."""
        value = self.raw(name)
        if value is None:
            return None
        text, problems = header_text(value, where=f"the {name} header")
        self.problems.extend(problems)
        return " ".join(text.split())

    def addresses(self, *names: str) -> list[tuple[str, str]]:
        """(display name, lowercased address) pairs from all headers of these names."""
        found: list[tuple[str, str]] = []
        for name in names:
            for value in self.raw_all(name):
                found.extend(self._parse_addresses(value, name))
        return found

    def address(self, *names: str) -> tuple[str, str] | None:
        found = self.addresses(*names)
        return found[0] if found else None

    def _parse_addresses(self, value: str, name: str) -> list[tuple[str, str]]:
        if not value.isascii():
            value = guess(value.encode("utf-8", "surrogateescape"))[0]
        value = value.replace("\r", "").replace("\n", " ")
        # Parse before decoding display names: a decoded name may hold commas or brackets.
        pairs = email.utils.getaddresses([value])
        if pairs == [("", "")] or any(not addr for _, addr in pairs):
            pairs = email.utils.getaddresses([value], strict=False)
        result: list[tuple[str, str]] = []
        for display, addr in pairs:
            addr = addr.strip().lower()
            # A local name alone (MAILER-DAEMON, postmaster) is still a sender.
            if not addr or ("@" not in addr and " " in addr):
                continue
            display_text, problems = header_text(display, where=f"the {name} header")
            self.problems.extend(problems)
            result.append((" ".join(display_text.split()).strip("\"' "), addr))
        if not result:
            result = [("", m.lower()) for m in _BARE_ADDRESS.findall(value)]
        return result
