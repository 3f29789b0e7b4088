"""`sportello simulate` as a shop owner runs it: a fresh database each run, JSON out,
exit 2 naming the line for a malformed scenario."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent


def simulate(tmp_path: Path, source: str | Path) -> subprocess.CompletedProcess[str]:
    if isinstance(source, str):
        path = tmp_path / "scenario.jsonl"
        path.write_text(source, encoding="utf-8")
    else:
        path = source
    return subprocess.run(
        [sys.executable, "-m", "sportello", "simulate", str(path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )


def test_the_spec_example_gives_exactly_what_the_spec_describes(tmp_path):
    done = simulate(tmp_path, HERE / "spec_example.jsonl")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    [ticket] = result["tickets"]
    assert ticket["ref"] == "T-1"
    assert ticket["messages"] == ["<a1@x>", "<a2@x>"]
    assert ticket["due_at"] == "2026-03-03T09:00:00+01:00"
    assert result["refused"] == ["wa-1"]
    assert [(o["kind"], o["in_reply_to"]) for o in result["outbound"]] == [
        ("acknowledgement", "<a1@x>"),
        ("channel_refused", "wa-1"),
    ]
    assert result["queue"] == ["T-1"]
    # Each run starts empty: running it again gives the same refs, not T-2.
    again = json.loads(simulate(tmp_path, HERE / "spec_example.jsonl").stdout)
    assert again["tickets"][0]["ref"] == "T-1"
    assert not (tmp_path / "var").exists(), "simulate must not touch the working directory"


GOOD = (
    '{"type":"inbound","at":"2026-03-02T09:00:00+01:00","channel":"email",'
    '"id":"<a1@x>","from":"anna@example.it","text":"Ciao"}\n'
)


@pytest.mark.parametrize(
    ("bad_line", "says"),
    [
        ("{not json", "not JSON"),
        ('["a list"]', "JSON object"),
        (
            '{"type":"inbound","at":"2026-03-02T10:00:00+01:00","channel":"telegram",'
            '"id":"t1","from":"x","text":"hi"}',
            "unknown channel 'telegram'",
        ),
        (
            '{"type":"inbound","at":"2026-03-02T10:00:00","channel":"email",'
            '"id":"<b@x>","from":"b@example.it","text":"hi"}',
            "no UTC offset",
        ),
        ('{"type":"reply","at":"2026-03-02T10:00:00+01:00","to":"<zz@x>","text":"ok"}', "<zz@x>"),
        (
            '{"type":"status","at":"2026-03-02T10:00:00+01:00","of":"<a1@x>","status":"done"}',
            "status",
        ),
        (
            '{"type":"inbound","at":"2026-03-02T08:00:00+01:00","channel":"email","id":"<c@x>",'
            '"from":"c@example.it","text":"earlier"}',
            "time order",
        ),
        ('{"type":"note","at":"2026-03-02T10:00:00+01:00"}', '"type"'),
    ],
)
def test_a_malformed_line_exits_2_naming_the_line(tmp_path, bad_line, says):
    done = simulate(tmp_path, GOOD + "\n" + bad_line + "\n")
    assert done.returncode == 2
    assert "line 3" in done.stderr
    assert says in done.stderr
    assert done.stdout == ""


def test_an_unreadable_file_exits_2(tmp_path):
    done = simulate(tmp_path, tmp_path / "missing.jsonl")
    assert done.returncode == 2
    assert "cannot read" in done.stderr
