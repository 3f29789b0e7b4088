"""The poller speaks TLS (implicit and STARTTLS) and checks the server's certificate."""

import pytest

from sportello.channels.email.polling import poll_mailbox
from sportello.helpdesk.models import Message

from .helpers import mail
from .servers import require

pytestmark = pytest.mark.django_db

RAW = mail(
    """
    From: luca@example.it
    To: assistenza@negozio.example
    Subject: Spedizione
    Message-ID: <tls1@example.it>
    """,
    "Quando partirà il mio ordine?\n",
)


@pytest.fixture
def trusted(dovecot, monkeypatch):
    """The test server's self-signed certificate trusted the documented way."""
    require(dovecot.cert is not None, "openssl is missing: no certificate for the TLS tests")
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.cert))
    return dovecot


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_mail_is_fetched_over_tls(mailbox, trusted, security):
    mailbox.security = security
    mailbox.port = trusted.tls_port if security == "ssl" else trusted.port
    mailbox.save()
    trusted.append(mailbox.username, RAW)

    result = poll_mailbox(mailbox.pk)

    assert (result.error, result.stored) == ("", 1)
    assert Message.objects.filter(external_id="<tls1@example.it>").exists()


def test_an_untrusted_certificate_is_refused_and_shown(mailbox, dovecot, monkeypatch):
    require(dovecot.cert is not None, "openssl is missing: no certificate for the TLS tests")
    monkeypatch.setenv("SSL_CERT_FILE", "/nonexistent/ca.pem")
    mailbox.security = "ssl"
    mailbox.port = dovecot.tls_port
    mailbox.save()

    result = poll_mailbox(mailbox.pk)

    assert "CERTIFICATE_VERIFY_FAILED" in result.error
    mailbox.refresh_from_db()
    assert "CERTIFICATE_VERIFY_FAILED" in mailbox.last_error
