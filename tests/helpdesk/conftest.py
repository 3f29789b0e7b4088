from datetime import datetime
from itertools import count

from sportello.inbound import InboundMessage

_ids = count(1)


def inbound(**fields) -> InboundMessage:
    fields.setdefault("channel", "email")
    fields.setdefault("external_id", f"<m{next(_ids)}@example.it>")
    fields.setdefault("sender", "anna@example.it")
    fields.setdefault("received_at", datetime.fromisoformat("2026-03-02T09:00:00+01:00"))
    fields.setdefault("text", "La tela è arrivata rotta.")
    return InboundMessage(**fields)
