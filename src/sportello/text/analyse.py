"""`analyse(text, subject)`: the labels of `spec/labels.md` with their evidence, and the
questions a message asks. Pure Python, deterministic, no I/O after import.

How a message is read
---------------------
1. Folding (`normalise.py`): lower case, accents, disguises (`c@zzo`, `str***i`,
   `l a d r i`), with a map back to the original characters.
2. One tokenisation and one set intersection (both in C) with the head words of all
   rules (`lexicon.py`). Only where a head word occurs is a rule tried, with anchored
   matches forwards and (for what precedes) backwards. A message with no head word
   costs nothing more.
3. Contact details (`contacts.py`) behind cheap tests (an '@', digits, a domain ending).
4. Decisions that need more than one match, below.

Abuse needs a target and an intent
----------------------------------
`abusive`, `threat` and `blackmail` make the policy warn and then block, so they are
only given when the writer aims them at someone:

- an insult needs a target (second person, the staff, the company, a vocative between
  punctuation); harsh words about the service and exclamations are not in the lexicon;
- a match preceded by a negation of the act ("non siete dei ladri", "non dico che
  siete incompetenti", "I'm not saying you're idiots") is dropped. "non siete altro che
  dei ladri" is not a negation and is kept;
- **quotation and reported speech.** An insult or threat inside quotation marks that
  also enclose its target ("mi hanno detto 'siete dei ladri'"), inside a quoted e-mail
  (lines starting with ">", or after "Il giorno ... ha scritto:"), or introduced by
  someone else's words ("mi ha dato del ladro", "dicono che siete dei ladri",
  "they told me ...") is not the writer's own: it gives no label. It is not thrown
  away either: it is returned in `Understanding.discounted` with the label it would
  have had and a rule name ending in `.quoted`, `.reported` or `.negated`, so the
  workspace can show it and a person can disagree. Scare quotes around the insult
  alone ("siete dei 'ladri'") do not shelter it, because the target is outside them;
- `threat`: some phrases are threats on their own ("so dove abiti", "vi spacco tutto");
  ambiguous ones (`weak.*`: "state attenti.", "so dove avete il magazzino", "non
  finisce qui", "so che macchina guida") need a second cue of another kind, in
  another place, or a condition; a hint (`hint.*`: "vedete voi", "just saying", "vengo
  in negozio") only seconds a weak cue, never a condition alone, because "se non
  arriva entro domani passo in negozio" is a customer, not a threat; "la pagherete
  cara" (`soft.*`) is dropped when a legal step follows ("... in tribunale"), because
  legal action is `legal_action`, never `threat`;
- `reputation_threat` too can be told by its parts (`weak.*`): an audience ("ho 20mila
  follower"), a story to tell, a verdict ("non sarà lusinghiera"). Two parts of
  different kinds within a sentence of each other, or one with a demand's condition,
  make the label; an audience alone, or two audiences, do not;
- a knife, a gun or a bomb emoji is a weak threat cue; the middle finger is an insult;
- `blackmail` needs a demand tied to a harmful consequence: a reputational, harassing
  or threatening consequence (from `reputation_threat`, `threat` or the harass.* rules)
  together with a condition in the same sentence ("se non", "finché non", "unless"),
  right before it ("o vi lascio una recensione", "or I'll post"), or an ultimatum
  earlier ("avete 24 ore."). A legal consequence is `legal_action` only.

A second opinion (`model.py`)
-----------------------------
Hand rules miss abuse worded in ways nobody wrote a rule for ("Sapete che il vostro
furgone lo parcheggiate sotto casa mia? Ricordatevelo."). A linear model over words,
prefixes and word pairs, trained on the project's labelled messages, is heard on a
message the rules found free of abuse and of reputation threats, that speaks to its
reader (second person), and that none of the rules' reasons covers (a quoted,
reported or negated insult, a legal step). Its evidence is the sentence that scores
highest, under the rule `model.<label>`; `Model.explain()` lists the words behind it.
The policy treats such a label as likely, not certain: the warning it would bring is
proposed to an agent (policy/decide.py).

Other decisions: a `chaser` is dropped when the body brings something new (an
attachment, an order or tracking number); `off_platform` from a "write to me" needs an
e-mail address in the message; `urgency_claim` ignores "non è urgente".

Questions: every sentence ending with "?" (not a URL's query), and sentences with an
indirect question ("vorrei sapere se...", "could you tell me..."), as spans.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sportello.text import lexicon, model
from sportello.text.contacts import char_positions, find_contacts
from sportello.text.normalise import (
    RARE_SINGLE_LETTERS,
    Folded,
    Repairer,
    fold,
    leet_variants,
    may_be_disguised,
    repair,
)
from sportello.text.types import (
    LABELS,
    LEARNED_RULE,
    Span,
    Understanding,
    make_span,
    make_understanding,
)

# --- the lexicon, compiled once --------------------------------------------------------

_LEX = lexicon.build(lexicon.read_package_files())
_RULES: tuple[lexicon.Rule, ...] = tuple(_LEX.rules)
# the rule name a question found by a cue is given ("q.indirect" -> "question.indirect")
_CUE_RULE = {
    r.name: f"question.{r.name.split('.', 1)[-1]}" for r in _RULES if r.label == "question"
}


# Rules that only matter once another match exists: vetoes (only if their label
# matched), what a chaser brings (only if a chaser matched), "write to me" (only if
# an e-mail address is there). They are tried in a second pass, when needed.
_SECONDARY = ("veto.", "newinfo.", "propose.")


# What the scan needs of a rule, unpacked once: (forward.match, left.match or None,
# label, name, guard words, guard substrings).
_Probe = tuple[Any, ...]


def _anchor_table(
    rules: Iterable[lexicon.Rule], secondary: bool
) -> dict[bytes, tuple[str, tuple[_Probe, ...], bool]]:
    table: dict[bytes, list[lexicon.Rule]] = {}
    for rule in rules:
        if rule.name.startswith(_SECONDARY) != secondary:
            continue
        for word in rule.anchors:
            # "ladriii": people stretch the last letter
            for k in range(0, 7):
                key = (word + word[-1] * k).encode("ascii")
                lst = table.setdefault(key, [])
                if rule not in lst:
                    lst.append(rule)
    return {
        k: (
            k.decode("ascii"),
            tuple(
                (
                    # None: the match is the head word itself
                    None
                    if r.head_only and r.forward.fullmatch(k.decode("ascii"))
                    else r.forward.match,
                    r.left.match if r.left is not None else None,
                    r.label,
                    r.name,
                    r.guard_words,
                    r.guard_subs,
                )
                for r in v
            ),
            any(r.guard_words or r.guard_subs for r in v),
        )
        for k, v in table.items()
    }


_ANCHORS = _anchor_table(_RULES, secondary=False)
_ANCHOR_KEYS = frozenset(_ANCHORS)
# Many head words are common ("carta", "casa", "scrivo") and only serve rules with guard
# words ("carta" in a card dispute needs "contestazione", "storno", ...). Guard words are
# rare, so most messages have none: then the head words whose every rule needs one are
# left out of the scan with a single set operation.
_GUARD_WORDS = frozenset(w for r in _RULES for w in r.guard_words)
_UNGATED_KEYS = frozenset(
    k for k, (_ws, probes, _g) in _ANCHORS.items() if any(not p[4] or p[5] for p in probes)
)
_ANCHORS2 = _anchor_table(_RULES, secondary=True)
_ANCHOR_KEYS2 = frozenset(_ANCHORS2)
# bytes -> bytes: keep [a-z0-9], everything else separates words
_TOKTAB = bytes(c if (48 <= c <= 57 or 97 <= c <= 122) else 32 for c in range(256))
_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")

_censored = lexicon.read_censored()
_censored_rx = "|".join(
    lexicon.compile_fragment(w, {}) for w in sorted(_censored, key=len, reverse=True)
)
# words that suggest a disguise: a known word spelled with digits, a rare single letter
_SUSPECTS = (
    frozenset(
        v.encode("ascii")
        for w in _censored
        if " " not in w and len(w) <= 12
        for v in leet_variants(w)
    )
    | RARE_SINGLE_LETTERS
)
_REPAIRER = Repairer(
    word=re.compile(f"(?:{_censored_rx})"),
    contains=re.compile(f"(?:{_censored_rx})"),
    starred=tuple(_censored),
)


def _context_rx(names: str, reverse: bool) -> re.Pattern[str]:
    src = lexicon.compile_fragment(names, _LEX.macros, "context")
    if reverse:
        # the context ends where the match starts, perhaps with a space between
        src = f"(?:{src}){lexicon.OPT_SEP}"
        return re.compile(lexicon.engine_form(f"(?:{lexicon.reverse_regex(src)})(?![a-z0-9])"))
    return re.compile(lexicon.engine_form(f"(?<![a-z0-9])(?:{src})(?![a-z0-9])"))


# read leftwards from the start of a match (on the reversed text)
_NEG_REV = _context_rx("<neg_left_it>|<neg_left_en>", reverse=True)
_REPORTED_REV = _context_rx("<reported_left_it>|<reported_left_en>", reverse=True)
# "o vi denuncio e vi lascio recensioni ovunque": up to five words of the same clause
# between the "or" and the consequence
_COND_BEFORE_REV = _context_rx(
    f"(<cond_before_it>|<cond_before_en>){lexicon.SEP}(?:[a-z0-9']+[^a-z0-9.!?;\\n]+){{0,5}}",
    reverse=True,
)
# a consequence that carries its own "or": "... oppure recensione negativa"
_COND_AT = _context_rx("<cond_before_it>|<cond_before_en>", reverse=False)
# "prima o poi", "più o meno": an "o" that offers no alternative
_IDIOM_O = re.compile(r"(?:prima|primm|piu|bene|volente|presto|poco|chi|come|oggi|ora)[^a-z0-9]+$")
# ... and the word after it ("oggi o domani", but "spedisci oggi o ti scrivo ovunque")
_IDIOM_O_AFTER = re.compile(
    r"o[^a-z0-9]+(?:poi|meno|male|nolente|tardi|niente|nulla|cosa|quando|dove|perche|domani|mai)"
    r"(?![a-z0-9])"
)
_COND_CLAUSE = _context_rx("<cond_clause_it>|<cond_clause_en>", reverse=False)
_ULTIMATUM = _context_rx("<ultimatum_it>|<ultimatum_en>", reverse=False)
_POSITIVE = _context_rx("<positive_it>|<positive_en>|<later_review>", reverse=False)
_NEGATIVE = _context_rx("<negative_it>|<negative_en>", reverse=False)
_NOTHING_BUT = re.compile(
    r"^[a-z]+[^a-z0-9]+(?:(?:nient|null)[^a-z0-9]*)?altro[^a-z0-9]+che\b|^[a-z]+[^a-z0-9]+che\b"
)

_IT_STOP = frozenset(
    b"il lo la gli le di da che non per con una un sono ho mi ma se del della e anche come piu "
    b"perche ancora gia vi ci al alla nel questo questa grazie buongiorno salve ordine".split()
)
_EN_STOP = frozenset(
    b"the and you your is are was to of my it this that for with have has not please i me "
    b"we can could would order hello thanks".split()
)

_STOP = _IT_STOP | _EN_STOP
# words of the reported-speech contexts (see _context.lex), for a cheap first test
_REPORT_HINTS = frozenset(
    b"dice dicono diceva dicevano detto dire sostiene sostengono pensa pensano crede credono "
    b"convinto convinta convinti convinte sicuro sicura giura insiste secondo scritto scrivono "
    b"letto leggo legge raccontato commentato riferito ripete ripetere "
    b"said says say told think thinks thought believe believes believed "
    b"reckon reckons claim claims claimed convinced sure certain insists insisted wrote "
    b"called calling calls".split()
)
# every word the reading looks up: head words, stop words, disguise suspects, guards
_KNOWN_WORDS = _ANCHOR_KEYS | _ANCHOR_KEYS2 | _STOP | _SUSPECTS | _GUARD_WORDS | _REPORT_HINTS
_LABEL_ORDER = {label: i for i, label in enumerate(LABELS)}
_CONTACT_ORDER = _LABEL_ORDER["contact_info"]
_ROW_ORDER = operator.itemgetter(0, 1, 2, 3)
_ALNUM_RX = re.compile("[a-z0-9]")
_WORD_START = re.compile("(?<![a-z0-9])[a-z0-9]")
# words that call someone ("o bischeri", "hey clowns", "sveglia, rincoglioniti")
_CALLING = frozenset(
    "o oh ohi ehi eh ao aho ahoo oi hey hei ehy ue ueh oe sveglia svegliatevi".split()  # noqa: SIM905
)
# second person right after a first word: "bastardi vi vengo a trovare"
_YOU_NEXT = frozenset("vi ti voi siete sei avete hai ve te you your youre".split())  # noqa: SIM905
# a verb in the second person plural ("rispondete", "ridate"), for an order
_VERB_2PL = r"[a-z]{3,}(?:ate|ete|ite)"
# or an order right after it: "idioti rispondete", "buffoni 🤡 ridatemi i soldi"
_ORDER_NEXT = re.compile(_VERB_2PL + r"(?:mi|ci|lo|la|li|le|ne|melo|mela|meli|cela|celo)?")
# words that start the next clause after a vocative
_CLAUSE_NEXT = frozenset("o oppure altrimenti senno or otherwise".split())  # noqa: SIM905
# "ridatemi i soldi ladri": the sentence speaks to the reader (an order, "vi", "you")
_YOU_PLURAL = (
    r"vi|voi|ve|siete|avete|vostr[oaie]|you|your|grazie|thanks|thank|"
    + _VERB_2PL
    + r"(?:mi|ci|melo|mela|meli|cela|celo)"
)
_SECOND_PERSON = re.compile(rf"(?<![a-z0-9])(?:{_YOU_PLURAL})(?![a-z0-9])")
# the model's test for a message that speaks to its reader: the plural and polite forms
# above and the singular ("sei proprio un incapace", "u r a joke"), which people use to a
# shop too; not "ti" or "te", which Italian also uses for anyone ("ti chiedono la mancia")
_YOU_SINGULAR = r"tu|sei|hai|tuo|tua"
_ADDRESSED = re.compile(
    rf"(?<![a-z0-9])(?:{_YOU_SINGULAR}|tuoi|tue|u|ur|ya|"
    r"stai|sai|vuoi|puoi|fai|devi|vai|dai|ridai|vendi|rispondi|capisci|"
    r"ti ho|te l ho|ti avevo|"
    r"(?:ri)?(?:da|fa|di)mm[ie](?:l[oaie])?|(?:man|rispon|spie|rimbor|restitui)\w*[ai]mi|"
    r"dite|statevi|vuje|vuie|"
    rf"{_YOU_PLURAL})(?![a-z0-9])"
)
# a vocative of an animal or an everyday noun counts only in a sentence with one of these
# ("ridatemi i soldi, maiali!"; not "cani, gatti, maiali, capre")
_TO_READER = re.compile(
    rf"(?<![a-z0-9])(?:{_YOU_PLURAL}|{_VERB_2PL}|{_YOU_SINGULAR}|"
    r"ridammi|dammi|dovreste|potreste|vergognatevi|vergognarvi)(?![a-z0-9])"
)
_VOC_ADDRESSED = "voc.addressed"
# a last word after these is the object of a phrase, not someone called
_NOT_BEFORE_VOCATIVE = frozenset(
    """il lo la i gli le l un uno una dei degli delle di de da dal dallo dalla dai dagli
    dalle a al allo alla ai agli alle con col coi per tra fra su sul sulla sui che quei
    quegli quelle quel quello quella questi queste sti e ed o sono era erano essere siamo
    come tipo sembrano sembra the an some of to by with like are were is was those these
    them and or than as from for at about such due tre quattro cinque tutti molti tanti
    quasi piu two three all many most""".split()  # noqa: SIM905
)
_DELIMS = frozenset(",.;:!?\n()[]-\u2013\u2014")
_SENT_END = re.compile(r"[.!?;]+(?=[\s\"')\]]|$)|\n")
_NEWINFO_NUMBER = re.compile(
    r"(?<![a-z0-9])(?:\d{5,}|(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{10,})(?![a-z0-9])"
)
_REPLY_HEADER = re.compile(
    r"(?m)^[ \t>]*(?:il giorno|on|le|am|el)\b[^\n]{0,160}"
    r"(?:ha scritto|wrote|a ecrit|schrieb|escribio)\s*:"
    r"|^[ \t]*-{2,}\s*"
    r"(?:original message|messaggio originale|messaggio inoltrato|forwarded message)"
)
_ABUSE = frozenset({"abusive", "threat", "blackmail"})
_EMOJI_CUES = (
    ("\U0001f52a", "threat", "weak.emoji_knife"),
    ("\U0001f52b", "threat", "weak.emoji_gun"),
    ("\U0001fa93", "threat", "weak.emoji_axe"),
    ("\U0001f4a3", "threat", "weak.emoji_bomb"),
    ("\U0001f595", "abusive", "vulgar.emoji_middle_finger"),
)
_TARGETED = _ABUSE | {"reputation_threat"}
_ABUSIVE_ONLY = frozenset({"abusive"})
_THIRD_PARTY = "veto.third_party"
# the rules' reasons for not giving an abuse label, which the model does not overrule
_OVERRULED = (".quoted", ".reported", ".negated", ".legal", ".list")
_MODEL = model.load()


@dataclass(slots=True)
class _Hit:
    label: str
    rule: str
    start: int  # folded offsets
    end: int


class _Field:
    """One field (subject or text) being read."""

    __slots__ = (
        "_bounds",
        "_quoted",
        "_reported",
        "_rt",
        "contacts",
        "cues",
        "f",
        "field",
        "found",
        "hits",
        "n",
        "t",
        "toks",
    )

    def __init__(self, raw: str, field: str) -> None:
        self.field = field
        f = fold(raw)
        b = f.text.encode("latin-1")
        toks = b.translate(_TOKTAB).split()
        # one pass over the words for the head words, the language and the disguises
        found = _KNOWN_WORDS.intersection(toks)
        if may_be_disguised(f.text, b, found, _SUSPECTS):
            f2 = repair(f, _REPAIRER)
            if f2 is not f:
                f = f2
                b = f.text.encode("latin-1")
                toks = b.translate(_TOKTAB).split()
                found = _KNOWN_WORDS.intersection(toks)
        self.f: Folded = f
        self.t = f.text
        self.toks: list[bytes] = toks
        self.n = len(self.t)
        self._rt: str | None = None
        self._bounds: list[int] | None = None
        self._quoted: list[tuple[int, int]] | None = None
        self._reported: dict[int, bool] | None = None
        self.contacts = (
            find_contacts(raw, self.t, b)
            if raw and f.omap is None
            else find_contacts(raw)
            if raw
            else []
        )
        self.found = found
        words = found & (_ANCHOR_KEYS if not _GUARD_WORDS.isdisjoint(found) else _UNGATED_KEYS)
        self.hits: list[_Hit] = []
        self.cues: list[_Hit] = []
        if words:
            # indirect-question cues are not label evidence
            for h in self._scan(_ANCHORS, words):
                (self.cues if h.label == "question" else self.hits).append(h)
        if "\x1a" in self.t:
            # (emoji and other signs fold to this one character)
            self._emoji_cues(raw)

    def _emoji_cues(self, raw: str) -> None:
        # a knife or a gun seconds a threat ("ci vediamo sotto i vostri uffici 🔪"); the
        # middle finger is an insult. Emoji are gone from the folded text: their place
        # there is found through the offset map.
        omap = self.f.omap
        for ch, label, rule in _EMOJI_CUES:
            i = raw.find(ch)
            if i >= 0:
                pos = i if omap is None else bisect.bisect_left(omap, i)
                self.hits.append(_Hit(label, rule, pos, min(pos + 1, self.n)))

    @property
    def rt(self) -> str:
        if self._rt is None:
            self._rt = self.t[::-1]
        return self._rt

    def _scan(
        self,
        table: dict[bytes, tuple[str, tuple[_Probe, ...], bool]],
        words: Iterable[bytes],
        only: frozenset[str] | None = None,
    ) -> list[_Hit]:
        hits: list[_Hit] = []
        t, n, found = self.t, self.n, self.found
        rt: str | None = None  # the reversed text, made on the first left match
        # in a fixed order (a set's order changes with the process's hash seed), so that
        # of two rules giving the same span, the same one is named every time
        for w in sorted(words):
            ws, probes, guarded = table[w]
            live: Sequence[_Probe] = probes
            if guarded or only is not None:
                live = []
                for p in probes:
                    if only is not None and p[2] not in only:
                        continue
                    gwords, gsubs = p[4], p[5]
                    if (gwords or gsubs) and (not gwords or gwords.isdisjoint(found)):
                        for g in gsubs:
                            if g in t:
                                break
                        else:
                            continue  # none of its guards is in the message
                    live.append(p)
                if not live:
                    continue
            k = len(ws)
            pos = t.find(ws)
            while pos >= 0:
                j = pos + k
                if (pos == 0 or t[pos - 1] not in _ALNUM) and (j >= n or t[j] not in _ALNUM):
                    for fmatch, lmatch, label, name, _gw, _gs in live:
                        end = j
                        if fmatch is not None:
                            m = fmatch(t, pos)
                            if m is None:
                                continue
                            end = m.end()
                        start = pos
                        if lmatch is not None:
                            if rt is None:
                                rt = self.rt
                            m2 = lmatch(rt, n - pos)
                            if m2 is None:
                                continue
                            start = n - m2.end()
                        hits.append(_Hit(label, name, start, end))
                pos = t.find(ws, pos + 1)
        return hits

    def secondary(self, labels: frozenset[str]) -> list[_Hit]:
        """The second-pass rules (vetoes, newinfo, propose) of these labels."""
        words = _ANCHOR_KEYS2 & self.found
        return self._scan(_ANCHORS2, words, labels) if words else []

    # --- sentences and quotes ----------------------------------------------------------
    def bounds(self) -> list[int]:
        if self._bounds is None:
            self._bounds = [m.end() for m in _SENT_END.finditer(self.t)]
        return self._bounds

    def sentence(self, pos: int) -> tuple[int, int]:
        b = self.bounds()
        i = bisect.bisect_right(b, pos)
        start = b[i - 1] if i > 0 else 0
        end = b[i] if i < len(b) else self.n
        return start, end

    def quoted(self) -> list[tuple[int, int]]:
        if self._quoted is None:
            self._quoted = _quoted_regions(self.t)
        return self._quoted

    def in_quote(self, s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in self.quoted())


def _quoted_regions(t: str) -> list[tuple[int, int]]:
    regions: list[tuple[int, int]] = []
    # double quotes (typographic ones are folded to '"'), paired in order
    dq = char_positions(t, '"')
    for a, b in zip(dq[0::2], dq[1::2], strict=False):
        if b - a <= 400:
            regions.append((a, b + 1))
    # single quotes: an opening one follows a non-letter and precedes a letter; an
    # apostrophe inside a word ("l'operatrice", "dov'è") is neither
    n = len(t)
    i = t.find("'")
    while i >= 0:
        if (i == 0 or t[i - 1] not in _ALNUM) and i + 1 < n and t[i + 1] in _ALNUM:
            j = i + 1
            close = -1
            while j < n and j - i <= 300:
                if t[j] == "'" and t[j - 1] != " " and (j + 1 >= n or t[j + 1] not in _ALNUM):
                    close = j
                    break
                if t[j] == "\n":
                    break
                j += 1
            if close > 0:
                regions.append((i, close + 1))
                i = t.find("'", close + 1)
                continue
        i = t.find("'", i + 1)
    # quoted e-mail: "> ..." lines and everything after a reply header
    if ">" in t:
        pos = 0
        for line in t.split("\n"):
            if line.lstrip().startswith(">"):
                regions.append((pos, pos + len(line)))
            pos += len(line) + 1
    m = _REPLY_HEADER.search(t)
    if m:
        regions.append((m.start(), n))
    return regions


def _delimited(t: str, start: int, end: int) -> bool:
    """The match stands alone: only punctuation (or the edge) on both sides."""
    i = start - 1
    while i >= 0 and t[i] not in _ALNUM and t[i] not in _DELIMS:
        i -= 1
    if i >= 0 and t[i] not in _DELIMS:
        return False
    j = end
    n = len(t)
    while j < n and t[j] not in _ALNUM and t[j] not in _DELIMS:
        j += 1
    return j >= n or t[j] in _DELIMS


def _vocative(t: str, start: int, end: int) -> bool:
    """An insult said to the reader: between punctuation ("grazie, ladri!"), after a
    calling word ("o bischeri,"), first and followed by "you" ("bastardi vi vengo a
    trovare"), or last and not the object of a phrase ("ridatemi i soldi ladri", but
    not "il pacco l'hanno preso i ladri")."""
    i = start - 1
    while i >= 0 and t[i] not in _ALNUM and t[i] not in _DELIMS:
        i -= 1
    first = i < 0
    left_word = ""
    # an emoji before it parts it from the words before, as a comma would ("💩💩 buffoni")
    if not first and t[i] not in _DELIMS and "\x1a" not in t[i + 1 : start]:
        k = i
        while k >= 0 and t[k] in _ALNUM:
            k -= 1
        left_word = t[k + 1 : i + 1]
        if left_word in _CALLING:
            return _delimited_right(t, end) or _ALNUM_RX.search(t, end) is None
    j = end
    n = len(t)
    while j < n and t[j] not in _ALNUM and t[j] not in _DELIMS:
        j += 1
    if j >= n or t[j] in _DELIMS or (first and "\x1a" in t[end:j]):
        # (first, an emoji after it parts it from what follows: "coglioni 😡😡 il divano")
        if not left_word:
            return True
        # the last words of the message, in a sentence that speaks to the reader
        return _ALNUM_RX.search(t, end) is None and _called(t, start, left_word)
    k = j
    while k < n and t[k] in _ALNUM:
        k += 1
    right_word = t[j:k]
    if first:
        return right_word in _YOU_NEXT or _ORDER_NEXT.fullmatch(right_word) is not None
    # "ridatemi i soldi bastardi o vengo lì": between an order and the next clause
    return right_word in _CLAUSE_NEXT and _called(t, start, left_word)


def _called(t: str, start: int, left_word: str) -> bool:
    """The word before is no article or preposition ("i ladri") and the sentence speaks
    to the reader (an order, "vi", "you")."""
    return (
        left_word not in _NOT_BEFORE_VOCATIVE
        and not left_word.isdigit()
        and _SECOND_PERSON.search(t, _sentence_start(t, start), start) is not None
    )


def _in_list(fld: _Field, h: _Hit, animals: list[int]) -> bool:
    """Another animal is named in the same sentence."""
    s, e = fld.sentence(h.start)
    return any(s <= a < e and a != h.start for a in animals)


def _delimited_right(t: str, end: int) -> bool:
    """Only punctuation (or the end) follows: "vergognatevi, bastardi!"."""
    j = end
    n = len(t)
    while j < n and t[j] not in _ALNUM and t[j] not in _DELIMS:
        j += 1
    return j >= n or t[j] in _DELIMS


def _overlaps(a: _Hit, b: _Hit) -> bool:
    return a.start < b.end and b.start < a.end


@dataclass(slots=True)
class _FieldResult:
    fld: _Field
    evidence: list[_Hit]
    discounted: list[_Hit]
    questions: list[tuple[int, int, str]]
    # an abuse match taken back by a veto ("porca puttana", "stupida io"): a reason too
    vetoed: bool = False


def _read_field(fld: _Field) -> _FieldResult:
    if not fld.hits and not (fld.contacts and any(c.kind == "email" for c in fld.contacts)):
        # nothing matched: no vetoes to apply, no decisions to take
        if "??" in fld.t[:8] and fld.t.lstrip().startswith("??"):
            s = fld.t.find("??")
            return _FieldResult(
                fld, [_Hit("chaser", "chase.question_marks", s, s + 2)], [], _questions(fld)
            )
        return _FieldResult(fld, [], [], _questions(fld) if ("?" in fld.t or fld.cues) else [])
    by: dict[str, list[_Hit]] = {}
    for h in fld.hits:
        by.setdefault(h.label, []).append(h)
    need = {label for label in by if label != "question"}
    if any(c.kind == "email" for c in fld.contacts):
        need.add("off_platform")
    second = fld.secondary(frozenset(need)) if need else []
    fld.hits.extend(second)
    for h in second:
        by.setdefault(h.label, []).append(h)
    discounted: list[_Hit] = []
    vetoed = False

    # vetoes take back overlapping matches of the same label (they are second-pass rules)
    for label, hs in by.items() if second else ():
        vetoes = [h for h in hs if h.rule.startswith("veto.")]
        if vetoes:
            by[label] = [
                h
                for h in hs
                if not h.rule.startswith("veto.") and not any(_overlaps(h, v) for v in vetoes)
            ]
            vetoed = vetoed or (label in _ABUSE and len(by[label]) + len(vetoes) < len(hs))

    if not _TARGETED.isdisjoint(by):
        # the decisions below only concern abuse and threats of consequences
        _decide_targeted(fld, by, discounted)
    if "bad_faith_assumption" in by and not _REPORT_HINTS.isdisjoint(fld.found):
        # "my husband is convinced you lost it on purpose": someone else's suspicion
        # (tried only with a word of reporting in the message: the test is costly)
        by["bad_faith_assumption"] = [
            h for h in by["bad_faith_assumption"] if _others_words(fld, h) is None
        ]

    # chaser: evidence only, newinfo.* are looked at by analyse()
    if "chaser" in by:
        by["chaser"] = [h for h in by["chaser"] if not h.rule.startswith("newinfo.")]
    if "??" in fld.t and fld.t.lstrip().startswith("??"):
        s = fld.t.find("??")
        by.setdefault("chaser", []).append(_Hit("chaser", "chase.question_marks", s, s + 2))

    # off_platform: "write to me" needs an e-mail address to write to
    if "off_platform" in by:
        emails = [c for c in fld.contacts if c.kind == "email"]
        ops: list[_Hit] = []
        for h in by["off_platform"]:
            if h.rule.startswith("propose."):
                if emails:
                    ops.append(h)
            else:
                ops.append(h)
        by["off_platform"] = ops

    # (analyse() orders evidence by position and label; within a label, as found)
    evidence: list[_Hit] = []
    for hs in by.values():
        evidence.extend(hs)
    questions = _questions(fld) if ("?" in fld.t or fld.cues) else []
    return _FieldResult(fld, evidence, discounted, questions, vetoed)


def _decide_targeted(fld: _Field, by: dict[str, list[_Hit]], discounted: list[_Hit]) -> None:
    """Abuse, threats, reputation threats and blackmail: whose act, with what company."""
    t = fld.t
    # vocatives must stand alone
    if "abusive" in by:
        animals = [h.start for h in by["abusive"] if h.rule == _VOC_ADDRESSED]
        if len(animals) > 1:
            # "avete il gioco con asini, capre?": a list of animals, not names called (the
            # model, which has learnt animals as insults, is not heard on it either)
            listed = [
                h for h in by["abusive"] if h.rule == _VOC_ADDRESSED and _in_list(fld, h, animals)
            ]
            discounted.extend(_Hit(h.label, f"{h.rule}.list", h.start, h.end) for h in listed)
            by["abusive"] = [h for h in by["abusive"] if h not in listed]
        by["abusive"] = [
            h
            for h in by["abusive"]
            if (
                not h.rule.startswith("voc.")
                or (
                    _vocative(t, h.start, h.end)
                    and (h.rule != _VOC_ADDRESSED or _TO_READER.search(t, *fld.sentence(h.start)))
                )
            )
            and (not h.rule.startswith("order.") or _delimited_right(t, h.end))
        ]

    # abuse evidence that is not the writer's own act
    for label in ("abusive", "threat", "blackmail", "reputation_threat"):
        kept: list[_Hit] = []
        for h in by.get(label, ()):
            reason = _not_own(fld, h) if label in _ABUSE or label == "reputation_threat" else None
            if reason is None:
                kept.append(h)
            elif label in _ABUSE:
                discounted.append(_Hit(h.label, f"{h.rule}.{reason}", h.start, h.end))
        if label in by:
            by[label] = kept

    # a review or a post in a sentence that praises is sharing, not a threat
    if "reputation_threat" in by:
        kept = []
        for h in by["reputation_threat"]:
            s0, e0 = fld.sentence(h.start)
            e0 = max(e0, h.end)
            if _POSITIVE.search(t, s0, e0) and not _NEGATIVE.search(t, s0, e0):
                continue
            kept.append(h)
        if any(h.rule.startswith(("weak.", "hint.")) for h in kept):
            kept = _weak_in_company(fld, kept)
        by["reputation_threat"] = kept

    # threats: weak cues need company, soft ones give way to a legal step
    legal = by.get("legal_action", [])
    threat_hits = by.get("threat", [])
    strong: list[_Hit] = []
    weak: list[_Hit] = []
    hints: list[_Hit] = []
    for h in threat_hits:
        if h.rule.startswith("soft."):
            s0, e0 = fld.sentence(h.start)
            e1 = fld.sentence(e0)[1] if e0 < fld.n else e0
            if any(s0 <= lh.start < e1 for lh in legal):
                discounted.append(_Hit("threat", f"{h.rule}.legal", h.start, h.end))
                continue
            strong.append(h)
        elif h.rule.startswith("weak."):
            weak.append(h)
        elif h.rule.startswith("hint."):
            hints.append(h)
        else:
            strong.append(h)
    if weak or hints:
        # a hint ("just saying", "vedete voi") only seconds a cue of another kind: after
        # a demand it is as often a lawyer's letter as a threat
        if (
            strong
            or _two_cues(weak)
            or (weak and hints)
            or any(_condition_for(fld, h) for h in weak)
            or (not legal and _insult_beside(fld, weak, by.get("abusive", ())))
        ):
            strong.extend(weak)
            strong.extend(hints)
        else:
            discounted.extend(
                _Hit("threat", f"{h.rule}.alone", h.start, h.end) for h in weak + hints
            )
    by["threat"] = strong

    # blackmail: a harmful consequence tied to a condition
    consequences = (
        [h for h in by.get("reputation_threat", [])]
        + [h for h in by["threat"] if not h.rule.startswith("hint.")]
        + [h for h in by.get("blackmail", []) if h.rule.startswith("harass.")]
    )
    black: list[_Hit] = []
    for c in consequences:
        cond = _condition_for(fld, c)
        if cond is not None:
            black.append(_Hit("blackmail", f"consequence.{c.rule}", c.start, c.end))
            black.append(_Hit("blackmail", f"condition.{cond[2]}", cond[0], cond[1]))
    by["blackmail"] = black


def _partners(a: _Hit, b: _Hit) -> bool:
    """Two cues of different kinds, in different places (two rules may read one phrase)."""
    return a.rule != b.rule and not _overlaps(a, b)


def _insult_beside(fld: _Field, weak: list[_Hit], insults: Iterable[_Hit]) -> bool:
    """An insult to the reader within a sentence of a weak cue: "brutti bastardi, vi
    aspetto fuori dal magazzino" (without it, an appointment)."""
    b = fld.bounds()
    where = {bisect.bisect_right(b, h.start) for h in weak}
    return any(abs(bisect.bisect_right(b, h.start) - w) <= 1 for h in insults for w in where)


def _two_cues(weak: list[_Hit]) -> bool:
    return any(_partners(a, b) for i, a in enumerate(weak) for b in weak[i + 1 :])


def _weak_in_company(fld: _Field, hits: list[_Hit]) -> list[_Hit]:
    """Reputation threats told by their parts: an audience ("ho 20mila follower"), a
    story to tell ("racconto tutta la storia"), a verdict ("non sarà lusinghiera").
    One part alone is ordinary talk; two different ones within a sentence of each
    other, or one with a demand's condition, are a threat. Having an audience is not
    an intent: two audience parts ("il mio canale ha 2mila iscritti") are not enough,
    nor is an audience after a demand. A hint ("fate due conti", "your call") only
    seconds a part: "rimborso o sostituzione, fate voi" is a customer. Full phrases
    stand alone."""
    strong = [h for h in hits if not h.rule.startswith(("weak.", "hint."))]
    if strong:
        return [h for h in hits if not h.rule.startswith("hint.")]
    weak = [h for h in hits if h.rule.startswith("weak.")]
    hints = [h for h in hits if h.rule.startswith("hint.")]
    b = fld.bounds()
    where = [bisect.bisect_right(b, h.start) for h in weak]
    hint_where = [bisect.bisect_right(b, h.start) for h in hints]
    kept = []
    for i, h in enumerate(weak):
        audience = h.rule.startswith("weak.audience")
        if (
            any(
                _partners(h, weak[j])
                and not (audience and weak[j].rule.startswith("weak.audience"))
                and abs(where[j] - where[i]) <= 1
                for j in range(len(weak))
            )
            or any(abs(w - where[i]) <= 1 for w in hint_where)
            or (not audience and _condition_for(fld, h))
        ):
            kept.append(h)
    if kept:
        kept.extend(
            h for k, h in enumerate(hints) if any(abs(hint_where[k] - w) <= 1 for w in where)
        )
    return kept


def _others_words(fld: _Field, h: _Hit) -> str | None:
    """ "quoted" or "reported" when the match is someone else's words, else None."""
    if fld.in_quote(h.start, h.end):
        return "quoted"
    if not _REPORT_HINTS.isdisjoint(fld.found) and fld.in_quote(h.end - 1, h.end):
        # the insult itself in quotes, after a word of reporting: "mi ha detto 'quelli
        # lì sono dei truffatori'", "per lei siete 'dilettanti allo sbaraglio'"
        return "quoted"
    # several rules often match from one place ("siete dei ladri"): what precedes it is
    # read once (the context patterns are the costliest the analyser runs)
    if fld._reported is None:
        fld._reported = {}
    reported = fld._reported.get(h.start)
    if reported is None:
        reported = fld._reported[h.start] = bool(_REPORTED_REV.match(fld.rt, fld.n - h.start))
    return "reported" if reported else None


def _not_own(fld: _Field, h: _Hit) -> str | None:
    """Why an abuse match is not the writer's own act, or None if it is."""
    reason = _others_words(fld, h)
    if reason is None and not _NOTHING_BUT.match(fld.t, h.start):
        m = _NEG_REV.match(fld.rt, fld.n - h.start)
        # ("non" matches "noon" as it matches "nooon": "answer me by noon, you pricks")
        if m is not None and not fld.t.startswith("noon", fld.n - m.end()):
            return "negated"
    return reason


def _condition_for(fld: _Field, c: _Hit) -> tuple[int, int, str] | None:
    """A condition that turns consequence `c` into a demand's price, or None."""
    m0 = _COND_AT.match(fld.t, c.start)
    if m0:
        return c.start, m0.end(), "or_else"
    m = _COND_BEFORE_REV.match(fld.rt, fld.n - c.start)
    if m:
        start = fld.n - m.end()
        if not (
            _IDIOM_O_AFTER.match(fld.t, start) and _IDIOM_O.search(fld.t, max(0, start - 12), start)
        ):
            return start, c.start, "or_else"
    s, e = fld.sentence(c.start)
    # (outside the consequence: "non esco finché non ho rotto qualcosa" has no condition)
    m2 = _COND_CLAUSE.search(fld.t, s, c.start) or _COND_CLAUSE.search(fld.t, c.end, max(e, c.end))
    if m2:
        return m2.start(), m2.end(), "if_not"
    # "... come trattate i clienti. A meno che non troviate una soluzione entro domani."
    nxt = _ALNUM_RX.search(fld.t, e)
    m4 = _COND_CLAUSE.match(fld.t, nxt.start()) if nxt is not None else None
    if m4:
        return m4.start(), m4.end(), "if_not"
    m3 = _ULTIMATUM.search(fld.t, 0, c.start)
    if m3:
        return m3.start(), m3.end(), "ultimatum"
    return None


def _questions(fld: _Field) -> list[tuple[int, int, str]]:
    t = fld.t
    out: list[tuple[int, int, str]] = []
    # in the order of the text, so that of two cues in one sentence the first names it
    cues = fld.cues
    if len(cues) > 1:
        cues = sorted(cues, key=lambda h: (h.start, h.end, h.rule))
    n = fld.n
    q = t.find("?")
    while q >= 0:
        end = q
        while end < n and t[end] == "?":
            end += 1
        if end < n and t[end] in _ALNUM:  # a URL's query string
            q = t.find("?", end)
            continue
        start = _sentence_start(t, q)
        while start < q and t[start] not in _ALNUM:
            start += 1
        if start < q:
            out.append((start, end, "question.mark"))
        q = t.find("?", end)
    for h in cues:
        inside = False
        for a, b, _r in out:
            if a <= h.start < b:
                inside = True
                break
        if inside:
            continue
        start = _sentence_start(t, h.start)
        while start < h.start and t[start] not in _ALNUM:
            start += 1
        end = _sentence_end(t, h.end)
        for a, b, _r in out:
            if a < end and start < b:
                break
        else:
            out.append((start, end, _CUE_RULE[h.rule]))
    if cues:
        out.sort()
    return out


def _sentence_start(t: str, pos: int) -> int:
    """Where the sentence holding `pos` starts: after the last new line, "?", or "."
    or "!" followed by a space (so "2.5" and "example.com" do not end a sentence)."""
    return (
        max(
            t.rfind("\n", 0, pos),
            t.rfind("?", 0, pos),
            t.rfind("! ", 0, pos),
            t.rfind(". ", 0, pos),
        )
        + 1
    )


def _sentence_end(t: str, pos: int) -> int:
    ends = [i for i in (t.find(". ", pos), t.find("!", pos), t.find("\n", pos)) if i >= 0]
    if t.endswith(".") and not ends:
        return len(t) - 1
    e = min(ends) if ends else len(t)
    while e > pos and t[e - 1] in " \t":
        e -= 1
    return e


def _language(seen: frozenset[bytes]) -> str:
    """From the stop words of both languages among the words seen in the message."""
    return "en" if len(_EN_STOP & seen) > len(_IT_STOP & seen) else "it"


def _span(res: _FieldResult, h: _Hit, label: str | None = None) -> Span:
    s, e = res.fld.f.span(h.start, h.end)
    raw = res.fld.f.original
    return make_span(label or h.label, s, e, raw[s:e], h.rule, res.fld.field)


def analyse(text: str, subject: str | None = None) -> Understanding:
    """Read one message. See the module docstring for what it decides and why."""
    body = _read_field(_Field(text or "", "text"))
    results = [_read_field(_Field(subject, "subject")), body] if subject else [body]
    words = body.fld.found
    if subject and not _STOP.isdisjoint(results[0].fld.found):
        words = results[0].fld.found | words  # (only stop words matter here)
    language = _language(words)
    known = results[0].fld.found | words if subject else words
    scored = _MODEL.labels([r.fld.toks for r in results]) if _MODEL.passes_gate(known) else {}
    if scored and any(_ADDRESSED.search(r.fld.t) for r in results):
        # (abuse needs a target: the model is heard only on a message that speaks to
        # its reader)
        _second_opinion(results, scored)
    # (plain loops: the generator versions cost a measurable share of an ordinary message)
    plain = True
    for r in results:
        if r.evidence or r.discounted or r.fld.contacts:
            plain = False
            break
    if plain:
        # the common case: an ordinary message, perhaps with questions
        questions: list[Span] = []
        for r in results:
            if r.questions:
                questions += _question_spans(r)
        return make_understanding((), (), tuple(questions), language)

    # Evidence as plain rows first (sorted, deduplicated), made Spans once at the end:
    # (in the text, start, label order, end, label, rule, field, original)
    rows: list[tuple[bool, int, int, int, str, str, str, str]] = []
    discounted: list[Span] = []
    questions_l: list[Span] = []
    chaser = False
    for res in results:
        f = res.fld.f
        field = res.fld.field
        in_text = field != "subject"
        raw = f.original
        for h in res.evidence:
            s, e = (h.start, h.end) if f.omap is None else f.span(h.start, h.end)
            rows.append((in_text, s, _LABEL_ORDER[h.label], e, h.label, h.rule, field, raw))
            chaser = chaser or h.label == "chaser"
        for h in res.discounted:
            discounted.append(_span(res, h))
        for c in res.fld.contacts:
            rows.append(
                (
                    in_text,
                    c.start,
                    _CONTACT_ORDER,
                    c.end,
                    "contact_info",
                    f"contact.{c.kind}",
                    field,
                    raw,
                )
            )
        if res.questions:
            questions_l.extend(_question_spans(res))

    # a follow-up that brings something new is not a chaser
    if chaser and _brings_news(body.fld):
        rows = [row for row in rows if row[4] != "chaser"]

    rows.sort(key=_ROW_ORDER)  # stable: equal keys keep the order they were found in
    seen: set[tuple[str, int, int, str]] = set()
    unique: list[Span] = []
    present: set[str] = set()
    for _t, s, _o, e, label, rule, field, raw in rows:
        key = (label, s, e, field)
        if key not in seen:
            seen.add(key)
            present.add(label)
            unique.append(make_span(label, s, e, raw[s:e], rule, field))
    labels = tuple(sorted(present, key=_LABEL_ORDER.__getitem__))
    return make_understanding(
        labels, tuple(unique), tuple(questions_l), language, tuple(discounted)
    )


def _second_opinion(results: list[_FieldResult], scored: dict[str, float]) -> None:
    """Abuse labels the model gives to a message the rules found free of abuse and of
    reputation threats (see model.py): where the rules found them, they also said
    which, with their reasons. The rules' reasons for giving none stand too: nothing
    is added to a message whose abuse was quoted, reported, negated or turned out to
    be a legal step."""
    if any(h.label in _TARGETED for r in results for h in r.evidence):
        # (a reputation threat too: the rules looked for the condition that would make
        # it blackmail, and found none)
        return
    if any(h.rule.endswith(_OVERRULED) for r in results for h in r.discounted):
        return
    if any(r.vetoed for r in results):
        return
    res = results[-1] if results[-1].fld.toks else results[0]
    fld = res.fld
    for label in scored:
        best: tuple[float, int, int] | None = None
        start = 0
        for end in [*fld.bounds(), fld.n]:
            if end > start:
                toks = fld.t[start:end].encode("latin-1").translate(_TOKTAB).split()
                if toks:
                    z = _MODEL.z(label, model.features([toks]))
                    if best is None or z > best[0]:
                        best = (z, start, end)
            start = end
        if best is not None:
            s = _ALNUM_RX.search(fld.t, best[1], best[2])
            s0 = s.start() if s is not None else best[1]
            if not _REPORT_HINTS.isdisjoint(fld.found) and any(
                qs < best[2] and s0 < qe for qs, qe in fld.quoted()
            ):
                # someone else's words, quoted ("il montatore ha detto 'siete una banda
                # di cialtroni'"): the rules would report them, not label them
                continue
            if not _REPORT_HINTS.isdisjoint(fld.found) and any(
                _REPORTED_REV.match(fld.rt, fld.n - m.start()) is not None
                for m in _WORD_START.finditer(fld.t, s0 + 1, best[2])
            ):
                # someone else's words, reported ("the courier called me a moron"):
                # the rules would set them aside too
                continue
            if label == "abusive" and any(
                h.rule.startswith(_THIRD_PARTY) and h.start < best[2] and s0 < h.end
                for h in fld.secondary(_ABUSIVE_ONLY)
            ):
                # the insult in that sentence is someone else's ("il corriere è un
                # branco di incapaci"): the rules would have set it aside
                continue
            res.evidence.append(_Hit(label, f"{LEARNED_RULE}{label}", s0, best[2]))


def _question_spans(res: _FieldResult) -> list[Span]:
    out: list[Span] = []
    f = res.fld.f
    raw = f.original
    field = res.fld.field
    for start, end, rule in res.questions:
        s, e = (start, end) if f.omap is None else f.span(start, end)
        out.append(make_span("question", s, e, raw[s:e], rule, field))
    return out


def _brings_news(fld: _Field) -> bool:
    if any(h.label == "chaser" and h.rule.startswith("newinfo.") for h in fld.hits):
        return True
    return _NEWINFO_NUMBER.search(fld.t) is not None
