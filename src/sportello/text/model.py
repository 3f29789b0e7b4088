"""A small linear model over words, a second opinion on abuse that the rules miss.

Hand rules catch the abuse they were written from; people who threaten without a
threatening word ("Lo sapete che il vostro magazzino è a dieci minuti da casa mia?
Pensateci.") escape them. This is a logistic regression per abuse label over the
folded words of a message, their first four letters (for inflection: "incompetenti",
"incompetenza") and pairs of neighbouring words, trained by `train()` on the project's
labelled messages (`make text-model`). Its weights are a readable file,
`lexicon/model.tsv`: one line per feature, one column per label, so anyone can see why a
message scored as it did (`explain()`).

It only ever adds a label, never removes one, and `analyse()` does not let it override
the rules' own reasons: a quoted, reported or negated insult, or a threat that turned
out to be a legal step, stays unlabelled. Its evidence is the sentence that scores
highest, under the rule name `model.<label>`.

Pure Python and deterministic: training shuffles with a fixed seed, so the same data
give the same file byte for byte on the same Python.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise, repeat

MODEL_LABELS = ("abusive", "threat", "blackmail")
# "gate" is a model of any abuse over the words the rules know (head words, stop words,
# guard words: the analyser finds them in every message with one set intersection),
# cheap enough to ask of every message; the per-label models, over all words, their
# prefixes and word pairs, are asked only about a message the gate lets through (about
# 1 in 100 ordinary messages)
COLUMNS = ("gate", *MODEL_LABELS)
PREFIX = 4

# Chosen by scoring, set by set, messages the model and the rules had not seen
# (bench/fresh/README.md). A probability alone is not enough: the training messages
# are a quarter abuse, so a message with no telling word at all ("Proprio no")
# starts near the threshold. MARGIN asks for words that add up to evidence.
GATE = 0.4
THRESHOLD = 0.5
MARGIN = 0.5


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


Features = tuple[set[bytes], set[bytes], set[tuple[bytes, bytes]]]


def features(fields: Sequence[Sequence[bytes]], words: set[bytes] | None = None) -> Features:
    """Words, prefixes and neighbour pairs of each field (a subject and a body do not
    make a pair across them). Present or absent: a word said twice counts once."""
    if words is None:
        words = set().union(*fields)
    pairs: set[tuple[bytes, bytes]] = set()
    for toks in fields:
        pairs.update(pairwise(toks))
    prefixes = {w[:PREFIX] for w in words if len(w) > PREFIX}
    return words, prefixes, pairs


def _names(feats: Features) -> list[str]:
    words, prefixes, pairs = feats
    out = [w.decode("latin-1") for w in words]
    out += [p.decode("latin-1") + "*" for p in prefixes]
    out += [a.decode("latin-1") + " " + b.decode("latin-1") for a, b in pairs]
    return out


@dataclass(frozen=True, slots=True)
class Model:
    bias: dict[str, float]
    # per column: word -> weight, prefix -> weight, (word, word) -> weight
    words: dict[str, dict[bytes, float]]
    prefixes: dict[str, dict[bytes, float]]
    pairs: dict[str, dict[tuple[bytes, bytes], float]]
    # the least sum of gate weights that passes (evidence, and the gate's threshold)
    gate_needs: float

    def z(self, column: str, feats: Features) -> float:
        words, prefixes, pairs = feats
        return (
            self.bias[column]
            + sum(map(self.words[column].get, words, repeat(0.0)))
            + sum(map(self.prefixes[column].get, prefixes, repeat(0.0)))
            + sum(map(self.pairs[column].get, pairs, repeat(0.0)))
        )

    def passes_gate(self, known: Iterable[bytes]) -> bool:
        """Whether a message may be abusive enough to be scored, from those of its words
        the rules know (the analyser has found them already)."""
        return sum(map(self.words["gate"].get, known, repeat(0.0))) >= self.gate_needs

    def labels(self, fields: Sequence[Sequence[bytes]]) -> dict[str, float]:
        """The abuse labels a message (the words of its subject and body) scores for,
        with their probability, for a message that passes the gate."""
        words = set().union(*fields)
        feats = features(fields, words)
        bias = self.bias
        out = {}
        for label in MODEL_LABELS:
            z = self.z(label, feats)
            if z >= _THRESHOLD_Z and z - bias[label] >= MARGIN:
                out[label] = 1 / (1 + math.exp(-z))
        return out

    def explain(self, column: str, feats: Features, top: int = 5) -> list[tuple[str, float]]:
        """The features that pushed the score up most, for a person to read."""
        contrib: list[tuple[str, float]] = []
        words, prefixes, pairs = feats
        for w in words:
            contrib.append((w.decode("latin-1"), self.words[column].get(w, 0.0)))
        for p in prefixes:
            contrib.append((p.decode("latin-1") + "*", self.prefixes[column].get(p, 0.0)))
        for a, b in pairs:
            key = a.decode("latin-1") + " " + b.decode("latin-1")
            contrib.append((key, self.pairs[column].get((a, b), 0.0)))
        contrib.sort(key=lambda kv: (-kv[1], kv[0]))
        return [kv for kv in contrib[:top] if kv[1] > 0]


_GATE_Z = _logit(GATE)
_THRESHOLD_Z = _logit(THRESHOLD)


def parse(text: str) -> Model:
    bias: dict[str, float] = {}
    words: dict[str, dict[bytes, float]] = {c: {} for c in COLUMNS}
    prefixes: dict[str, dict[bytes, float]] = {c: {} for c in COLUMNS}
    pairs: dict[str, dict[tuple[bytes, bytes], float]] = {c: {} for c in COLUMNS}
    header: list[str] | None = None
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if tuple(header[1:]) != COLUMNS:
                raise ValueError(f"model.tsv:{lineno}: columns {header[1:]}, not {COLUMNS}")
            continue
        if len(cells) != len(header):
            raise ValueError(f"model.tsv:{lineno}: {len(cells)} cells, not {len(header)}")
        name, values = cells[0], [float(v) for v in cells[1:]]
        if name == "(bias)":
            bias = dict(zip(COLUMNS, values, strict=True))
            continue
        for column, v in zip(COLUMNS, values, strict=True):
            if v == 0.0:
                continue
            if " " in name:
                a, b = name.split(" ", 1)
                pairs[column][(a.encode("latin-1"), b.encode("latin-1"))] = v
            elif name.endswith("*"):
                prefixes[column][name[:-1].encode("latin-1")] = v
            else:
                words[column][name.encode("latin-1")] = v
    if set(bias) != set(COLUMNS):
        raise ValueError("model.tsv: no (bias) line")
    gate_needs = max(MARGIN, _GATE_Z - bias["gate"])
    return Model(bias, words, prefixes, pairs, gate_needs)


def load() -> Model:
    path = resources.files("sportello.text") / "lexicon" / "model.tsv"
    return parse(path.read_text(encoding="utf-8"))


# --- training --------------------------------------------------------------------------


def _fit(
    xs: Sequence[list[str]], ys: Sequence[int], epochs: int, l2: float, rate: float = 0.5
) -> tuple[float, dict[str, float]]:
    """Logistic regression by stochastic gradient with per-feature steps (AdaGrad)."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    b, gb = 0.0, 1e-8
    order = list(range(len(xs)))
    rnd = random.Random(0)
    for _ in range(epochs):
        rnd.shuffle(order)
        for i in order:
            z = b + sum(w.get(f, 0.0) for f in xs[i])
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - ys[i]
            gb += g * g
            b -= rate * g / math.sqrt(gb)
            for f in xs[i]:
                gf = g + l2 * w.get(f, 0.0)
                g2[f] = g2.get(f, 1e-8) + gf * gf
                w[f] = w.get(f, 0.0) - rate * gf / math.sqrt(g2[f])
    return b, w


def train(
    examples: Iterable[tuple[Features, frozenset[str]]],
    gate_vocabulary: Iterable[bytes],
    epochs: int = 15,
    l2: float = 1e-2,
    keep: float = 0.2,
) -> str:
    """The text of a model.tsv trained on (features, labels) pairs. Weights smaller
    than `keep` are left out: on a few thousand messages they are mostly noise
    (leaving them out raised the recall of sets the model had not seen, 0.67 to 0.73
    on sets 14-15), they fill the file, and they cost lookups."""
    data = list(examples)
    xs = [sorted(_names(f)) for f, _ in data]
    fitted: dict[str, tuple[float, dict[str, float]]] = {}
    for column in COLUMNS:
        if column == "gate":
            ys = [1 if set(MODEL_LABELS) & labels else 0 for _, labels in data]
            known = {w.decode("latin-1") for w in gate_vocabulary}
            fitted[column] = _fit([[n for n in x if n in known] for x in xs], ys, epochs, l2)
        else:
            ys = [1 if column in labels else 0 for _, labels in data]
            fitted[column] = _fit(xs, ys, epochs, l2)
    names = sorted({n for _, w in fitted.values() for n in w})
    lines = [
        "# A linear model of the abuse labels over folded words ('w'), their first "
        f"{PREFIX} letters ('w*') and word pairs ('a b').",
        "# Generated by `make text-model` (sportello.text.model.train) from the project's "
        "labelled messages: do not edit by hand.",
        f"# {len(data)} messages, {epochs} epochs, L2 {l2}; weights under {keep} left out.",
        "# 'gate' scores any abuse from the words the rules know: see model.py.",
        "\t".join(("feature", *COLUMNS)),
        "\t".join(("(bias)", *(f"{fitted[c][0]:.4f}" for c in COLUMNS))),
    ]
    for n in names:
        values = [fitted[c][1].get(n, 0.0) for c in COLUMNS]
        if max(abs(v) for v in values) < keep:
            continue
        lines.append("\t".join((n, *(f"{v:.4f}" if abs(v) >= keep else "0" for v in values))))
    return "\n".join(lines) + "\n"
