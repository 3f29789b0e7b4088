"""Quality of `sportello.text.analyse()` on labelled and external text. Prints JSON.

1. `messages-dev.jsonl` (the team's labelled corpus): per-label precision, recall and
   F1, macro F1, and for the abuse labels (abusive, threat, blackmail) the false
   positive rate (share of messages without any abuse label that get one) and recall.
2. `external/ate_absita2020/`: the share of Amazon reviews scored 1-2 (angry
   customers, nearly never abusive) that get an abuse label; every flagged review is
   listed on stderr (and under "ate_absita.flagged") so a person can judge it.
3. `external/haspeede2018/`: the share of rows flagged, by hate-speech class.
   A loose indicator only: hate speech about politicians is not abuse of a shop.
4. `bench/fresh/*.jsonl` (in this repository): the same figures as 1, for messages
   written from spec/labels.md alone (see bench/fresh/README.md).

The corpus folder is `$SPORTELLO_CORPUS_DIR`, else `../shared/corpus` next to the
repository (for a git worktree, next to its main checkout too). Parts whose files are
absent are skipped with a message, never an error.

Usage: python bench/text_eval.py [--errors] [--quiet]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from sportello.text import ABUSE_LABELS, LABELS, analyse  # noqa: E402


def corpus_dir() -> Path | None:
    env = os.environ.get("SPORTELLO_CORPUS_DIR")
    candidates = [Path(env)] if env else []
    candidates.append(REPO.parent / "shared" / "corpus")
    git = REPO / ".git"
    if git.is_file():  # a worktree: ".git" names the main repository's git dir
        text = git.read_text(encoding="utf-8").strip()
        if text.startswith("gitdir:"):
            gitdir = Path(text.split(":", 1)[1].strip())
            main_root = gitdir.parent.parent.parent  # <main>/.git/worktrees/<name>
            candidates.append(main_root.parent / "shared" / "corpus")
    for c in candidates:
        if c.is_dir():
            return c
    return None


def evaluate_dev(path: Path, show_errors: bool) -> dict[str, object]:
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    tp = dict.fromkeys(LABELS, 0)
    fp = dict.fromkeys(LABELS, 0)
    fn = dict.fromkeys(LABELS, 0)
    clean = 0
    clean_flagged = 0
    abuse_gold = 0
    abuse_found = 0
    errors = []
    for row in rows:
        gold = set(row.get("labels", []))
        got = set(analyse(row["text"], row.get("subject")).labels)
        for label in LABELS:
            if label in gold and label in got:
                tp[label] += 1
            elif label in got:
                fp[label] += 1
            elif label in gold:
                fn[label] += 1
        if not gold & ABUSE_LABELS:
            clean += 1
            if got & ABUSE_LABELS:
                clean_flagged += 1
        abuse_gold += len(gold & ABUSE_LABELS)
        abuse_found += len(gold & got & ABUSE_LABELS)
        if gold != got:
            errors.append(
                {
                    "id": row.get("id"),
                    "missing": sorted(gold - got),
                    "extra": sorted(got - gold),
                    "text": row["text"][:200],
                }
            )
    per_label: dict[str, dict[str, float | int]] = {}
    f1s = []
    for label in LABELS:
        p = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 1.0
        r = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        f1s.append(f1)
        per_label[label] = {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f1, 3),
            "support": tp[label] + fn[label],
            "false_positives": fp[label],
        }
    out: dict[str, object] = {
        "file": str(path),
        "messages": len(rows),
        "exact_match": round(1 - len(errors) / len(rows), 3),
        "macro_f1": round(sum(f1s) / len(f1s), 3),
        "abuse_false_positive_rate": round(clean_flagged / clean, 4) if clean else 0.0,
        "abuse_false_positives": clean_flagged,
        "messages_without_abuse": clean,
        "abuse_recall": round(abuse_found / abuse_gold, 3) if abuse_gold else 1.0,
        "per_label": per_label,
    }
    if show_errors:
        out["errors"] = errors
    return out


def evaluate_ate(folder: Path, quiet: bool) -> dict[str, object]:
    reviews = []
    for name in ("ate_absita_training.ndjson", "ate_absita_dev.ndjson"):
        f = folder / name
        if f.exists():
            for line in f.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    reviews.append(json.loads(line))
    by_score: dict[int, list[dict[str, object]]] = {}
    for r in reviews:
        by_score.setdefault(int(r["score"]), []).append(r)
    result: dict[str, object] = {"reviews": len(reviews)}
    flagged_list = []
    low = by_score.get(1, []) + by_score.get(2, [])
    for r in low:
        u = analyse(str(r["sentence"]))
        if u.abusive:
            flagged_list.append(
                {
                    "id": r["id_sentence"],
                    "score": r["score"],
                    "labels": [lb for lb in u.labels if lb in ABUSE_LABELS],
                    "evidence": [
                        f"{s.label}:{s.rule}:{s.text}" for s in u.spans if s.label in ABUSE_LABELS
                    ],
                    "sentence": r["sentence"],
                }
            )
    result["score_1_2"] = len(low)
    result["score_1_2_flagged"] = len(flagged_list)
    result["score_1_2_flagged_share"] = round(len(flagged_list) / len(low), 4) if low else 0.0
    for score in sorted(by_score):
        rows = by_score[score]
        n = sum(1 for r in rows if analyse(str(r["sentence"])).abusive)
        result[f"score_{score}_flagged_share"] = round(n / len(rows), 4)
    result["flagged"] = flagged_list
    if not quiet:
        print(
            f"\n== ATE_ABSITA reviews scored 1-2 with an abuse label: {len(flagged_list)}",
            file=sys.stderr,
        )
        for item in flagged_list:
            print(
                f"- [{item['score']}] {', '.join(item['evidence'])}\n    {item['sentence']}",
                file=sys.stderr,
            )
    return result


def evaluate_haspeede(folder: Path) -> dict[str, object]:
    counts: dict[str, dict[str, int]] = {}
    for name in sorted(folder.glob("*.tsv")):
        with name.open(encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) < 3:
                    continue
                cls = row[-1].strip()
                if cls not in ("0", "1"):
                    continue
                c = counts.setdefault(cls, {"rows": 0, "flagged": 0})
                c["rows"] += 1
                if analyse(row[1]).abusive:
                    c["flagged"] += 1
    return {
        f"class_{cls}": {**c, "flagged_share": round(c["flagged"] / c["rows"], 4)}
        for cls, c in sorted(counts.items())
    }


def main() -> int:
    parser = argparse.ArgumentParser(description="Evaluate sportello.text on the corpora.")
    parser.add_argument(
        "--errors", action="store_true", help="list every dev message whose labels differ"
    )
    parser.add_argument(
        "--quiet", action="store_true", help="do not list flagged reviews on stderr"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    base = corpus_dir()
    report: dict[str, object] = {"corpus_dir": str(base) if base else None}
    if base is None:
        msg = (
            "corpus folder not found (set SPORTELLO_CORPUS_DIR or create ../shared/corpus): skipped"
        )
        print(msg, file=sys.stderr)
        report["skipped"] = msg
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    dev = base / "messages-dev.jsonl"
    if dev.exists():
        report["dev"] = evaluate_dev(dev, args.errors)
    else:
        report["dev"] = {"skipped": f"{dev} not found"}
    fresh = sorted((REPO / "bench" / "fresh").glob("*.jsonl"))
    if fresh:
        report["fresh"] = {path.stem: evaluate_dev(path, args.errors) for path in fresh}
    ext = base / "external"
    if not ext.is_dir():
        msg = f"{ext} not found: external evaluation skipped"
        print(msg, file=sys.stderr)
        report["external"] = {"skipped": msg}
    else:
        ate = ext / "ate_absita2020"
        has = ext / "haspeede2018"
        report["ate_absita"] = (
            evaluate_ate(ate, args.quiet) if ate.is_dir() else {"skipped": f"{ate} not found"}
        )
        report["haspeede"] = (
            evaluate_haspeede(has) if has.is_dir() else {"skipped": f"{has} not found"}
        )
    report["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
