"""`sportello classify FILE|-`: label messages given as JSON lines.

Input, one JSON object per line: {"id": "...", "text": "...", "subject": "..."}
("subject" optional). Output, one JSON line per input line, in order:
{"id", "labels", "spans", "questions", "language"} (plus "discounted" when some abuse
evidence was set aside, see sportello.text.analyse). A line that cannot be read gives
{"id": ..., "error": "..."} on stdout and a message naming the line on stderr; the run
goes on, and the exit status is 2 if any line was bad.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import IO, Any

NAME = "classify"
HELP = "label messages (JSON lines in, JSON lines out): abuse, legal, chasers, contacts, questions"
NEEDS_DJANGO = False


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="a JSON-lines file, or - for standard input")


_ID = re.compile(r'"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)')


def _error(line_no: int, msg_id: object, message: str, out: IO[str], err: IO[str]) -> None:
    out.write(json.dumps({"id": msg_id, "error": message}, ensure_ascii=False) + "\n")
    err.write(f"line {line_no}: {message}\n")


def classify_stream(source: IO[str], out: IO[str], err: IO[str]) -> int:
    from sportello.text import analyse

    bad = 0
    for line_no, line in enumerate(source, 1):
        if not line.strip():
            continue
        try:
            obj: Any = json.loads(line)
        except json.JSONDecodeError as exc:
            bad += 1
            # name the message if its id can still be read
            m = _ID.search(line)
            guessed = json.loads(m.group(1)) if m else None
            _error(line_no, guessed, f"not valid JSON ({exc.msg})", out, err)
            continue
        if not isinstance(obj, dict):
            bad += 1
            _error(line_no, None, "not a JSON object", out, err)
            continue
        msg_id = obj.get("id")
        text = obj.get("text")
        subject = obj.get("subject")
        if not isinstance(text, str):
            bad += 1
            _error(line_no, msg_id, 'field "text" missing or not a string', out, err)
            continue
        if subject is not None and not isinstance(subject, str):
            bad += 1
            _error(line_no, msg_id, 'field "subject" is not a string', out, err)
            continue
        u = analyse(text, subject)
        result: dict[str, object] = {
            "id": msg_id,
            "labels": list(u.labels),
            "spans": [s.as_dict() for s in u.spans],
            "questions": [q.as_dict() for q in u.questions],
            "language": u.language,
        }
        if u.discounted:
            result["discounted"] = [s.as_dict() for s in u.discounted]
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 2 if bad else 0


def run(args: argparse.Namespace) -> int:
    if args.file == "-":
        return classify_stream(sys.stdin, sys.stdout, sys.stderr)
    try:
        with open(args.file, encoding="utf-8") as source:
            return classify_stream(source, sys.stdout, sys.stderr)
    except OSError as exc:
        sys.stderr.write(f"sportello classify: cannot read {args.file}: {exc.strerror}\n")
        return 2
