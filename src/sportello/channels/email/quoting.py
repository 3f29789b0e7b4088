"""Splitting what the sender wrote (`text`) from the history they carried along (`quoted`).

Only `text` is analysed; `quoted` is kept for display. The rules, on plain text:

- A quote boundary is the first of: a reply attribution ("Il giorno lun 2 mar 2026 alle
  ore 09:00 Mario <m@x> ha scritto:", Gmail's version wrapped over two or three lines,
  Apple Mail's "Il giorno 2 mar 2026, alle ore 09:00, ...", Thunderbird's
  "Il 02/03/26 09:00, ... ha scritto:", "On ... wrote:"), Outlook's header block
  ("Da:/Inviato:/A:/Oggetto:", "From:/Sent:/To:/Subject:", with the line of underscores
  above it), "-----Messaggio originale-----" / "-----Original Message-----", or a
  forward marker ("---------- Forwarded message ---------", "---------- Messaggio
  inoltrato ---------", "Inizio messaggio inoltrato:", "Begin forwarded message:").
- Reply: everything from the boundary on goes to `quoted`.
- Forward: a forward marker, or an Outlook header block / "original message" line in a
  message whose subject starts with a forward prefix (Fwd:, Fw:, I:, Inoltro:, Tr:).
  The forwarded material stays in `text`, all levels of it: the sender hands it to the
  shop to read (the courier's notice, the shop's own order mail they complain about),
  often with no note of their own, and hiding it would hide the complaint. `forwarded`
  is set so later stages can tell. Only the sender's own note is cleaned as below.
- Lines starting with ">" above the boundary (answers written between quoted lines) go
  to `quoted`; the sender's lines between them stay in `text`. So does an attribution
  line ("... ha scritto:") just above such a block.
- Signature: from the last "-- " line (when at most 12 lines follow it), and a final
  "Inviato da iPhone" / "Sent from my ..." / "Scarica Outlook per ..." line, go to
  `quoted`: they are not part of the request and often hold phone numbers and slogans
  that would only confuse the text layer.
"""

import re
from dataclasses import dataclass

_MAX_LINE = 400  # longer lines are prose, not attributions; also bounds regex work

_ATTRIBUTIONS = (
    re.compile(r"^il giorno\b.*\d.*\bha scritto\s*:$", re.IGNORECASE),
    re.compile(r"^il \d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b.*\bha scritto\s*:$", re.IGNORECASE),
    re.compile(r"^in data\b.*\d.*\bha scritto\s*:$", re.IGNORECASE),
    re.compile(r"^on\b.*\d.*\bwrote\s*:$", re.IGNORECASE),
    re.compile(r"^.*<[^<>\s]+@[^<>\s]+>\s*(?:ha scritto|wrote|scrisse)\s*:$", re.IGNORECASE),
)
_WRAPPED_START = re.compile(r"^(?:il giorno|il \d|in data|on)\b", re.IGNORECASE)
_LOOSE_ATTRIBUTION = re.compile(r"\b(?:ha scritto|wrote|scrisse)\s*:$", re.IGNORECASE)
_HEADER_FROM = re.compile(r"^\*?(?:da|from)\s*:\*?\s*\S", re.IGNORECASE)
_HEADER_KEY = re.compile(r"^\*?(?:inviato|sent|data|date|oggetto|subject)\s*:", re.IGNORECASE)
_HEADER_ANY = re.compile(
    r"^\*?(?:inviato|sent|data|date|oggetto|subject|a|to|cc|ccn|bcc)\s*:", re.IGNORECASE
)
_ORIGINAL = re.compile(r"^-{2,}\s*(?:messaggio originale|original message)\s*-{2,}$", re.I)
_FORWARD = re.compile(
    r"^(?:-{2,}\s*(?:forwarded message|messaggio inoltrato)\s*-{2,}"
    r"|(?:inizio messaggio inoltrato|begin forwarded message)\s*:)$",
    re.IGNORECASE,
)
_RULE = re.compile(r"^(?:_{8,}|-{8,})$")
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|i|inoltro|inoltra|tr)\s*:", re.IGNORECASE)
_MOBILE = re.compile(
    r"^(?:inviato (?:da|dal|dalla|tramite)|sent from|sent with|get outlook for"
    r"|scarica outlook per|ottieni outlook per)\b.{0,80}$",
    re.IGNORECASE,
)
_SIGNATURE_MAX_LINES = 12


@dataclass(frozen=True, slots=True)
class Split:
    text: str
    quoted: str
    forwarded: bool = False


def is_forward_subject(subject: str | None) -> bool:
    return bool(subject and _FORWARD_SUBJECT.match(subject))


def _is_attribution(line: str) -> bool:
    return len(line) <= _MAX_LINE and any(p.match(line) for p in _ATTRIBUTIONS)


def _boundary(lines: list[str]) -> tuple[int, str] | None:
    """(index, kind) of the first quote boundary; kind: reply, forward or block."""
    stripped = [line.strip() for line in lines]
    for i, line in enumerate(stripped):
        if not line or len(line) > _MAX_LINE:
            continue
        if _FORWARD.match(line):
            return i, "forward"
        if _ORIGINAL.match(line):
            return i, "block"
        if _is_attribution(line):
            return i, "reply"
        if _WRAPPED_START.match(line):
            for extra in (1, 2):
                joined = " ".join(stripped[i : i + extra + 1])
                if "@" in joined and _is_attribution(joined):
                    return i, "reply"
        if _HEADER_FROM.match(line):
            following = [s for s in stripped[i + 1 : i + 8] if s]
            keys = [s for s in following[:6] if _HEADER_ANY.match(s)]
            if len(keys) >= 2 and any(_HEADER_KEY.match(s) for s in keys):
                above = i - 1
                while above >= 0 and not stripped[above]:
                    above -= 1
                start = above if above >= 0 and _RULE.match(stripped[above]) else i
                return start, "block"
    return None


def split_quoted(text: str, *, subject: str | None = None) -> Split:
    """Split plain text (newlines already normalised to \\n); see the module docstring."""
    lines = text.split("\n")
    keep = [True] * len(lines)
    forwarded = False
    end = len(lines)  # lines before `end` are the sender's own note
    found = _boundary(lines)
    if found is not None:
        index, kind = found
        if kind == "block":
            kind = "forward" if is_forward_subject(subject) else "reply"
        end = index
        if kind == "forward":
            forwarded = True
        else:
            for i in range(index, len(lines)):
                keep[i] = False
    _mark_quoted_lines(lines, keep, end)
    _mark_signature(lines, keep, end)
    own = [line for line, k in zip(lines, keep, strict=True) if k]
    quoted = [line for line, k in zip(lines, keep, strict=True) if not k]
    return Split(text=_tidy(own), quoted=_tidy(quoted), forwarded=forwarded)


def _mark_quoted_lines(lines: list[str], keep: list[bool], end: int) -> None:
    for i in range(end):
        if keep[i] and lines[i].lstrip().startswith(">"):
            keep[i] = False
            # The attribution just above a quoted block belongs to the quote.
            above = i - 1
            while above >= 0 and not lines[above].strip():
                above -= 1
            if (
                above >= 0
                and keep[above]
                and len(lines[above]) <= _MAX_LINE
                and _LOOSE_ATTRIBUTION.search(lines[above].strip())
            ):
                keep[above] = False


def _mark_signature(lines: list[str], keep: list[bool], end: int) -> None:
    own = [i for i in range(end) if keep[i] and lines[i].strip()]
    if not own:
        return
    if _MOBILE.match(lines[own[-1]].strip()):
        keep[own[-1]] = False
        own.pop()
    for position in range(len(own) - 1, -1, -1):
        i = own[position]
        if lines[i].rstrip("\r") in ("-- ", "--"):
            if len(own) - position - 1 <= _SIGNATURE_MAX_LINES:
                for j in range(i, own[-1] + 1):
                    keep[j] = False
            return


def _tidy(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        line = line.rstrip()
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    return "\n".join(out).strip("\n")
