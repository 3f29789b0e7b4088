"""Fixtures for the e-mail channel: a real Dovecot and a real SMTP server (see
`servers.py`), a shop with a support address, and IMAP mailboxes."""

import re
from collections.abc import Iterator

import pytest

from sportello.helpdesk.models import Seller
from sportello.helpdesk.services import default_seller

from .helpers import SUPPORT
from .servers import PASSWORD, Dovecot, SmtpSink, cleanup, start_dovecot


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    server = start_dovecot()
    yield server
    cleanup(server)


@pytest.fixture
def imap_user(dovecot: Dovecot, request: pytest.FixtureRequest) -> str:
    """A fresh mail account for this test."""
    name = re.sub(r"[^a-z0-9]+", "-", request.node.name.lower()).strip("-")[-60:]
    dovecot.add_user(name)
    return name


@pytest.fixture
def smtp() -> Iterator[SmtpSink]:
    sink = SmtpSink().start()
    yield sink
    sink.stop()


@pytest.fixture
def smtp_mailer(smtp: SmtpSink, settings) -> SmtpSink:  # type: ignore[no-untyped-def]
    """Django's mailer pointed at the test SMTP server."""
    settings.MAILERS = smtp.mailer_settings()
    return smtp


@pytest.fixture
def shop(db) -> Seller:  # type: ignore[no-untyped-def]
    seller = default_seller()
    seller.name = "Cornici Rossi"
    seller.support_email = SUPPORT
    seller.save()
    return seller


@pytest.fixture
def mailbox(shop: Seller, dovecot: Dovecot, imap_user: str):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from sportello.channels.email.models import Mailbox

    return Mailbox.objects.create(
        seller=shop,
        host="127.0.0.1",
        port=dovecot.port,
        security="none",
        username=imap_user,
        password=PASSWORD,
        start_date=datetime(2026, 1, 1, tzinfo=UTC),
    )
