"""`sportello mail import PATH`: old mail from an .eml, an mbox or a Maildir, stored
through the live intake, without a single notice leaving."""

import json
import mailbox
from datetime import datetime
from pathlib import Path

import pytest
from django.core import mail as outbox

from sportello.cli import main
from sportello.helpdesk.models import Event, Message, OutboundNotice, Ticket
from sportello.helpdesk.services.queue import queue

from .helpers import fixture, mail

pytestmark = pytest.mark.django_db(transaction=True)  # notices would leave after commit

QUESTION = mail(
    """
    From: Anna Bianchi <anna@example.it>
    To: assistenza@negozio.example
    Subject: Ordine 100482: vetro rotto
    Date: Tue, 14 Jan 2025 09:30:00 +0100
    Message-ID: <storia-1@example.it>
    """,
    "La cornice è arrivata con il vetro rotto.\n",
)
FOLLOW_UP = mail(
    """
    From: Anna Bianchi <anna@example.it>
    To: assistenza@negozio.example
    Subject: Re: Ordine 100482: vetro rotto
    Date: Wed, 15 Jan 2025 18:02:00 +0100
    Message-ID: <storia-2@example.it>
    In-Reply-To: <storia-1@example.it>
    References: <storia-1@example.it>
    """,
    "Ci sono novità?\n",
)
OTHER = mail(
    """
    From: luca@example.it
    To: assistenza@negozio.example
    Subject: Fattura
    Date: Mon, 3 Feb 2025 11:00:00 +0100
    Message-ID: <storia-3@example.it>
    """,
    "Mi servirebbe la fattura dell'ordine 100511.\n",
)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict, str]:  # type: ignore[type-arg]
    status = main(["mail", "import", *args, "--json"])
    out, err = capsys.readouterr()
    return status, (json.loads(out) if out.strip() else {}), err


@pytest.fixture
def mbox_file(tmp_path: Path) -> Path:
    path = tmp_path / "assistenza.mbox"
    box = mailbox.mbox(path)
    # The export is not in date order: the follow-up comes before the question.
    for raw in (FOLLOW_UP, QUESTION, fixture("out_of_office.eml"), OTHER):
        box.add(raw)
    box.flush()
    box.close()
    return path


def test_an_mbox_is_imported_oldest_first_and_nobody_is_written_to(shop, mbox_file, capsys):
    status, summary, err = run(capsys, str(mbox_file))

    assert (status, err) == (0, "")
    assert summary["kind"] == "mbox"
    assert (summary["read"], summary["stored"], summary["duplicates"]) == (4, 4, 0)
    assert (summary["automatic"], summary["failed"]) == (1, [])
    assert summary["tickets_opened"] == 2
    assert summary["notices_suppressed"] == 2  # the two acknowledgements
    assert outbox.outbox == []
    assert not OutboundNotice.objects.exists()
    assert Event.objects.filter(verb="notice.skipped", data__kind="acknowledgement").count() == 2
    question = Message.objects.get(external_id="<storia-1@example.it>")
    follow_up = Message.objects.get(external_id="<storia-2@example.it>")
    assert follow_up.ticket == question.ticket  # threaded although it came first in the file
    assert question.received_at == datetime.fromisoformat("2025-01-14T09:30:00+01:00")


def test_importing_the_same_mbox_again_stores_nothing_twice(shop, mbox_file, capsys):
    run(capsys, str(mbox_file))

    status, summary, _ = run(capsys, str(mbox_file))

    assert status == 0
    assert (summary["read"], summary["stored"], summary["duplicates"]) == (4, 0, 4)
    assert Message.objects.filter(direction="in").count() == 4


def test_resolve_keeps_imported_history_out_of_the_queue(shop, mbox_file, capsys):
    status, summary, _ = run(capsys, str(mbox_file), "--resolve")

    assert status == 0 and summary["tickets_resolved"] == 2
    assert not queue(Ticket.objects.all()).exists()
    assert set(Ticket.objects.values_list("status", flat=True)) == {"resolved"}


def test_without_resolve_imported_tickets_wait_in_the_queue(shop, mbox_file, capsys):
    run(capsys, str(mbox_file))

    assert queue(Ticket.objects.all()).count() == 2


def test_a_maildir_is_imported(shop, tmp_path, capsys):
    box = mailbox.Maildir(tmp_path / "Maildir")
    for name in ("gmail_reply.eml", "plain_utf8.eml", "truncated.eml"):
        box.add(fixture(name))

    status, summary, _ = run(capsys, str(tmp_path / "Maildir"))

    assert status == 0 and summary["kind"] == "maildir"
    assert (summary["read"], summary["stored"]) == (3, 3)
    assert summary["with_problems"] >= 1  # the truncated one: stored, problem shown


def test_one_eml_file_and_a_directory_of_them(shop, tmp_path, capsys):
    (tmp_path / "2025").mkdir()
    (tmp_path / "2025" / "a.eml").write_bytes(QUESTION)
    (tmp_path / "b.eml").write_bytes(OTHER)

    status, summary, _ = run(capsys, str(tmp_path / "b.eml"))
    assert (status, summary["kind"], summary["stored"]) == (0, "eml", 1)

    status, summary, _ = run(capsys, str(tmp_path))
    assert (status, summary["read"], summary["stored"], summary["duplicates"]) == (0, 2, 1, 1)


def test_the_seller_can_be_named(shop, mbox_file, capsys):
    from sportello.helpdesk.models import Seller

    other = Seller.objects.create(name="Tele", slug="tele", support_email="aiuto@tele.example")

    status, summary, _ = run(capsys, str(mbox_file), "--seller", "tele")

    assert status == 0 and summary["stored"] == 4
    assert set(Message.objects.filter(direction="in").values_list("seller", flat=True)) == {
        other.pk
    }


def test_the_human_summary_names_every_count(shop, mbox_file, capsys):
    status = main(["mail", "import", str(mbox_file)])
    out, _ = capsys.readouterr()

    assert status == 0
    for label in ("read:", "stored:", "automatic:", "already stored:", "failed:"):
        assert label in out
    assert "notices suppressed:  2" in out


def test_an_unreadable_path_is_exit_status_2_with_a_message(shop, tmp_path, capsys):
    status, _, err = run(capsys, str(tmp_path / "manca.mbox"))

    assert status == 2
    assert "cannot read" in err and "manca.mbox" in err


def test_an_unknown_seller_is_exit_status_2(shop, mbox_file, capsys):
    status, _, err = run(capsys, str(mbox_file), "--seller", "nessuno")

    assert status == 2 and "--seller" in err and "negozio" in err


def test_the_progress_bar_updates_one_line_and_ends_it():
    import io

    from sportello.channels.email.importer import Progress

    stream = io.StringIO()
    progress = Progress(stream)
    progress(1, 4, 0.5)
    progress(2, 4, 0.55)  # too soon after the last update: not drawn
    progress(4, 4, 1.0)

    drawn = stream.getvalue()
    assert drawn.count("\r") == 2 and drawn.endswith("\n")
    assert "1/4 messages, 2/s" in drawn and "4/4 messages, 4/s" in drawn
    assert "[" + "#" * 30 + "]" in drawn
