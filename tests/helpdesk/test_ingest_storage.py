"""Every inbound message is stored before anything else can fail, and nothing twice."""

import hashlib

import pytest

from sportello.helpdesk.models import Attachment, Event, Message, MessageState
from sportello.helpdesk.services import ingest, ingestion
from sportello.inbound import InboundAttachment

from .conftest import inbound


def test_an_empty_message_without_attachments_is_still_stored_and_opens_a_ticket(seller):
    result = ingest(inbound(text="", subject=None))
    assert result.created and result.ticket is not None
    stored = Message.objects.get(pk=result.message.pk)
    assert stored.text == "" and stored.state == MessageState.ACCEPTED
    assert result.ticket.needs_reply


def test_the_same_channel_and_id_twice_stores_one_message(seller):
    first = ingest(inbound(external_id="<dup@x>"))
    second = ingest(inbound(external_id="<dup@x>", text="different text, same id"))
    assert not second.created
    assert second.message.pk == first.message.pk
    assert Message.objects.filter(external_id="<dup@x>").count() == 1
    assert len(first.notices) == 1 and second.notices == ()


def test_attachments_are_stored_with_size_and_checksum(seller, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    photo = b"\xff\xd8\xff" + b"x" * 2000
    result = ingest(
        inbound(attachments=(InboundAttachment("foto tela.jpg", "image/jpeg", content=photo),))
    )
    [attachment] = Attachment.objects.filter(message=result.message)
    assert attachment.size == len(photo)
    assert attachment.sha256 == hashlib.sha256(photo).hexdigest()
    assert attachment.file.read() == photo


def test_an_attachment_over_the_limit_is_refused_but_the_message_lands(seller, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.SPORTELLO_MAX_ATTACHMENT_BYTES = 1000
    result = ingest(
        inbound(attachments=(InboundAttachment("video.mp4", "video/mp4", content=b"0" * 5000),))
    )
    [attachment] = Attachment.objects.filter(message=result.message)
    assert not attachment.file
    assert "limit" in attachment.problem
    assert attachment.size == 5000
    assert result.ticket is not None


def test_when_processing_fails_the_message_is_kept_with_the_error(seller, monkeypatch):
    def broken(message):
        raise RuntimeError("text layer exploded")

    monkeypatch.setattr(ingestion, "_understand", broken)
    result = ingest(inbound(external_id="<boom@x>"))
    assert result.error.startswith("RuntimeError")
    stored = Message.objects.get(external_id="<boom@x>")
    assert stored.state == MessageState.ERROR
    assert "text layer exploded" in stored.problems[-1]
    assert Event.objects.filter(verb="message.failed", subject_id=stored.pk).exists()
    # A redelivery does not duplicate it.
    assert not ingest(inbound(external_id="<boom@x>")).created


def test_channel_ids_must_be_present_and_times_aware():
    from datetime import datetime

    with pytest.raises(ValueError, match="time zone"):
        inbound(received_at=datetime(2026, 3, 2, 9))
    with pytest.raises(ValueError, match="unknown channel"):
        inbound(channel="telegram")
    with pytest.raises(ValueError, match="id"):
        inbound(external_id="")


def test_a_ticket_without_subject_is_named_by_its_first_line_cut_at_a_word(seller):
    text = (
        "Ciao, nel pacco dell'ordine 100703 mancava il tappeto berbero. C'era solo la fattura "
        "e un biglietto.\nSeconda riga."
    )
    result = ingest(inbound(channel="chat", sender="visitor-9", subject=None, text=text))
    assert result.ticket is not None
    assert result.ticket.subject == (
        "Ciao, nel pacco dell'ordine 100703 mancava il tappeto berbero. C'era solo la…"
    )
