"""Loading and compiling the `.lex` rule files under `text/lexicon/`.

The files are the project's own, readable data: one file per label and language
(`lexicon/it/abusive.lex`, `lexicon/en/abusive.lex`, ...), macro files
(`lexicon/common.lex`, `lexicon/<lang>/_*.lex`) and `lexicon/censored.txt`. The format,
line by line:

    # a comment (also allowed at the end of a line, after " #")
    @name = alt | alt | alt      a macro; use it in any pattern as <name>
        | alt | alt              an indented line starting with "|" adds alternatives
    rule.name: left {head} right a rule of this file's label
    rule.name if "ab|c?": ...    a rule tried only if the text has the word "ab" or
                                 contains "c?" (a guard entry of letters and digits is a
                                 whole word, anything else a substring): a cheap test
                                 for rules whose head word is common

A rule is a phrase with one **head** in braces: a list of words (a macro or
alternatives) that every match contains. The head is what makes the layer fast: all
heads are expanded, when the lexicon is built, into the set of words they can start
with, and a message is tokenised once and intersected with that set in C. Only at the
places where a head word occurs is the rule tried: the head and what follows with an
anchored match, what precedes with an anchored match of the *reversed* left part on
the reversed text. A message without any head word costs one set intersection.
A head must therefore start with a finite list of distinctive words (not "di", "la").

Patterns are regular expressions over the *folded* text (lower case, accents removed,
disguises repaired: see `normalise.py`) with conveniences so that they read like the
phrases they catch:

- a letter matches one or more of itself: `ladri` matches "ladriii"; a letter written
  twice needs at least two: `cazzo` matches "cazzo", "cazzzo", not "cazo";
- a space matches any run of non-alphanumeric characters (spaces, punctuation, emoji);
  right after an optional group (`(a|b)? x`) it may match nothing if the group did
  not match (the space before the group already separates);
- an apostrophe matches any run of separators, or none: `ce l'avete` matches
  "ce l'avete", "ce lavete", "ce l avete";
- ` ~ ` skips up to three words within a clause, ` ~~ ` up to eight;
- `(...)` is a non-capturing group; `[...]`, `|`, `?`, `*`, `{m,n}`, `^`, `$`, `\\d`
  are regex syntax; `<name>` inserts a macro;
- spaces around a top-level `|` are layout; inside a group every space is a separator,
  so write `(un|una) ` rather than `(un | una)`, and `(un |una )?` for an optional word.

Rule names carry a role where the analyser needs one (`veto.*` cancels an overlapping
match of the same label; the others are described in the label files and analyse.py).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

# The regex parser of the standard library, to reverse patterns and list head words
# (internal modules, stable since 3.11; tests/text/test_lexicon.py pins the behaviour).
C: Any = importlib.import_module("re._constants")
P: Any = importlib.import_module("re._parser")

SEP = "[^a-z0-9]+"
OPT_SEP = "[^a-z0-9]*"
# Words inside a clause: a gap never crosses . ! ? ; or a newline.
# The word is possessive ("++"): a separator or the end of the gap must follow it, so
# giving letters back can never lead to a match, and the engine need not try.
_GAP_WORD = "[a-z0-9]++[^a-z0-9.!?;\\n]+"
# A separator, unless one was just consumed ("(a|b) (c )? ~ d": the optional group
# carries its own): words are never split, whichever way a pattern is written.
SOFT_SEP = "(?:(?<![a-z0-9])|[^a-z0-9]+)"
_SOFT_SEP_CLAUSE = "(?:(?<![a-z0-9])|[^a-z0-9.!?;\\n]+)"
GAP3 = f"{_SOFT_SEP_CLAUSE}(?:{_GAP_WORD}){{0,3}}"
GAP8 = f"{_SOFT_SEP_CLAUSE}(?:{_GAP_WORD}){{0,8}}"
NOT_ALNUM_AHEAD = "(?![a-z0-9])"

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_QUANT = frozenset("?*+{")

# Words too common to be a head: a rule anchored on one would be tried everywhere.
COMMON_WORDS = frozenset(
    """a ad al alla alle ai agli allo anche che chi ci con come da dal dalla dai de dei
    del della delle di e ed gli ha hai hanno ho i il in io l la le li lo ma mi mia mio
    ne nel nella no non o per piu poi qua qui se si sono su sul sulla te ti tu tra un
    una uno va vi voi the and to of is it in on for with you your i me my we our be are
    was at as or if not this that so do an by""".split()  # noqa: SIM905
)


class LexiconError(ValueError):
    """A `.lex` file that cannot be read or compiled; the message names file and line."""


@dataclass(frozen=True, slots=True)
class Rule:
    label: str
    name: str
    forward: re.Pattern[str]  # head + right part, matched at the head word
    left: re.Pattern[str] | None  # reversed left part, matched on the reversed text
    anchors: frozenset[str]  # words the head can start with
    where: str
    guard_words: frozenset[bytes] = frozenset()  # words of which one must occur...
    guard_subs: tuple[str, ...] = ()  # ...or substrings of which one must occur
    # The rule is its head alone, one word long: where a head word stands on its own,
    # the forward match is that word (the analyser need not run it).
    head_only: bool = False


def fold_pattern_letters(ch: str) -> str:
    """The folding `normalise` applies to text, applied to one pattern character."""
    from sportello.text.normalise import fold_char

    return fold_char(ch)


class _Compiler:
    def __init__(self, macros: dict[str, str], where: str) -> None:
        self.macros = macros
        self.where = where

    def compile(self, src: str) -> str:
        # Gaps first, so that the spaces around them are part of the gap.
        src = re.sub(r"\s*~~\s*", "\x02", src)
        src = re.sub(r"\s*~\s*", "\x01", src)
        out: list[str] = []
        i = 0
        n = len(src)
        while i < n:
            c = src[i]
            if c == "\\":
                if i + 1 >= n:
                    raise LexiconError(f"{self.where}: pattern ends with a backslash")
                out.append(src[i : i + 2])
                i += 2
            elif c == "\x01":
                out.append(GAP3)
                i += 1
            elif c == "\x02":
                out.append(GAP8)
                i += 1
            elif c.isspace():
                while i < n and src[i].isspace():
                    i += 1
                # after an optional group, "(un )? X" style has its separator inside the
                # group; "(a|b)? X" then needs none of its own when the group is absent
                if len(out) >= 2 and out[-2] == ")" and out[-1] in ("?", "*"):
                    out.append(SOFT_SEP)
                else:
                    out.append(SEP)
            elif c in "'’":
                out.append(OPT_SEP)
                i += 1
            elif c == "<":
                j = src.find(">", i)
                if j < 0:
                    raise LexiconError(f"{self.where}: unclosed <macro>")
                name = src[i + 1 : j]
                if name not in self.macros:
                    raise LexiconError(f"{self.where}: unknown macro <{name}>")
                out.append(f"(?:{self.macros[name]})")
                i = j + 1
            elif c == "(":
                if src.startswith("(?", i):
                    m = re.match(r"\(\?(?:<=|<!|[:=!])", src[i:])
                    if not m:
                        raise LexiconError(f"{self.where}: unsupported group at {src[i:]!r}")
                    out.append(m.group())
                    i += len(m.group())
                else:
                    out.append("(?:")
                    i += 1
            elif c == "[":
                j = i + 1
                if j < n and src[j] == "^":
                    j += 1
                if j < n and src[j] == "]":
                    j += 1
                while j < n and src[j] != "]":
                    j += 2 if src[j] == "\\" else 1
                if j >= n:
                    raise LexiconError(f"{self.where}: unclosed [class]")
                body = "".join(fold_pattern_letters(ch) for ch in src[i : j + 1])
                out.append(body)
                i = j + 1
                if not body.startswith("[^") and (i >= n or src[i] not in _QUANT):
                    out.append("+")
            elif c == "{":
                j = src.find("}", i)
                if j < 0 or not re.fullmatch(r"\{\d*(,\d*)?\}", src[i : j + 1]):
                    raise LexiconError(f"{self.where}: bad {{quantifier}} or a second head")
                out.append(src[i : j + 1])
                i = j + 1
            else:
                f = fold_pattern_letters(c)
                if f in _LETTERS:
                    j = i + 1
                    while j < n and fold_pattern_letters(src[j]) == f:
                        j += 1
                    run = j - i
                    i = j
                    nxt = src[i] if i < n else ""
                    base = f * min(run, 2)
                    if nxt in ("?", "*"):
                        # optional letter(s): "stell[ae]?", "idiots?"
                        out.append(f"(?:{base}{f}*)?" if run > 1 else f"{f}*")
                        i += 1
                    elif nxt == "+":
                        out.append(f"{base}{f}*" if run > 1 else f"{f}+")
                        i += 1
                    elif nxt == "{":
                        out.append(f * (run - 1) + f)
                    else:
                        out.append(f"{base}{f}*" if run > 1 else f"{f}+")
                elif c in "|)?*+^$." or c.isdigit():
                    out.append(c)  # regex syntax, or a digit (digits do not repeat)
                    i += 1
                else:
                    out.append(re.escape(c))
                    i += 1
        return "".join(out)


_MACRO_LINE = re.compile(r"^@([a-z][a-z0-9_]*)\s*(\+?=)\s*(.*)$")
_CONT_LINE = re.compile(r"^\s+\|\s*(.*)$")
_RULE_LINE = re.compile(r'^([a-z][a-z0-9_.]*)(?:\s+if\s+"([^"]+)")?:\s+(.*)$')


def _strip_comment(line: str) -> str:
    if line.lstrip().startswith("#"):
        return ""
    pos = line.find(" #")
    if pos >= 0:
        line = line[:pos]
    return line.rstrip()


@dataclass
class _RawFile:
    name: str
    label: str
    macros: list[tuple[str, str, bool, str]]  # (name, source, append, where)
    rules: list[tuple[str, str, str, str]]  # (rule, source, where, guard)


def _parse(name: str, label: str, text: str) -> _RawFile:
    raw = _RawFile(name, label, [], [])
    last: tuple[str, int] | None = None  # ("macro"|"rule", index)
    for lineno, line in enumerate(text.splitlines(), 1):
        where = f"{name}:{lineno}"
        line = _strip_comment(line)
        if not line.strip():
            continue
        m = _CONT_LINE.match(line)
        if m and last is not None:
            kind, idx = last
            more = m.group(1).strip()
            if kind == "macro":
                mname, msrc, append, mwhere = raw.macros[idx]
                raw.macros[idx] = (mname, f"{msrc}|{more}", append, mwhere)
            else:
                rname, rsrc, rwhere, rguard = raw.rules[idx]
                raw.rules[idx] = (rname, f"{rsrc}|{more}", rwhere, rguard)
            continue
        m = _MACRO_LINE.match(line)
        if m:
            mname, op, body = m.groups()
            raw.macros.append((mname, body, op == "+=", where))
            last = ("macro", len(raw.macros) - 1)
            continue
        m = _RULE_LINE.match(line)
        if m:
            raw.rules.append((m.group(1), m.group(3), where, m.group(2) or ""))
            last = ("rule", len(raw.rules) - 1)
            continue
        raise LexiconError(f"{where}: cannot read line {line!r}")
    return raw


def split_alternatives(src: str) -> list[str]:
    """Split on top-level '|' (outside groups, classes and braces)."""
    parts: list[str] = []
    depth = 0
    in_class = False
    cur: list[str] = []
    i = 0
    while i < len(src):
        c = src[i]
        if c == "\\" and i + 1 < len(src):
            cur.append(src[i : i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
        elif c in "({":
            depth += 1
        elif c in ")}":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append("".join(cur).strip())
            cur = []
            i += 1
            continue
        cur.append(c)
        i += 1
    parts.append("".join(cur).strip())
    return [p for p in parts if p]


def _find_head(src: str, where: str) -> tuple[str, str, str]:
    """Split a rule alternative into (left, head, right) at its `{...}`."""
    depth_class = False
    i = 0
    start = -1
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if depth_class:
            if c == "]":
                depth_class = False
        elif c == "[":
            depth_class = True
        elif c == "{" and not re.match(r"\{\d", src[i:]):
            start = i
            break
        i += 1
    if start < 0:
        raise LexiconError(f"{where}: rule alternative without a {{head}}: {src!r}")
    depth = 0
    j = start
    while j < len(src):
        if src[j] == "\\":
            j += 2
            continue
        if src[j] == "{":
            depth += 1
        elif src[j] == "}":
            depth -= 1
            if depth == 0:
                break
        j += 1
    if j >= len(src):
        raise LexiconError(f"{where}: unclosed {{head}}")
    return src[:start], src[start + 1 : j], src[j + 1 :]


# --- reversing a regex (for the left part of a rule) -----------------------------------

_CATEGORY_OUT = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}


def _class_char(c: int) -> str:
    ch = chr(c)
    if ch.isalnum():
        return ch
    return "\\" + ch if ch in "\\]^-[" else re.escape(ch)


def _out_in(items: list[tuple[Any, Any]]) -> str:
    parts: list[str] = []
    neg = False
    for op, av in items:
        if op is C.NEGATE:
            neg = True
        elif op is C.LITERAL:
            parts.append(_class_char(av))
        elif op is C.RANGE:
            lo, hi = av
            parts.append(f"{_class_char(lo)}-{_class_char(hi)}")
        elif op is C.CATEGORY:
            parts.append(_CATEGORY_OUT[av])
        else:
            raise LexiconError(f"cannot reverse class item {op}")
    return "[" + ("^" if neg else "") + "".join(parts) + "]"


def _quant(lo: int, hi: int) -> str:
    if hi == C.MAXREPEAT:
        return "*" if lo == 0 else "+" if lo == 1 else f"{{{lo},}}"
    if lo == 0 and hi == 1:
        return "?"
    return f"{{{lo}}}" if lo == hi else f"{{{lo},{hi}}}"


def _rev_seq(items: Iterable[tuple[Any, Any]]) -> str:
    seq: list[tuple[Any, Any]] = []
    for item in reversed(list(items)):
        seq.append(item)
        # "x*x" (from a stretched double letter "xxx*") reads better to the engine as "xx*"
        if len(seq) >= 2 and seq[-1][0] is C.LITERAL and _optional_run_of(seq[-2]) == seq[-1][1]:
            seq[-2], seq[-1] = seq[-1], seq[-2]
    return "".join(_rev_item(op, av) for op, av in seq)


def _optional_run_of(item: tuple[Any, Any]) -> int | None:
    """The character c if `item` is c* (greedy), else None."""
    op, av = item
    if op is C.MAX_REPEAT and av[0] == 0 and av[1] == C.MAXREPEAT:
        sub = list(av[2])
        if len(sub) == 1 and sub[0][0] is C.LITERAL:
            return int(sub[0][1])
    return None


def _rev_item(op: Any, av: Any) -> str:
    if op is C.LITERAL:
        return re.escape(chr(av))
    if op is C.NOT_LITERAL:
        return "[^" + _class_char(av) + "]"
    if op is C.IN:
        return _out_in(av)
    if op is C.ANY:
        return "."
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        lazy = "?" if op is C.MIN_REPEAT else "+" if op is C.POSSESSIVE_REPEAT else ""
        items = list(sub)
        if len(items) == 1 and items[0][0] in (C.LITERAL, C.NOT_LITERAL, C.IN, C.ANY):
            # one character: no group, so that the engine sees a plain repeat
            return f"{_rev_item(*items[0])}{_quant(lo, hi)}{lazy}"
        return f"(?:{_rev_seq(sub)}){_quant(lo, hi)}{lazy}"
    if op is C.SUBPATTERN:
        _group, _add, _del, sub = av
        return f"(?:{_rev_seq(sub)})"
    if op is C.BRANCH:
        _none, alts = av
        return "(?:" + "|".join(_rev_seq(a) for a in alts) + ")"
    if op is C.AT:
        swap = {
            C.AT_BEGINNING: "$",
            C.AT_BEGINNING_STRING: r"\Z",
            C.AT_END: "^",
            C.AT_END_STRING: r"\A",
            C.AT_BOUNDARY: r"\b",
            C.AT_NON_BOUNDARY: r"\B",
        }
        return swap[av]
    if op in (C.ASSERT, C.ASSERT_NOT):
        direction, sub = av
        kind = {(1, C.ASSERT): "(?<=", (1, C.ASSERT_NOT): "(?<!"}
        kind.update({(-1, C.ASSERT): "(?=", (-1, C.ASSERT_NOT): "(?!"})
        return kind[(direction, op)] + _rev_seq(sub) + ")"
    raise LexiconError(f"cannot reverse regex operation {op}")


@cache
def reverse_regex(src: str) -> str:
    """A regex that matches the reversed strings of `src` (for the supported subset)."""
    return _rev_seq(P.parse(src).data)


# --- the words a head can start with ---------------------------------------------------

_MAX_STATES = 20000


def _is_word_class(items: list[tuple[Any, Any]]) -> list[str] | None:
    """The alphanumeric members of a class, or None if it admits separators."""
    out: list[str] = []
    for op, av in items:
        if op is C.LITERAL and chr(av).isalnum():
            out.append(chr(av))
        elif op is C.RANGE:
            lo, hi = av
            out.extend(chr(c) for c in range(lo, hi + 1))
            if not all(chr(c).isalnum() for c in range(lo, hi + 1)):
                return None
        else:
            return None
    return out


def _expand_seq(
    items: list[tuple[Any, Any]], states: set[tuple[str, bool]]
) -> set[tuple[str, bool]]:
    for op, av in items:
        live = {s for s in states if not s[1]}
        done = {s for s in states if s[1]}
        if not live:
            return states
        states = done | _expand_item(op, av, live)
        if len(states) > _MAX_STATES:
            raise LexiconError("head expands to too many words")
    return states


def _expand_item(op: Any, av: Any, states: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    if op is C.LITERAL:
        ch = chr(av)
        if ch.isalnum():
            return {(p + ch, False) for p, _e in states}
        return {(p, True) for p, _e in states}
    if op is C.IN:
        members = _is_word_class(av)
        if members is None:
            return {(p, True) for p, _e in states}
        return {(p + m, False) for p, _e in states for m in members}
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, _hi, sub = av
        sub = list(sub)
        is_sep = len(sub) == 1 and sub[0][0] is C.IN and _is_word_class(sub[0][1]) is None
        if is_sep:
            ended = {(p, True) for p, _e in states}
            return ended | (states if lo == 0 else set())
        once = _expand_seq(sub, set(states))
        result: set[tuple[str, bool]] = set()
        if lo == 0:
            result |= states
            result |= once
        else:
            cur = once
            for _ in range(lo - 1):
                cur = _expand_seq(sub, {s for s in cur if not s[1]}) | {s for s in cur if s[1]}
            result |= cur
        return result
    if op is C.SUBPATTERN:
        return _expand_seq(list(av[3]), states)
    if op is C.BRANCH:
        out: set[tuple[str, bool]] = set()
        for alt in av[1]:
            out |= _expand_seq(list(alt), set(states))
        return out
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return states
    raise LexiconError(f"a head must start with listed words, not {op}")


@cache
def head_words(src: str) -> frozenset[str]:
    """The words (as written, lower case) that a compiled head can start with."""
    states = _expand_seq(list(P.parse(src).data), {("", False)})
    words = frozenset(p for p, _e in states)
    if "" in words:
        raise LexiconError("a head that can match an empty word")
    return words


# --- building ---------------------------------------------------------------------------


@dataclass
class Lexicon:
    macros: dict[str, str]  # name -> compiled regex source
    rules: list[Rule]

    def for_label(self, label: str) -> list[Rule]:
        return [r for r in self.rules if r.label == label]


# what engine_form() reads: an escape, a character class (left alone), or a letter "+"
_ENGINE_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]?|([A-Za-z0-9])\+", re.DOTALL)


def engine_form(src: str) -> str:
    """`src` with every repeated letter `x+` written `xx*`: the same language, but the
    regex engine rejects an alternative that starts with a literal at a glance, while a
    repeat must be entered first. The lexicon's alternations are long lists of words
    (measured: about an eighth fewer instructions in the regex engine)."""
    return _ENGINE_TOKEN.sub(lambda m: m.group(1) * 2 + "*" if m.group(1) else m.group(), src)


def compile_fragment(src: str, macros: dict[str, str], where: str = "fragment") -> str:
    comp = _Compiler(macros, where)
    return "|".join(comp.compile(a) for a in split_alternatives(src))


def build(files: Iterable[tuple[str, str, str]]) -> Lexicon:
    """files: (display name, label or "" for macro files, text)."""
    raws = [_parse(name, label, text) for name, label, text in files]
    macros: dict[str, str] = {}
    for raw in raws:
        for mname, msrc, append, where in raw.macros:
            comp = _Compiler(macros, where)
            alts = split_alternatives(msrc)
            # longest first, so that an alternation prefers "testa di cazzo" to "testa"
            alts.sort(key=len, reverse=True)
            body = "|".join(comp.compile(a) for a in alts)
            if append:
                if mname not in macros:
                    raise LexiconError(f"{where}: += to undefined macro @{mname}")
                macros[mname] = f"{macros[mname]}|{body}"
            else:
                if mname in macros:
                    raise LexiconError(f"{where}: macro @{mname} defined twice")
                macros[mname] = body
    rules: list[Rule] = []
    for raw in raws:
        if not raw.label:
            if raw.rules:
                raise LexiconError(f"{raw.name}: rules in a macro file")
            continue
        for rname, rsrc, where, guard in raw.rules:
            for alt in split_alternatives(rsrc):
                rules.append(_build_rule(raw.label, rname, alt, macros, where, guard))
    return Lexicon(macros, rules)


def _build_rule(
    label: str, name: str, src: str, macros: dict[str, str], where: str, guard: str = ""
) -> Rule:
    left_src, head_src, right_src = _find_head(src, where)
    comp = _Compiler(macros, where)
    head = "|".join(comp.compile(a) for a in split_alternatives(head_src))
    right = comp.compile(right_src) if right_src else ""
    left = comp.compile(left_src) if left_src else ""
    try:
        forward = re.compile(engine_form(f"(?:{head}){right}{NOT_ALNUM_AHEAD}"))
        left_re = (
            re.compile(engine_form(f"(?:{reverse_regex(left)}){NOT_ALNUM_AHEAD}")) if left else None
        )
        words = head_words(head)
    except (re.error, LexiconError) as exc:
        raise LexiconError(f"{where}: rule {name}: {exc}") from exc
    common = sorted(w for w in words if w in COMMON_WORDS)
    if common:
        raise LexiconError(f"{where}: rule {name}: head starts with common words {common}")
    guards = ["".join(fold_pattern_letters(c) for c in g) for g in guard.split("|") if g]
    gwords = frozenset(g.encode("ascii") for g in guards if re.fullmatch(r"[a-z0-9]+", g))
    gsubs = tuple(g for g in guards if not re.fullmatch(r"[a-z0-9]+", g))
    # no right part, and nothing in the head that could match a separator
    head_only = not right and not any(mark in head for mark in ("[^", "\\", "."))
    return Rule(label, name, forward, left_re, frozenset(words), where, gwords, gsubs, head_only)


def read_package_files() -> list[tuple[str, str, str]]:
    """common.lex, then the macro files (`<lang>/_*.lex`) of every language, then the
    label files (`<lang>/<label>.lex`), in a stable order: a rule may use the macros of
    either language (customers mix them: "siete dei f***ing idiots")."""
    root = resources.files("sportello.text") / "lexicon"
    macro_files: list[tuple[str, str, str]] = []
    label_files: list[tuple[str, str, str]] = []
    common = root / "common.lex"
    macro_files.append(("lexicon/common.lex", "", common.read_text(encoding="utf-8")))
    for lang in ("it", "en"):
        d = root / lang
        for fname in sorted(p.name for p in d.iterdir() if p.name.endswith(".lex")):
            text = (d / fname).read_text(encoding="utf-8")
            if fname.startswith("_"):
                macro_files.append((f"lexicon/{lang}/{fname}", "", text))
            else:
                label_files.append((f"lexicon/{lang}/{fname}", fname[: -len(".lex")], text))
    return macro_files + label_files


def read_censored() -> list[str]:
    root = resources.files("sportello.text") / "lexicon"
    words: list[str] = []
    for line in (root / "censored.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.append(line)
    return words
