"""Automatic mail: auto-replies, bounces, receipts and list mail, which must never be
answered automatically (RFC 3834 and the conventions around it).

The rules, in the order their name is reported as `automatic_reason`:

- `delivery_report`: a `multipart/report` delivery status notification (a bounce, or a
  delay/success report) or any `message/delivery-status` part;
- `read_receipt`: a `message/disposition-notification` part (MDN);
- `report`: any other `multipart/report` (abuse feedback...);
- `auto_submitted`: an `Auto-Submitted` header whose value is not `no`;
- `auto_response_suppress`: Microsoft's `X-Auto-Response-Suppress` with All, OOF or
  AutoReply (Exchange out-of-office replies carry it without Auto-Submitted);
- `autoreply_header`: `X-Autoreply`, `X-Autorespond` or `X-Autoresponder` (unless "no");
- `null_return_path`: `Return-Path: <>`;
- `system_sender`: From or Sender is MAILER-DAEMON, postmaster, owner-* or *-request;
- `list`: any `List-*` header (List-Id, List-Unsubscribe, List-Post...);
- `precedence`: `Precedence: bulk`, `junk` or `list`;
- `own_address`: sent from the support address itself: answering it would loop;
- `auto_reply_subject`: a subject starting "Risposta automatica:", "Automatic reply:",
  "Auto-reply:", "Autoreply:" or "Out of Office:" (a last net for auto-responders that
  set no header; the words are specific enough that no customer writes them so).

For a delivery report, `bounce_facts` reads the first recipient block of the
`message/delivery-status` part (preferring one whose Action is "failed").
"""

import re
from collections.abc import Iterable, Mapping, Sequence

from sportello.channels.email.headers import Headers
from sportello.channels.email.threads import same_mailbox

_SYSTEM_LOCALS = frozenset({"mailer-daemon", "postmaster"})
_SUPPRESS_VALUES = frozenset({"all", "oof", "autoreply"})
_PRECEDENCE = frozenset({"bulk", "junk", "list"})
_AUTO_SUBJECT = re.compile(
    r"^\s*(?:risposta automatica|automatic reply|auto-reply|autoreply|out of office)\s*:",
    re.IGNORECASE,
)
_TYPE_PREFIX = re.compile(r"^\s*[a-z0-9-]+\s*;\s*", re.IGNORECASE)


def is_system_sender(address: str) -> bool:
    local = address.rpartition("@")[0] or address
    local = local.lower()
    return local in _SYSTEM_LOCALS or local.startswith("owner-") or local.endswith("-request")


def automatic_reason(
    headers: Headers,
    *,
    mime_types: Iterable[str],
    report_type: str | None,
    senders: Iterable[str],
    subject: str | None,
    support_address: str | None,
) -> str | None:
    """The name of the first rule (module docstring) that marks the message automatic."""
    types = set(mime_types)
    if report_type == "delivery-status" or "message/delivery-status" in types:
        return "delivery_report"
    if report_type == "disposition-notification" or "message/disposition-notification" in types:
        return "read_receipt"
    if "multipart/report" in types:
        return "report"
    auto_submitted = headers.raw("Auto-Submitted")
    if auto_submitted is not None:
        value = auto_submitted.split(";", 1)[0].strip().lower()
        if value != "no":
            return "auto_submitted"
    suppress = headers.raw("X-Auto-Response-Suppress")
    if suppress is not None:
        tokens = {t.strip().lower() for t in re.split(r"[,;\s]+", suppress)}
        if tokens & _SUPPRESS_VALUES:
            return "auto_response_suppress"
    for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponder"):
        flag = headers.raw(name)
        if flag is not None and flag.strip().lower() not in ("no", "false", "0"):
            return "autoreply_header"
    return_path = headers.raw("Return-Path")
    if return_path is not None and return_path.replace(" ", "").strip() in ("<>", ""):
        return "null_return_path"
    sender_list = list(senders)
    if any(is_system_sender(s) for s in sender_list if s):
        return "system_sender"
    if any(name.startswith("list-") for name in headers.names()):
        return "list"
    precedence = (headers.raw("Precedence") or "").strip().lower()
    if precedence in _PRECEDENCE:
        return "precedence"
    if support_address and any(same_mailbox(s, support_address) for s in sender_list if s):
        return "own_address"
    if subject and _AUTO_SUBJECT.match(subject):
        return "auto_reply_subject"
    return None


def bounce_facts(blocks: Sequence[Mapping[str, str]]) -> dict[str, str | None]:
    """Action, status, recipient and diagnostic from the blocks of a delivery-status part.

    `blocks` are the header blocks of the part, the per-message block first, with
    lowercased field names."""
    recipients = [b for b in blocks if "action" in b or "final-recipient" in b]
    chosen = next(
        (b for b in recipients if b.get("action", "").strip().lower() == "failed"),
        recipients[0] if recipients else {},
    )

    def field(name: str, *, strip_type: bool = False) -> str | None:
        found = chosen.get(name)
        if found is None:
            return None
        value = " ".join(found.split())
        if strip_type:
            value = _TYPE_PREFIX.sub("", value, count=1)
        return value or None

    recipient = field("final-recipient", strip_type=True) or field(
        "original-recipient", strip_type=True
    )
    return {
        "action": (field("action") or "").lower() or None,
        "status": field("status"),
        "recipient": recipient.lower() if recipient else None,
        "diagnostic": field("diagnostic-code", strip_type=True),
    }
