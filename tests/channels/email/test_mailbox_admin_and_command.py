"""Setting up and running a mailbox by hand: the admin form never shows the password,
and `sportello mail poll` polls now and says how it went."""

import json

import pytest

from sportello.cli import main
from sportello.helpdesk.models import Message

from .helpers import mail

pytestmark = pytest.mark.django_db


def test_the_admin_never_sends_the_stored_password_back(admin_client, mailbox):
    response = admin_client.get(f"/admin/mailchannel/mailbox/{mailbox.pk}/change/")

    assert response.status_code == 200
    assert b"segreto" not in response.content
    assert b'type="password"' in response.content


def test_saving_the_admin_form_without_a_password_keeps_the_stored_one(admin_client, mailbox):
    response = admin_client.post(
        f"/admin/mailchannel/mailbox/{mailbox.pk}/change/",
        {
            "seller": mailbox.seller.pk,
            "host": mailbox.host,
            "port": mailbox.port,
            "security": "none",
            "username": mailbox.username,
            "password": "",
            "password_env": "",
            "folder": "Supporto",
            "after_processing": "flag",
            "move_to": "",
            "start_date_0": "2026-01-01",
            "start_date_1": "00:00:00",
            "enabled": "on",
        },
    )

    assert response.status_code == 302, response.content[:2000]
    mailbox.refresh_from_db()
    assert (mailbox.folder, mailbox.password) == ("Supporto", "segreto")


def test_the_poll_command_reports_each_pass(mailbox, dovecot, capsys):
    dovecot.append(
        mailbox.username,
        mail(
            """
            From: sara@example.it
            To: assistenza@negozio.example
            Subject: Consegna
            Message-ID: <cmd1@example.it>
            """,
            "A che punto è la consegna?\n",
        ),
    )

    status = main(["mail", "poll"])

    out, _ = capsys.readouterr()
    [line] = out.splitlines()
    report = json.loads(line)
    assert status == 0 and report["stored"] == 1 and report["error"] == ""
    assert Message.objects.filter(external_id="<cmd1@example.it>").exists()


def test_the_poll_command_fails_when_a_mailbox_cannot_be_polled(mailbox, capsys):
    mailbox.password = "sbagliata"
    mailbox.save()

    status = main(["mail", "poll", "--mailbox", str(mailbox.pk)])

    out, _ = capsys.readouterr()
    assert status == 1 and "login refused" in json.loads(out)["error"]
