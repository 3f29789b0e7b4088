"""Threading facts: which message this answers, which ticket or order it names.

- Reply candidates: In-Reply-To first, then References from last to first (the nearest
  ancestor first), deduplicated; at most 50, each at most 255 characters.
- Ticket ref: the plus-address of a recipient (`support+t123@`, `support+T-123@`) wins
  over the subject (`[T-123]`, `[#T-123]`, `[T123]`), because people edit subjects and
  not addresses; always normalised to "T-123".
- Order number: a recipient `<local>+order-<number>@` (what our order mails put in
  Reply-To), else, conservatively, the subject: the word "ordine" or "order" followed
  at once by an optional "#", "n.", "nr.", "n°" or "no." and 4 to 12 digits
  ("Ordine #100482", "Order 100482", "Re: Il tuo ordine n. 100482 è stato spedito").
  The body is left to the text layer.
"""

import re
from collections.abc import Iterable

MAX_ID_LENGTH = 255
MAX_CANDIDATES = 50

_BRACKETED = re.compile(r"<([^<>\s]+)>")
_TICKET_SUBJECT = re.compile(r"\[\s*#?\s*T-?(\d{1,12})\s*\]", re.IGNORECASE)
_TICKET_TAG = re.compile(r"^t-?(\d{1,12})$", re.IGNORECASE)
_ORDER_TAG = re.compile(r"^order-([a-z0-9][a-z0-9_-]{0,39})$", re.IGNORECASE)
_ORDER_SUBJECT = re.compile(
    r"(?<!\w)(?:ordine|order)\s*(?:#|n\.|nr\.|n°|nº|no\.)?\s*(\d{4,12})(?!\d)", re.IGNORECASE
)


def message_ids(value: str | None) -> list[str]:
    """The ids in a header value, as `<id>`; bare `id@host` tokens when none is bracketed."""
    if not value:
        return []
    found = [f"<{m}>" for m in _BRACKETED.findall(value)]
    if not found:
        found = [f"<{t.strip('<>,;')}>" for t in value.split() if "@" in t and t.strip("<>,;")]
    return [i for i in found if len(i) <= MAX_ID_LENGTH]


def reply_candidates(in_reply_to: str | None, references: str | None) -> tuple[str, ...]:
    ordered = [*message_ids(in_reply_to), *reversed(message_ids(references))]
    return tuple(dict.fromkeys(ordered))[:MAX_CANDIDATES]


def split_address(address: str) -> tuple[str, str | None, str]:
    """(local part without tag, plus tag or None, domain)."""
    local, _, domain = address.rpartition("@")
    base, plus, tag = local.partition("+")
    return base, (tag if plus else None), domain


def same_mailbox(address: str, other: str) -> bool:
    """Same mailbox, ignoring any plus tag and case."""
    a, _, b = split_address(address.lower())
    c, _, d = split_address(other.lower())
    return bool(a) and (a, b) == (c, d)


def _tags(addresses: Iterable[str], support_address: str | None) -> list[str]:
    tags = []
    for address in addresses:
        if support_address and not same_mailbox(address, support_address):
            continue
        tag = split_address(address)[1]
        if tag:
            tags.append(tag)
    return tags


def ticket_ref(
    subject: str | None, recipients: Iterable[str], support_address: str | None = None
) -> str | None:
    for tag in _tags(recipients, support_address):
        match = _TICKET_TAG.match(tag)
        if match:
            return f"T-{int(match.group(1))}"
    match = _TICKET_SUBJECT.search(subject or "")
    return f"T-{int(match.group(1))}" if match else None


def order_number(
    subject: str | None, recipients: Iterable[str], support_address: str | None = None
) -> str | None:
    for tag in _tags(recipients, support_address):
        match = _ORDER_TAG.match(tag)
        if match:
            return match.group(1)
    match = _ORDER_SUBJECT.search(subject or "")
    return match.group(1) if match else None
