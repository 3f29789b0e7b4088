"""Inbound mail from providers' webhooks (anymail): real HTTP requests with the
providers' documented payloads; the webhook secret keeps strangers out."""

import base64
import hashlib
import hmac
import json
import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from sportello.helpdesk.models import Message, Seller

from .helpers import fixture

pytestmark = pytest.mark.django_db

SECRET = "sportello:la-chiave-del-webhook"
SIGNING_KEY = "key-mailgun-firma"


@pytest.fixture(autouse=True)
def webhook_settings(settings):
    settings.ANYMAIL = {"WEBHOOK_SECRET": SECRET, "MAILGUN_WEBHOOK_SIGNING_KEY": SIGNING_KEY}


def basic(credentials: str) -> str:
    return "Basic " + base64.b64encode(credentials.encode()).decode()


def postmark_payload(raw: bytes) -> dict[str, object]:
    """Postmark's inbound webhook JSON, with "Include raw email content" switched on."""
    return {
        "FromFull": {"Email": "mario.rossi@example.it", "Name": "Mario Rossi"},
        "ToFull": [{"Email": "assistenza@negozio.example", "Name": ""}],
        "OriginalRecipient": "assistenza@negozio.example",
        "Subject": "Pacco danneggiato - ordine 100482",
        "MessageID": "22c74902-a0c1-4511-804f-341342852c90",
        "Headers": [{"Name": "Return-Path", "Value": "<mario.rossi@example.it>"}],
        "RawEmail": raw.decode("utf-8"),
    }


def post_postmark(client, raw: bytes, credentials: str | None):
    headers = {"HTTP_AUTHORIZATION": basic(credentials)} if credentials else {}
    return client.post(
        "/anymail/postmark/inbound/",
        data=json.dumps(postmark_payload(raw)),
        content_type="application/json",
        **headers,
    )


def test_a_postmark_message_with_the_right_secret_is_stored(client, shop):
    response = post_postmark(client, fixture("plain_utf8.eml"), SECRET)

    assert response.status_code == 200
    message = Message.objects.get(external_id="<CAF3kx9P2m@mail.example.it>")
    assert message.seller == shop and message.sender == "mario.rossi@example.it"
    assert message.order_number == "100482" and message.ticket is not None
    assert "la tela all'interno è strappata" in message.text


@pytest.mark.parametrize("credentials", [None, "sportello:sbagliata", "altro:" + SECRET])
def test_without_the_right_secret_nothing_is_stored(client, shop, credentials):
    response = post_postmark(client, fixture("plain_utf8.eml"), credentials)

    assert response.status_code == 400
    assert not Message.objects.exists()


def test_a_redelivered_webhook_stores_the_message_once(client, shop):
    for _ in range(2):
        assert post_postmark(client, fixture("gmail_reply.eml"), SECRET).status_code == 200

    assert Message.objects.filter(direction="in").count() == 1


def mailgun_form(raw: bytes, *, recipient: str, signing_key: str = SIGNING_KEY) -> dict[str, str]:
    """Mailgun's "forward" route to the raw-MIME URL (inbound_mime), signed."""
    timestamp, token = "1772442000", "b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6"
    signature = hmac.new(
        signing_key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256
    ).hexdigest()
    return {
        "recipient": recipient,
        "sender": "anna@example.it",
        "from": "Anna <anna@example.it>",
        "subject": "Re: Ordine 100482",
        "body-mime": raw.decode("utf-8"),
        "timestamp": timestamp,
        "token": token,
        "signature": signature,
    }


def test_a_signed_mailgun_message_goes_to_the_seller_it_was_sent_to(client, shop):
    other = Seller.objects.create(name="Tele", slug="tele", support_email="aiuto@tele.example")
    raw = fixture("gmail_reply.eml")

    response = client.post(
        "/anymail/mailgun/inbound_mime/",
        data=mailgun_form(raw, recipient="aiuto@tele.example"),
        HTTP_AUTHORIZATION=basic(SECRET),
    )

    assert response.status_code == 200
    [message] = Message.objects.filter(direction="in")
    assert message.seller == other
    # Mailgun's timestamp (2 March 2026, 09:00 UTC) is when the message arrived.
    assert message.received_at == datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_a_mailgun_message_with_a_forged_signature_is_refused(client, shop):
    form = mailgun_form(fixture("gmail_reply.eml"), recipient="x@y", signing_key="indovinata")

    response = client.post(
        "/anymail/mailgun/inbound_mime/", data=form, HTTP_AUTHORIZATION=basic(SECRET)
    )

    assert response.status_code == 400
    assert not Message.objects.exists()


def test_malformed_mime_from_a_webhook_still_lands(client, shop):
    response = post_postmark(client, fixture("broken_boundary.eml"), SECRET)

    assert response.status_code == 200
    message = Message.objects.get(direction="in")
    assert message.problems and message.raw


def test_the_webhook_secret_comes_from_the_environment():
    code = "from django.conf import settings; print(settings.ANYMAIL['WEBHOOK_SECRET'])"
    env = {
        **os.environ,
        "ANYMAIL_WEBHOOK_SECRET": "utente:parola",
        "DJANGO_SETTINGS_MODULE": "sportello.settings",
    }
    done = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert done.stdout.strip() == "utente:parola"
