"""`sportello mail parse FILE.eml`: one scenario inbound event, JSON on one line."""

import io
import json
import sys
from datetime import datetime
from pathlib import Path

import pytest

from sportello.cli import main

from .helpers import FIXTURES, SUPPORT

SCENARIO_KEYS = {
    "type", "at", "channel", "id", "from", "name", "subject", "text", "in_reply_to",
    "order", "attachments",
}  # fmt: skip
EXTRA_KEYS = {"automatic", "references", "ticket", "quoted", "problems"}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["mail", "parse", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_gmail_reply_as_a_scenario_event(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, str(FIXTURES / "gmail_reply.eml"))
    assert (status, err) == (0, "")
    assert out.count("\n") == 1  # one JSON line, feedable to `sportello simulate`
    event = json.loads(out)
    assert set(event) == SCENARIO_KEYS | EXTRA_KEYS
    assert event["type"] == "inbound"
    assert event["channel"] == "email"
    assert event["at"] == "2026-03-03T19:12:31+01:00"
    assert datetime.fromisoformat(event["at"]).tzinfo is not None
    assert event["id"] == "<CAGv7pQ2y+reply@mail.gmail.example>"
    assert event["from"] == "giulia.verdi@gmail.example"
    assert event["name"] == "Giulia Verdi"
    assert event["subject"] == "Re: [T-12] Reso della lampada"
    assert event["text"].endswith("Quando arriverà il rimborso?\n\nGiulia")
    assert event["in_reply_to"] == "<n-17.k3j2@sportello.example>"
    assert event["references"] == [
        "<n-17.k3j2@sportello.example>",
        "<CAGv7pQ1x@mail.gmail.example>",
    ]
    assert event["ticket"] == "T-12"
    assert event["order"] is None
    assert event["automatic"] is False
    assert event["quoted"].startswith("Il giorno lun 2 mar 2026")
    assert event["attachments"] == []
    assert event["problems"] == []


def test_attachments_bounces_and_problems_show(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, str(FIXTURES / "attachments.eml"))
    event = json.loads(out)
    assert event["order"] == "100610"
    assert event["attachments"][2] == {
        "filename": "Ricevuta di consegna – firmata.pdf",
        "content_type": "application/pdf",
        "size": 125,
    }
    _, out, _ = run(capsys, str(FIXTURES / "dsn_bounce.eml"))
    assert json.loads(out)["automatic"] is True
    _, out, _ = run(capsys, str(FIXTURES / "no_message_id.eml"))
    event = json.loads(out)
    assert event["id"].endswith("@sportello.invalid>")
    assert event["problems"] == [
        "The message had no usable Message-ID; an id was made from its content."
    ]


def test_support_address_option(capsys: pytest.CaptureFixture[str]) -> None:
    path = FIXTURES / "order_reply.eml"
    _, out, _ = run(capsys, str(path), "--support-address", SUPPORT)
    assert json.loads(out)["order"] == "100482"


def test_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = (FIXTURES / "plain_utf8.eml").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    status, out, _ = run(capsys, "-")
    assert status == 0
    assert json.loads(out)["id"] == "<CAF3kx9P2m@mail.example.it>"


def test_missing_file_is_exit_2_with_a_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nessuno.eml"
    status, out, err = run(capsys, str(missing))
    assert (status, out) == (2, "")
    assert str(missing) in err and "No such file" in err


def test_a_directory_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, err = run(capsys, str(tmp_path))
    assert (status, out) == (2, "")
    assert "cannot read" in err


def test_mail_without_subcommand_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["mail"])
    assert exit_info.value.code == 2
    assert "SUBCOMMAND" in capsys.readouterr().err
