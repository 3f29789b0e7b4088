"""`pytest tests/sla --hypothesis-profile=thorough` for a longer search than the default."""

from hypothesis import settings

settings.register_profile("thorough", max_examples=1000, deadline=None)
