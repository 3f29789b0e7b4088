"""Shared fixtures. Pure layers (text, sla, policy) need none of them."""

from collections.abc import Callable
from datetime import datetime
from itertools import count
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings

# Speed is measured in bench/, not in tests: no per-example deadline (a shared CI machine
# would make it flaky).
hypothesis_settings.register_profile("sportello", deadline=None)
hypothesis_settings.load_profile("sportello")

IMMEDIATE_TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def pytest_configure(config: pytest.Config) -> None:
    # Outbound notices are sent by a task after commit; in tests that task runs at once.
    from django.test.utils import override_settings

    override_settings(TASKS=IMMEDIATE_TASKS).enable()
    # The real hasher costs most of a second per user on a small machine; tests need none.
    override_settings(PASSWORD_HASHERS=FAST_HASHERS).enable()


DATABASE_FIXTURES = {"db", "transactional_db", "live_server", "django_db_setup"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & DATABASE_FIXTURES or item.get_closest_marker("django_db"):
            item.add_marker(pytest.mark.database)


# --- People, shops and tickets for the web tests (workspace, e2e) -------------------------

PASSWORD = "una-password-lunga-42"


def inbound_message(**fields: Any) -> Any:
    """An InboundMessage with defaults: an e-mail from anna@example.it, Mon 2 March 2026."""
    from sportello.inbound import InboundMessage

    fields.setdefault("channel", "email")
    fields.setdefault("external_id", f"<w{next(_message_ids)}@cliente.example.it>")
    fields.setdefault("sender", "anna@example.it")
    fields.setdefault("received_at", datetime.fromisoformat("2026-03-02T09:00:00+01:00"))
    fields.setdefault("text", "Buongiorno, la tela è arrivata rotta.")
    return InboundMessage(**fields)


_message_ids = count(1)


@pytest.fixture
def seller(db: None) -> Any:
    from sportello.helpdesk.services import default_seller

    return default_seller()


@pytest.fixture
def other_seller(seller: Any) -> Any:
    """A second shop. Created after `seller` so `default_seller()` stays the first."""
    from sportello.helpdesk.models import Seller

    return Seller.objects.create(name="Altro negozio", slug="altro-negozio")


def _member(seller: Any, username: str, role: str) -> Any:
    from sportello.helpdesk.services.people import add_member

    user = add_member(None, seller, username, role, password=PASSWORD)
    user.first_name, user.last_name = username.capitalize(), "Test"
    user.save(update_fields=["first_name", "last_name"])
    return user


@pytest.fixture
def agent(seller: Any) -> Any:
    return _member(seller, "agente", "agent")


@pytest.fixture
def manager(seller: Any) -> Any:
    return _member(seller, "responsabile", "manager")


@pytest.fixture
def outsider(other_seller: Any) -> Any:
    """An agent of ANOTHER shop: must see nothing of `seller`."""
    return _member(other_seller, "estraneo", "agent")


@pytest.fixture
def agent_client(client: Any, agent: Any) -> Any:
    client.force_login(agent)
    return client


@pytest.fixture
def make_ticket(seller: Any) -> Callable[..., Any]:
    """Create a ticket the only honest way: a customer message through ingest().
    Keyword arguments are InboundMessage fields; `shop=` picks another shop."""
    from sportello import clock
    from sportello.helpdesk.services import ingest

    def make(*, shop: Any = None, **fields: Any) -> Any:
        message = inbound_message(**fields)
        # As if it happened then: notices and events carry the message's time.
        with clock.frozen(message.received_at):
            result = ingest(message, seller=shop or seller)
        assert result.ticket is not None, result
        return result.ticket

    return make
