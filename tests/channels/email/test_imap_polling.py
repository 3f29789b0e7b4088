"""IMAP polling against a real Dovecot: new mail lands once, however the poll is cut
short, and the server is left marked."""

from datetime import UTC, datetime, timedelta

import pytest

from sportello.channels.email import polling
from sportello.channels.email.imap import ImapSession
from sportello.channels.email.models import Mailbox
from sportello.channels.email.polling import poll_mailbox
from sportello.helpdesk.models import Message, MessageState

from .helpers import fixture, mail

pytestmark = pytest.mark.django_db

WHEN = datetime(2026, 3, 2, 9, 15, tzinfo=UTC)


def customer_mail(number: int, *, message_id: bool = True, subject: str = "Cornice rotta") -> bytes:
    head = (
        f"From: Anna Bianchi <anna{number}@example.it>\n"
        "To: assistenza@negozio.example\n"
        f"Subject: {subject}\n"
        f"Date: Mon, 2 Mar 2026 10:{number % 60:02d}:00 +0100\n"
    )
    if message_id:
        head += f"Message-ID: <c{number}@example.it>\n"
    return mail(head, f"Buongiorno, la cornice dell'ordine è arrivata rotta ({number}).\n")


def test_new_mail_is_stored_flagged_on_the_server_and_the_mark_advanced(mailbox, dovecot):
    uid = dovecot.append(mailbox.username, customer_mail(1), when=WHEN.timestamp())

    result = poll_mailbox(mailbox.pk)

    assert (result.error, result.fetched, result.stored) == ("", 1, 1)
    message = Message.objects.get(external_id="<c1@example.it>")
    assert message.seller == mailbox.seller
    assert message.ticket is not None and message.state == MessageState.ACCEPTED
    assert message.received_at == WHEN  # the server's INTERNALDATE, not the Date header
    assert message.raw.read().startswith(b"From: Anna Bianchi")
    assert {"\\Seen", "$Sportello"} <= dovecot.flags(mailbox.username)[uid]
    mailbox.refresh_from_db()
    assert mailbox.last_uid == uid and mailbox.uidvalidity is not None
    assert mailbox.last_error == "" and mailbox.last_success_at is not None


def test_a_second_poll_fetches_nothing_again(mailbox, dovecot):
    dovecot.append(mailbox.username, customer_mail(2))
    poll_mailbox(mailbox.pk)

    again = poll_mailbox(mailbox.pk)

    assert (again.error, again.fetched) == ("", 0)
    assert Message.objects.filter(external_id="<c2@example.it>").count() == 1


def test_a_crash_before_marking_fetches_again_and_stores_once(mailbox, dovecot, monkeypatch):
    uid = dovecot.append(mailbox.username, customer_mail(3))
    original = ImapSession.mark_processed

    def crash(self, uid, keyword):
        raise ConnectionResetError("the connection dropped")

    monkeypatch.setattr(ImapSession, "mark_processed", crash)
    first = poll_mailbox(mailbox.pk)
    assert "ConnectionResetError" in first.error and first.stored == 1
    mailbox.refresh_from_db()
    assert mailbox.last_uid == 0 and mailbox.consecutive_failures == 1
    assert "connection dropped" in mailbox.last_error
    assert "\\Seen" not in dovecot.flags(mailbox.username)[uid]

    monkeypatch.setattr(ImapSession, "mark_processed", original)
    second = poll_mailbox(mailbox.pk)

    assert (second.error, second.fetched, second.stored, second.duplicates) == ("", 1, 0, 1)
    assert Message.objects.filter(external_id="<c3@example.it>").count() == 1
    mailbox.refresh_from_db()
    assert mailbox.last_uid == uid and mailbox.consecutive_failures == 0
    assert mailbox.last_error == ""


def test_a_crash_after_marking_but_before_the_mark_advances_stores_once(
    mailbox, dovecot, monkeypatch
):
    dovecot.append(mailbox.username, customer_mail(4))
    original = polling._advance

    def crash(mailbox, uid):
        raise RuntimeError("the worker was killed")

    monkeypatch.setattr(polling, "_advance", crash)
    assert "killed" in poll_mailbox(mailbox.pk).error

    monkeypatch.setattr(polling, "_advance", original)
    second = poll_mailbox(mailbox.pk)

    assert (second.error, second.duplicates, second.stored) == ("", 1, 0)
    assert Message.objects.filter(external_id="<c4@example.it>").count() == 1


def test_mail_without_message_id_is_stored_once_by_content(mailbox, dovecot):
    raw = customer_mail(5, message_id=False)
    dovecot.append(mailbox.username, raw)
    dovecot.append(mailbox.username, raw)  # the same message delivered twice

    result = poll_mailbox(mailbox.pk)

    assert (result.fetched, result.stored, result.duplicates) == (2, 1, 1)
    [message] = Message.objects.filter(external_id__startswith="<sha256-")
    assert "no usable Message-ID" in " ".join(message.problems)


def test_a_new_uidvalidity_scans_the_folder_again_without_duplicates(shop, dovecot, imap_user):
    dovecot.append(imap_user, customer_mail(6), folder="Supporto")
    box = Mailbox.objects.create(
        seller=shop,
        host="127.0.0.1",
        port=dovecot.port,
        security="none",
        username=imap_user,
        password="segreto",
        folder="Supporto",
        start_date=datetime.now(UTC) - timedelta(days=1),
    )
    poll_mailbox(box.pk)
    box.refresh_from_db()
    old_validity = box.uidvalidity

    # The folder is rebuilt (a server migration, a restore): new UIDVALIDITY, UIDs anew.
    dovecot.remove_folder(imap_user, "Supporto")
    dovecot.append(imap_user, customer_mail(6), folder="Supporto")
    dovecot.append(imap_user, customer_mail(7), folder="Supporto")
    result = poll_mailbox(box.pk)

    box.refresh_from_db()
    assert box.uidvalidity != old_validity
    assert (result.error, result.fetched, result.stored, result.duplicates) == ("", 2, 1, 1)
    assert Message.objects.filter(external_id="<c6@example.it>").count() == 1
    assert box.last_uid == max(dovecot.uids(imap_user, "Supporto"))


def test_move_mode_moves_processed_mail_to_a_folder_with_an_italian_name(mailbox, dovecot):
    mailbox.after_processing = "move"
    mailbox.move_to = "Già gestiti"
    mailbox.save()
    dovecot.append(mailbox.username, customer_mail(8))

    result = poll_mailbox(mailbox.pk)

    assert (result.error, result.stored) == ("", 1)
    assert dovecot.uids(mailbox.username) == []
    assert len(dovecot.uids(mailbox.username, "Gi&AOA- gestiti")) == 1


def test_mail_older_than_the_start_date_is_left_alone(mailbox, dovecot):
    mailbox.start_date = datetime.now(UTC)
    mailbox.save()
    old = dovecot.append(
        mailbox.username,
        customer_mail(9),
        when=(datetime.now(UTC) - timedelta(days=30)).timestamp(),
    )
    dovecot.append(mailbox.username, customer_mail(10))

    result = poll_mailbox(mailbox.pk)

    assert (result.fetched, result.stored) == (1, 1)
    assert not Message.objects.filter(external_id="<c9@example.it>").exists()
    assert "\\Seen" not in dovecot.flags(mailbox.username)[old]


def test_an_oversized_message_still_lands_with_its_header_and_a_problem(mailbox, dovecot, settings):
    settings.SPORTELLO_MAX_ATTACHMENT_BYTES = 20_000  # the poller fetches up to 40 KB whole
    photo = "A" * 76 + "\n"
    raw = mail(
        """
        From: anna11@example.it
        To: assistenza@negozio.example
        Subject: Foto del danno
        Message-ID: <c11@example.it>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b"
        """,
        "--b\nContent-Type: text/plain; charset=utf-8\n\nEcco la foto del vetro rotto.\n"
        "--b\nContent-Type: image/jpeg; name=foto.jpg\nContent-Transfer-Encoding: base64\n\n"
        + photo * 2000
        + "--b--\n",
    )

    dovecot.append(mailbox.username, raw)

    result = poll_mailbox(mailbox.pk)

    assert (result.error, result.stored, result.truncated) == ("", 1, 1)
    message = Message.objects.get(external_id="<c11@example.it>")
    assert message.text.startswith("Ecco la foto del vetro rotto.")
    assert message.ticket is not None
    assert any("only its header" in problem for problem in message.problems)


@pytest.mark.parametrize("name", ["broken_boundary.eml", "truncated.eml"])
def test_malformed_mime_lands_with_its_raw_source_and_the_problem_shown(mailbox, dovecot, name):
    raw = fixture(name)
    dovecot.append(mailbox.username, raw)

    result = poll_mailbox(mailbox.pk)

    assert (result.error, result.stored) == ("", 1)
    message = Message.objects.get(direction="in")
    assert message.problems
    assert message.raw.read().replace(b"\r\n", b"\n") == raw.replace(b"\r\n", b"\n")


def test_a_backlog_is_taken_in_batches_by_chained_tasks(mailbox, dovecot, settings):
    from sportello.channels.email.tasks import poll_mailbox_task

    settings.SPORTELLO_IMAP_BATCH = 2
    for number in range(20, 25):
        dovecot.append(mailbox.username, customer_mail(number))

    poll_mailbox_task.enqueue(mailbox.pk)  # the ImmediateBackend runs the chain at once

    assert Message.objects.filter(external_id__startswith="<c2").count() == 5
    mailbox.refresh_from_db()
    assert mailbox.last_uid == max(dovecot.uids(mailbox.username))


def test_a_wrong_password_is_shown_on_the_mailbox_and_backs_off(mailbox):
    mailbox.password = "sbagliata"
    mailbox.save()

    result = poll_mailbox(mailbox.pk)

    assert "login refused" in result.error
    mailbox.refresh_from_db()
    assert mailbox.consecutive_failures == 1 and "login refused" in mailbox.last_error
    every = timedelta(seconds=60)
    assert mailbox.last_polled_at is not None
    assert mailbox.next_poll_at(every) == mailbox.last_polled_at + 2 * every


def test_the_password_can_come_from_an_environment_variable(mailbox, dovecot, monkeypatch):
    mailbox.password, mailbox.password_env = "", "SPORTELLO_TEST_IMAP_PASSWORD"
    mailbox.save()
    monkeypatch.setenv("SPORTELLO_TEST_IMAP_PASSWORD", "segreto")
    dovecot.append(mailbox.username, customer_mail(30))

    assert poll_mailbox(mailbox.pk).stored == 1


def test_a_mailbox_being_polled_is_not_polled_twice(mailbox):
    Mailbox.objects.filter(pk=mailbox.pk).update(
        lease_until=datetime.now(UTC) + timedelta(minutes=5)
    )

    result = poll_mailbox(mailbox.pk)

    assert result.skipped and result.fetched == 0


def test_the_periodic_job_polls_due_mailboxes(mailbox, dovecot):
    from sportello.helpdesk.periodic import jobs

    dovecot.append(mailbox.username, customer_mail(31))
    [job] = [job for job in jobs() if job.name == "poll_mailboxes"]

    job.run()  # enqueues a poll task; the ImmediateBackend runs it

    assert Message.objects.filter(external_id="<c31@example.it>").exists()
    assert polling.enqueue_due_polls() == 0  # just polled: not due again yet
