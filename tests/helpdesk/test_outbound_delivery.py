"""Notices and replies leave after commit, by e-mail with threading headers."""

import pytest
from django.core import mail

from sportello.helpdesk.errors import ServiceError
from sportello.helpdesk.models import NoticeState, OutboundNotice
from sportello.helpdesk.services import ingest, reply

from .conftest import inbound


def test_the_acknowledgement_is_sent_after_commit_as_an_automatic_reply(
    seller, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        result = ingest(inbound(external_id="<a1@cliente.it>", subject="Ordine 100482"))
    assert len(callbacks) == 1
    [notice] = result.notices
    notice.refresh_from_db()
    assert notice.state == NoticeState.SENT
    [sent] = mail.outbox
    assert sent.to == ["anna@example.it"]
    assert sent.extra_headers["Auto-Submitted"] == "auto-replied"
    assert sent.extra_headers["In-Reply-To"] == "<a1@cliente.it>"
    assert result.ticket is not None and result.ticket.ref in sent.subject
    assert "entro lunedì 2 marzo" not in sent.body  # due is the next business day...
    assert "entro martedì 3 marzo 2026 alle 09:00" in sent.body  # ...in Italian


def test_nothing_is_sent_when_the_transaction_rolls_back(
    seller, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        ingest(inbound())
    assert len(callbacks) == 1
    assert mail.outbox == []
    assert OutboundNotice.objects.get().state == NoticeState.QUEUED


def test_an_agent_reply_threads_to_the_customer_message(
    seller, django_user_model, django_capture_on_commit_callbacks
):
    agent = django_user_model.objects.create_user("giulia")
    result = ingest(inbound(external_id="<q1@cliente.it>", subject="Reso"))
    assert result.ticket is not None
    with django_capture_on_commit_callbacks(execute=True):
        message = reply(agent, result.ticket, "Le mandiamo l'etichetta per il reso.")
    sent = mail.outbox[-1]
    assert sent.subject == "Re: Reso"
    assert sent.extra_headers["In-Reply-To"] == "<q1@cliente.it>"
    assert "Auto-Submitted" not in sent.extra_headers
    assert sent.extra_headers["Message-ID"] == message.external_id
    result.ticket.refresh_from_db()
    assert not result.ticket.needs_reply and result.ticket.due_at is None


def test_an_empty_reply_is_refused_with_a_clear_message(seller, django_user_model):
    agent = django_user_model.objects.create_user("giulia")
    result = ingest(inbound())
    assert result.ticket is not None
    with pytest.raises(ServiceError, match="vuota"):
        reply(agent, result.ticket, "   \n ")


def test_a_failing_mail_server_leaves_the_notice_retrying_then_failed(
    seller, settings, django_capture_on_commit_callbacks
):
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": 9, "timeout": 2},
        }
    }
    from sportello.helpdesk.services.notices import RETRY_DELAYS, deliver

    with django_capture_on_commit_callbacks(execute=False):
        result = ingest(inbound())
    [notice] = result.notices
    for _ in range(len(RETRY_DELAYS)):
        assert deliver(notice.pk) == NoticeState.QUEUED
    assert deliver(notice.pk) == NoticeState.FAILED
    notice.refresh_from_db()
    assert notice.attempts == len(RETRY_DELAYS) + 1
    assert "Connection refused" in notice.last_error or "Error" in notice.last_error


def test_notices_speak_english_to_an_english_customer(seller):
    from datetime import datetime

    from sportello.helpdesk.services.notices import format_due, notice_context, render_notice

    due = datetime.fromisoformat("2026-03-03T09:00:00+01:00")
    assert format_due(due, seller, "en") == "Tuesday 3 March 2026 at 09:00"
    assert format_due(due, seller, "it") == "martedì 3 marzo 2026 alle 09:00"
    result = ingest(inbound())
    assert result.ticket is not None
    context = notice_context(seller, result.ticket.customer, result.ticket, "en")
    rendered = render_notice("acknowledgement", "en", context, seller)
    assert rendered.subject.startswith(f"[{result.ticket.ref}] We have received your request")
    assert "You will have our reply by Tuesday 3 March 2026 at 09:00." in rendered.body
