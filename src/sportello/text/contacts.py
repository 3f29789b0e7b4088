"""Contact and payment details in a message: phone numbers, e-mail addresses, URLs,
social handles, IBANs.

These run on the original text (not the folded one) with real parsers where one
exists: `phonenumbers`' matcher (Italian default region, international numbers with
their prefix), an e-mail matcher that checks the domain's shape, URLs with a scheme,
`www.` or a known top-level domain, IBANs with their length and mod-97 checksum.

What must not count: order numbers, tracking numbers, VAT numbers, prices, dates.
Numbers introduced by such a word ("ordine 100234", "P.IVA 01234567890", "tracking
...") are skipped, and so is anything inside a longer code ("1Z999AA10123456784").
Each detector is behind a cheap test (an '@', a run of digits, a dot before a known
domain ending), so an ordinary message costs a few substring checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from phonenumbers import Leniency, PhoneNumberMatcher


@dataclass(frozen=True, slots=True)
class Contact:
    kind: str  # "phone" | "email" | "url" | "handle" | "iban"
    start: int
    end: int
    text: str


# RFC 5322 in the form people type: dot-atoms, no quoted local parts, a real domain.
_EMAIL = re.compile(
    r"(?<![\w.+%-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])"
)
_HANDLE = re.compile(r"(?<![\w@./])@(?=[A-Za-z0-9_.]*[A-Za-z])[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,29})")

_TLD_COMMON = (
    "com|it|net|org|eu|info|biz|shop|store|online|site|link|club|xyz|email|live|blog|"
    "news|page|website|one|top|app|io|co|me|ly|gl|tv|uk|de|fr|es|ch|at|be|nl|sm|va"
)
# Endings that are also everyday words or abbreviations: a bare domain needs a path.
_TLD_NEEDS_PATH = frozenset(
    {
        "app",
        "io",
        "co",
        "me",
        "ly",
        "gl",
        "tv",
        "de",
        "es",
        "at",
        "be",
        "one",
        "top",
        "live",
        "page",
        "news",
    }
)
_URL_SCHEME = re.compile(r"\b(?:https?|ftp)://[^\s<>\"'«»]+|\bwww\.[^\s<>\"'«»]+", re.IGNORECASE)
_URL_BARE = re.compile(
    r"(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+("
    + _TLD_COMMON
    + r")\b(/[^\s<>\"'«»]*)?",
    re.IGNORECASE,
)
_TRAILING = ".,;:!?)]}'\"»"

# IBAN lengths by country (ISO 13616 registry, the ones customers here meet).
_IBAN_LEN = {
    "IT": 27, "SM": 27, "VA": 22, "DE": 22, "FR": 27, "ES": 24, "PT": 25, "GB": 22, "IE": 22,
    "NL": 18, "BE": 16, "LU": 20, "AT": 20, "CH": 21, "LI": 21, "MC": 27, "MT": 31, "GR": 27,
    "PL": 28, "RO": 24, "HR": 21, "SI": 19, "SK": 24, "CZ": 24, "HU": 28, "BG": 22, "DK": 18,
    "SE": 24, "FI": 18, "NO": 15, "LT": 20, "LV": 21, "EE": 20, "CY": 28, "AL": 28,
}  # fmt: skip
_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]){11,30}(?![A-Za-z0-9])")

# A phone-like run: at least 8 digits, grouped with spaces, dots, dashes or brackets.
_PHONE_CAND = re.compile(r"(?<![\w+/.,-])(?:\+|00)?\(?\d[\d \t\-./()]{6,22}\d(?![\w/])")
_DATE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")
# Words that introduce an identifier, a sum or a date rather than a phone number.
_ID_BEFORE = re.compile(
    r"(?<![a-z])(?:ordine|order|ordini|orders|n|nr|num|no|numero d'?ordine|numero ordine|"
    r"tracking|track|tracciamento|spedizione|lettera di vettura|ldv|awb|pratica|ticket|caso|"
    r"case|reso|rma|"
    r"codice|code|cod|cliente|customer|p\.? ?iva|piva|partita iva|vat|codice fiscale|c\.? ?f|"
    r"fattura|invoice|iban|conto|scontrino|ricevuta|receipt|imei|seriale|serial|matricola|pin|"
    r"cap|importo|amount|id|rif|riferimento|ref|reference|protocollo|contratto|contract|"
    r"abbonamento|utenza|pod|pdr|sku|ean|barcode|modello|model|lotto|batch)"
    r"(?![a-z])\W{0,4}(?:[a-z]{1,3}\W{0,3})?$",
    re.IGNORECASE,
)


# digits to "0", everything else to "x"; phone separators are deleted before this
_DIGIT_SHAPE = bytes(48 if 48 <= c <= 57 else 120 for c in range(256))
# letters to "a", digits to "0", everything else to " "
_IBAN_SHAPE = bytes(
    97 if (65 <= c <= 90 or 97 <= c <= 122) else 48 if 48 <= c <= 57 else 32 for c in range(256)
)
_DOT_TLD = re.compile(r"\.(?:" + _TLD_COMMON + r")\b")


def _iban_ok(raw: str) -> bool:
    s = raw.replace(" ", "").upper()
    want = _IBAN_LEN.get(s[:2])
    if want is None or len(s) != want:
        return False
    digits = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(digits) % 97 == 1


def _iban_length(raw: str) -> int:
    """The length of the leading groups of `raw` that make an IBAN of the right length
    for its country (check digits unchecked), or 0."""
    want = _IBAN_LEN.get(raw[:2].upper())
    if want is None:
        return 0
    count = 0
    for i, ch in enumerate(raw):
        if ch != " ":
            count += 1
            if count == want:
                return i + 1 if i + 1 == len(raw) or raw[i + 1] == " " else 0
    return 0


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end


def char_positions(text: str, ch: str) -> list[int]:
    """Every index of `ch` in `text` (found in C, one find at a time)."""
    out: list[int] = []
    i = text.find(ch)
    while i >= 0:
        out.append(i)
        i = text.find(ch, i + 1)
    return out


_LETTER = re.compile(r"[a-z]", re.IGNORECASE)
_DOT_TLD_ANYCASE = re.compile(_DOT_TLD.pattern, re.IGNORECASE)
# Besides letters and digits, what the patterns' look-behinds treat as part of a run:
# an e-mail address or a bare domain can only start where such a run starts.
_LOCAL_PART = frozenset("_._%+-")
_DOMAIN_PART = frozenset("_@.-")


def _run_start(text: str, end: int, extra: frozenset[str], limit: int | None = None) -> int:
    """The start of the run of letters, digits and `extra` that ends at `end` (looking
    back at most `limit` characters past the longest match)."""
    i = end
    while i > 0 and (limit is None or end - i <= limit):
        c = text[i - 1]
        if not (c.isalnum() or c in extra):
            break
        i -= 1
    return i


def email_matches(text: str, ats: list[int]) -> list[re.Match[str]]:
    """What `_EMAIL.finditer(text)` finds, trying the pattern only where an address
    holding one of the '@' at `ats` can start."""
    out: list[re.Match[str]] = []
    done = -1
    for at in ats:
        if at < done:
            continue
        m = _EMAIL.match(text, max(_run_start(text, at, _LOCAL_PART, 64), done))
        if m is not None:
            out.append(m)
            done = m.end()
    return out


def bare_url_matches(text: str) -> list[re.Match[str]]:
    """What `_URL_BARE.finditer(text)` finds: a bare domain holds a ".<ending>", and
    the pattern is tried only at the start of the run of word characters before one."""
    out: list[re.Match[str]] = []
    done = -1
    for d in _DOT_TLD_ANYCASE.finditer(text):
        if d.start() < done:
            continue
        m = _URL_BARE.match(text, max(_run_start(text, d.start(), _DOMAIN_PART), done))
        if m is not None:
            out.append(m)
            done = m.end()
    return out


# words that announce a bank account
_IBAN_BEFORE = re.compile(r"iban|bonifico|conto|coordinate bancarie|bank transfer|account")
# words that announce a phone number as the writer's own
_PHONE_BEFORE = re.compile(
    r"(?i)(?:call|ring|phone|text|reach|number|mobile|cell|tel|whatsapp|chiamami|chiamatemi|"
    r"richiamami|richiamatemi|telefono|telefonami|cellulare|numero|contattami|scrivimi)"
    r"\W*(?:me\W+)?(?:back\W+)?(?:on|at|is|al|allo|è|e|:)?\W*$"
)


def find_contacts(
    text: str, low: str | None = None, low_bytes: bytes | None = None
) -> list[Contact]:
    """All contact and payment details in `text`, in order of position.

    `low` and `low_bytes`, if given, are `text` lower-cased and folded one character for
    one, as str and as Latin-1 bytes (the analyser has them already); they only serve
    the cheap tests."""
    if low is None or low_bytes is None:
        low = text.lower()
        low_bytes = low.encode("latin-1", "replace")
    # a phone number or an IBAN has 8 digits in a row once separators are removed
    digit_run = low_bytes.translate(_DIGIT_SHAPE, b" .-/()+\t").find(b"00000000") >= 0
    has_at = "@" in low
    has_url = low.find("http") >= 0 or low.find("www.") >= 0
    dot_tld = "." in low and _DOT_TLD.search(low) is not None
    if not (digit_run or has_at or has_url or dot_tld):
        return []
    out: list[Contact] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(kind: str, s: int, e: int) -> None:
        out.append(Contact(kind, s, e, text[s:e]))
        taken.append((s, e))

    if has_at:
        # both are tried only where an '@' is (a scan of the whole text with these
        # patterns costs more than everything else the analyser does)
        ats = char_positions(text, "@")
        for m in email_matches(text, ats):
            add("email", m.start(), m.end())
        for at in ats:
            hm = _HANDLE.match(text, at)
            if hm is not None:
                s, e = hm.start(), _trim(text, hm.start(), hm.end())
                if e - s >= 3 and free(s, e):
                    add("handle", s, e)
    if has_url:
        for m in _URL_SCHEME.finditer(text):
            s, e = m.start(), _trim(text, m.start(), m.end())
            if free(s, e):
                add("url", s, e)
    if dot_tld:
        for m in bare_url_matches(text):
            s, e = m.start(), _trim(text, m.start(), m.end())
            tld = m.group(1)
            if not free(s, e) or tld != tld.lower():
                continue  # "rotto.It" is a missing space, not a domain
            if tld.lower() in _TLD_NEEDS_PATH and not m.group(2):
                continue
            host = m.group().split("/", 1)[0]
            first = host.split(".", 1)[0]
            if not _LETTER.search(first) or len(first) < 2:
                continue
            add("url", s, e)
    if digit_run:
        # an IBAN starts with two letters and two digits
        ibans = _IBAN.finditer(text) if low_bytes.translate(_IBAN_SHAPE).find(b"aa00") >= 0 else ()
        for m in ibans:
            if not free(m.start(), m.end()):
                continue
            # the pattern may run on into the next words ("... 456 intestato a"): the
            # IBAN is the leading groups of its country's length
            n = _iban_length(m.group())
            if not n:
                continue
            if _iban_ok(m.group()[:n]) or (
                # "IBAN: IT48 R030 ...": called an account by the writer, it is payment
                # detail even with a mistyped check digit
                _IBAN_BEFORE.search(low, max(0, m.start() - 30), m.start()) is not None
            ):
                add("iban", m.start(), m.start() + n)
        for m in _PHONE_CAND.finditer(text):
            s, e = m.start(), m.end()
            cand = m.group()
            if sum(c.isdigit() for c in cand) < 8 or not free(s, e):
                continue
            if _DATE.fullmatch(cand.strip()):
                continue
            if _ID_BEFORE.search(text[max(0, s - 30) : s]):
                continue
            # Leniency.VALID: the matcher has checked is_valid_number() already. A number
            # the writer calls theirs ("my number is +44 7700 900123") counts even where
            # the numbering plan has no such line (yet).
            leniency = Leniency.VALID
            if _PHONE_BEFORE.search(text[max(0, s - 30) : s]):
                leniency = Leniency.POSSIBLE
            for pm in PhoneNumberMatcher(cand, "IT", leniency=leniency):
                ps, pe = s + pm.start, s + pm.end
                if free(ps, pe):
                    add("phone", ps, pe)
    out.sort(key=lambda c: c.start)
    return out
