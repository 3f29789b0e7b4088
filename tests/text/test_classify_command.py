"""`sportello classify`: JSON lines in, one JSON line out per line, errors per line."""

import io
import json
import subprocess
import sys
from pathlib import Path

from sportello.commands.classify import classify_stream


def _run(lines: list[str]) -> tuple[int, list[dict[str, object]], str]:
    out, err = io.StringIO(), io.StringIO()
    rc = classify_stream(io.StringIO("\n".join(lines) + "\n"), out, err)
    return rc, [json.loads(x) for x in out.getvalue().splitlines()], err.getvalue()


def test_one_output_line_per_input_line_in_order() -> None:
    rc, rows, err = _run(
        [
            json.dumps({"id": "a", "text": "siete dei ladri"}),
            json.dumps({"id": 7, "text": "ok grazie", "subject": "URGENTE"}),
            json.dumps({"id": "c", "text": "Posso pagare alla consegna?"}),
        ]
    )
    assert rc == 0 and err == ""
    assert [r["id"] for r in rows] == ["a", 7, "c"]
    assert rows[0]["labels"] == ["abusive"]
    assert rows[0]["spans"][0]["text"] == "siete dei ladri"
    assert rows[1]["labels"] == ["urgency_claim"] and rows[1]["spans"][0]["field"] == "subject"
    assert rows[2]["questions"][0]["text"] == "Posso pagare alla consegna?"


def test_bad_lines_give_an_error_line_and_the_run_goes_on() -> None:
    rc, rows, err = _run(
        [
            '{"id": "x1", "text": "ciao',
            "[1, 2]",
            json.dumps({"id": "x3"}),
            json.dumps({"id": "x4", "text": "ok", "subject": 5}),
            json.dumps({"id": "x5", "text": "vaffanculo"}),
        ]
    )
    assert rc == 2
    assert [r["id"] for r in rows] == ["x1", None, "x3", "x4", "x5"]
    assert all("error" in r for r in rows[:4])
    assert rows[4]["labels"] == ["abusive"]
    assert "line 1" in err and "line 4" in err


def test_command_line() -> None:
    sportello = Path(sys.executable).with_name("sportello")
    proc = subprocess.run(
        [str(sportello), "classify", "-"],
        input=json.dumps({"id": "q", "text": "novità??"}) + "\n",
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["labels"] == ["chaser"]
