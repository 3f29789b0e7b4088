"""Shared fixtures. Pure layers (text, sla, policy) need none of them."""

import pytest

IMMEDIATE_TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


def pytest_configure(config: pytest.Config) -> None:
    # Outbound notices are sent by a task after commit; in tests that task runs at once.
    from django.test.utils import override_settings

    override_settings(TASKS=IMMEDIATE_TASKS).enable()


DATABASE_FIXTURES = {"db", "transactional_db", "live_server", "django_db_setup"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & DATABASE_FIXTURES or item.get_closest_marker("django_db"):
            item.add_marker(pytest.mark.database)
