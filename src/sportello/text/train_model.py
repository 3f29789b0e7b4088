"""Train `lexicon/model.tsv` from labelled messages: `make text-model`.

    python -m sportello.text.train_model --out src/sportello/text/lexicon/model.tsv \\
        ../shared/corpus/messages-dev.jsonl bench/fresh/*.jsonl

Each input file holds JSON lines `{"text", "subject"?, "labels"}`. The messages are
read exactly as `analyse()` reads them (folded, disguises repaired), so the model sees
the same words in training and in use.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sportello.text import model
from sportello.text.analyse import _KNOWN_WORDS, _Field


def message_features(text: str, subject: str | None = None) -> model.Features:
    fields = [_Field(subject, "subject").toks] if subject else []
    fields.append(_Field(text or "", "text").toks)
    return model.features(fields)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    examples = []
    for path in args.files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                feats = message_features(row["text"], row.get("subject"))
                labels = frozenset(row["labels"])
            except (ValueError, KeyError, TypeError) as exc:
                print(f"{path}:{n}: {exc}", file=sys.stderr)
                return 2
            examples.append((feats, labels))
    args.out.write_text(model.train(examples, _KNOWN_WORDS), encoding="utf-8")
    print(f"{args.out}: trained on {len(examples)} messages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
