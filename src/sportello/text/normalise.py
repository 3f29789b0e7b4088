"""Folding a message into the form the rules read, keeping a map back to the original.

What folding does, and why:

- lower case, accents removed (`perché`, `perche`, `PERCHÈ` read alike), typographic
  quotes and apostrophes made plain, fancy Unicode letters (fullwidth, mathematical
  bold, used to dodge filters) read as the letters they look like;
- disguised words repaired where the result is a word the lexicon knows
  (`lexicon/censored.txt`): `c@zzo`, `m3rda`, `idi0ti`, `l@dri` (one character for
  one), `str***i`, `m***a`, `f***ing` (the stars stand for letters), and spaced-out
  words `l a d r i`, `va fa n c u l o`. The repair only happens when it yields a known
  word, so an e-mail address, a discount code or an order number is never rewritten;
- repeated letters (`ladriii`, `vergognaaa`) are *not* rewritten here: every letter
  of a pattern matches one or more of itself (see `lexicon.py`), which costs nothing
  and keeps offsets simple.

Most messages only need the first step, which keeps one character for one, so a span
in the folded text is the same span in the original. When a step changes the length,
an explicit offset map is kept; `Folded.span()` maps folded offsets back to the
original text either way.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

_SPECIAL: dict[str, str] = {
    "’": "'",
    "‘": "'",
    "‛": "'",
    "`": "'",
    "´": "'",
    "ʼ": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "«": '"',
    "»": '"',
    "–": "-",
    "—": "-",
    "…": ".",
    "\u00a0": " ",
    "\u2009": " ",
    "\u202f": " ",
    "ß": "s",
    "ø": "o",
    "æ": "a",
    "œ": "o",
    "ł": "l",
    "đ": "d",
    "ð": "d",
    "þ": "t",
    "ı": "i",
}


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """One character as the rules see it: a lower-case ASCII letter where it looks like
    one, '' for invisible marks, the character itself otherwise."""
    if ch.isascii():
        return ch.lower()
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    low = ch.lower()
    if low in _SPECIAL:
        return _SPECIAL[low]
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me", "Cf"):
        return ""  # combining accents and zero-width characters carry no letter
    decomposed = unicodedata.normalize("NFKD", low)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if len(base) >= 1 and base[0].isascii() and base[0].isalnum():
        return base[0].lower()
    if cat.startswith("Z"):
        return " "
    return low[0] if low else ch


def _build_table() -> dict[int, str]:
    ranges = [
        (0x80, 0x250),  # Latin-1 supplement, Latin extended A/B
        (0x300, 0x370),  # combining diacritics
        (0x1E00, 0x1F00),  # Latin extended additional
        (0x2000, 0x2070),  # punctuation, spaces, zero-width characters
        (0xFE00, 0xFE10),  # variation selectors
        (0xFF01, 0xFF5F),  # fullwidth forms
        (0x1D400, 0x1D800),  # mathematical alphanumerics
    ]
    table: dict[int, str] = {}
    for lo, hi in ranges:
        for cp in range(lo, hi):
            ch = chr(cp)
            f = fold_char(ch)
            if f != ch:
                table[cp] = f
    return table


_TABLE = _build_table()
_FOLDABLE_RUN = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_TABLE)) + "]+")

# The fast path folds through Latin-1 bytes: one C-level translate for the accents of
# Italian and English. Characters outside Latin-1 go through an encode error handler:
# their one-character fold if it is Latin-1, else "\x1a" (a separator), so that the
# text keeps one character for one (emoji, symbols, other scripts become separators).
_SEP_CHAR = "\x1a"


def _latin1_table() -> bytes:
    table = bytearray(range(256))
    for cp in range(128, 256):
        f = fold_char(chr(cp))
        table[cp] = ord(f) if len(f) == 1 and ord(f) < 256 else 0x1A
    return bytes(table)


_LATIN1 = _latin1_table()
_INVISIBLE = re.compile("[\u00ad\u0300-\u036f\u200b-\u200f\u2060-\u2064\ufeff\ufe00-\ufe0f]")


def _fold_error(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for ch in exc.object[exc.start : exc.end]:
        f = fold_char(ch)
        out.append(f if len(f) == 1 and ord(f) < 256 else _SEP_CHAR)
    return "".join(out), exc.end


codecs.register_error("sportello.fold", _fold_error)


class Folded:
    """A folded text and its way back to the original (internal to the text layer, so
    a plain slotted class: it is built for every field of every message)."""

    __slots__ = ("omap", "original", "text")

    def __init__(self, original: str, text: str, omap: tuple[int, ...] | None = None) -> None:
        self.original = original
        self.text = text
        # folded index -> original index, len(text) + 1 entries; None when one for one
        self.omap = omap

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of the folded [start, end)."""
        if self.omap is None:
            return start, end
        if end <= start:
            o = self.omap[start]
            return o, o
        return self.omap[start], self.omap[end - 1] + 1


def _fold_slow(original: str) -> tuple[str, list[int]]:
    out: list[str] = []
    omap: list[int] = []
    for i, ch in enumerate(original):
        f = ch.lower() if ch.isascii() else fold_char(ch.lower()[0])
        if len(f) != 1 or ord(f) > 255:
            f = _SEP_CHAR if f else ""
        if f:
            out.append(f)
            omap.append(i)
    omap.append(len(original))
    return "".join(out), omap


def _latin1_lower_table() -> bytes:
    return bytes(_LATIN1[ord(chr(c).lower())] for c in range(256))


# lower case and fold in one translate, for text that is all Latin-1 (most Italian)
_LATIN1_LOWER = _latin1_lower_table()


def fold(original: str) -> Folded:
    """Lower case, accents and look-alike letters; one character for one."""
    if original.isascii():
        return Folded(original, original.lower(), None)
    try:
        raw = original.encode("latin-1")
    except UnicodeEncodeError:
        raw = b""
    if raw and b"\xad" not in raw:
        return Folded(original, raw.translate(_LATIN1_LOWER).decode("latin-1"), None)
    low = original.lower()
    if len(low) != len(original):
        # "İ".lower() is two characters: fold one by one, keeping a map
        text, omap = _fold_slow(original)
        return Folded(original, text, tuple(omap))
    if low.isascii():
        return Folded(original, low, None)
    if _INVISIBLE.search(low):
        # zero-width characters, soft hyphens, combining accents: drop them, so that
        # "st\u200bronzi" and "perche\u0301" read as words (offsets kept in a map)
        text, omap = _fold_slow(original)
        return Folded(original, text, tuple(omap))
    folded = low.encode("latin-1", "sportello.fold").translate(_LATIN1).decode("latin-1")
    return Folded(original, folded, None)


# --- repairing disguised words -----------------------------------------------------------

_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"}
)
# A token that mixes letters with look-alike digits or symbols ("!" is left alone: it
# ends exclamations far more often than it hides an "i").
_LEET_TOKEN = re.compile(r"(?<![a-z0-9@$])[a-z0-9@$]*(?:[a-z][0-9@$]|[0-9@$][a-z])[a-z0-9@$]*")
# A word with letters replaced by stars or hashes.
_STAR_TOKEN = re.compile(r"(?<![a-z0-9])[a-z]*[*#]+[a-z]*(?:[*#]+[a-z]*)*")
# Short pieces separated by one space, dot, dash or underscore: "l a d r i", "va fa n c u l o".
_XX_TOKEN = re.compile(r"(?<![a-z0-9])[a-z]*xx[a-z]*")
_SPACED = re.compile(r"(?<![a-z0-9])(?:[a-z]{1,2}[ ._\-]){2,}[a-z]{1,2}(?![a-z0-9])")
_SINGLE = re.compile(r"(?<![a-z])[a-z](?![a-z])")
_SEPARATORS = re.compile(r"[ ._\-]")
# a letter standing alone between non-alphanumerics: a spaced-out word has three
_SINGLE_WORD = re.compile(r"(?<![a-z0-9])[a-z](?![a-z0-9])")
# where a letter meets a look-alike digit or symbol
_MIXED = re.compile(r"[a-z][0-9@$]|[0-9@$][a-z]")
_LEET_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789@$")


def _leet_tokens(text: str) -> list[tuple[int, int]]:
    """The runs of letters, digits, '@' and '$' in which a letter meets a digit or a
    symbol (what `_LEET_TOKEN` finds, found from the meeting points)."""
    out: list[tuple[int, int]] = []
    end = -1
    n = len(text)
    for m in _MIXED.finditer(text):
        p = m.start()
        if p < end:
            continue
        start = p
        while start > 0 and text[start - 1] in _LEET_CHARS:
            start -= 1
        end = m.end()
        while end < n and text[end] in _LEET_CHARS:
            end += 1
        out.append((start, end))
    return out


# Single letters that Italian and English text do not use as words (apart from
# elisions like l', c', d', s', t', m', n'): three spaced-out letters of a disguised
# word ("l a d r i", "s t r o n z i") almost always include one of them.
RARE_SINGLE_LETTERS = frozenset(c.encode("ascii") for c in "bfghjkpqrvwxyz")


# letters to "a", everything else to a space: " a a a " is three letters spelled out
_SHAPE = bytes(97 if 97 <= c <= 122 else 32 for c in range(256))


def may_be_disguised(
    text: str, text_bytes: bytes, tokens: Iterable[bytes], suspects: frozenset[bytes]
) -> bool:
    """A cheap test (C-level) for anything `Repairer` could repair: stars, hashes, '@'
    or '$', one of `suspects` among the words (a known word spelled with digits:
    "m3rda", "idi0ti"; a rare single letter), or letters spelled out ("l a d r i")."""
    if "*" in text or "#" in text or "@" in text or "$" in text or "xx" in text:
        return True
    if not suspects.isdisjoint(tokens):
        return True
    return (b" " + text_bytes.translate(_SHAPE)).find(b" a a a ") >= 0


def leet_variants(word: str) -> set[str]:
    """The spellings of `word` with look-alike digits (o->0, i->1, e->3, a->4, s->5, t->7)."""
    subs = {"o": "0", "i": "1", "e": "3", "a": "4", "s": "5", "t": "7"}
    out = {""}
    for ch in word:
        nxt = set()
        for p in out:
            nxt.add(p + ch)
            if ch in subs:
                nxt.add(p + subs[ch])
        out = nxt
        if len(out) > 4096:
            break
    out.discard(word)
    return out


@dataclass(frozen=True)
class Repairer:
    """Knows which words are worth repairing (the vulgar and insulting vocabulary) and
    which candidates a starred word may stand for."""

    word: re.Pattern[str]  # full-match test for a known word (letters may repeat)
    contains: re.Pattern[str]  # search test: does a joined run contain a known word
    starred: tuple[str, ...]  # candidates for starred words, most likely first

    def repair(self, text: str) -> tuple[str, list[int] | None]:
        edits: list[tuple[int, int, str]] = []
        # Each scan starts from what it needs (a letter next to a digit, a star, three
        # single letters): the patterns themselves are slow to run over a whole text.
        for start, end in _leet_tokens(text):
            tok = text[start:end]
            dec = tok.translate(_LEET)
            if dec != tok and self.word.fullmatch(dec):
                edits.append((start, end, dec))
        if "xx" in text:
            # "caxxo": the double x stands for the double z
            for m in _XX_TOKEN.finditer(text):
                dec = m.group().replace("xx", "zz")
                if self.word.fullmatch(dec):
                    edits.append((m.start(), m.end(), dec))
        if "*" in text or "#" in text:
            for m in _STAR_TOKEN.finditer(text):
                tok = m.group()
                if not tok[:1].isalpha():
                    continue
                cand = self._unstar(tok)
                if cand is not None:
                    edits.append((m.start(), m.end(), cand))
        if len(_SINGLE_WORD.findall(text)) >= 3:
            runs = []
            known = False
            for m in _SPACED.finditer(text):
                run = m.group()
                if len(_SINGLE.findall(run)) < 3:
                    continue
                joined = _SEPARATORS.sub("", run)
                end = m.end()
                if (
                    joined[-1] in "aeio"
                    and not self.word.fullmatch(joined)
                    and self.word.fullmatch(joined[:-1])
                ):
                    # "l a d r i e basta": the last letter is the next word
                    joined = joined[:-1]
                    end -= 2
                runs.append((m.start(), end, joined))
                known = known or self.contains.search(joined) is not None
            if known:
                # "s i e t e   d e g l i   i d i o t i": a whole sentence spelled out, one
                # word per run; once one run is an insult, the others are its words
                edits.extend(runs)
        if not edits:
            return text, None
        edits.sort()
        out: list[str] = []
        omap: list[int] = []
        pos = 0
        for start, end, rep in edits:
            if start < pos:
                continue  # overlapping repairs: keep the first
            out.append(text[pos:start])
            omap.extend(range(pos, start))
            out.append(rep)
            width = end - start
            # spread the replacement over the original characters, last on last
            omap.extend(start + (k * width) // max(len(rep), 1) for k in range(len(rep) - 1))
            omap.append(end - 1)
            pos = end
        out.append(text[pos:])
        omap.extend(range(pos, len(text)))
        omap.append(len(text))
        return "".join(out), omap

    def _unstar(self, tok: str) -> str | None:
        head = re.match(r"[a-z]*", tok)
        tail = re.search(r"[a-z]*$", tok)
        prefix = head.group() if head else ""
        suffix = tail.group() if tail else ""
        best: str | None = None
        best_cost = 99
        for cand in self.starred:
            if len(cand) < len(prefix) + len(suffix) + 1:
                continue
            if not cand.startswith(prefix) or not cand.endswith(suffix):
                continue
            cost = abs(len(cand) - len(tok))
            if cost > 2:
                continue
            if cost < best_cost:
                best, best_cost = cand, cost
        return best


def repair(folded: Folded, repairer: Repairer) -> Folded:
    """`folded` with disguised words restored (see `Repairer`), offsets kept."""
    repaired, rmap = repairer.repair(folded.text)
    if rmap is None:
        return folded
    if folded.omap is not None:
        rmap = [folded.omap[i] for i in rmap]
    return Folded(folded.original, repaired, tuple(rmap))
