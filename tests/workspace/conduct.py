"""Customers who write abusive messages, made the honest way: real Italian text through
ingest(), labelled by the real text layer. Shared by the workspace, portal and helpdesk
tests of the abuse protocol."""

from datetime import datetime, timedelta
from typing import Any

INSULT = "Siete dei ladri e degli incompetenti del cazzo."
VAFFA = "Vaffanculo, branco di idioti."
THREAT = "So dove avete il magazzino. State attenti a voi."
POLITE = "Buongiorno, la tela è arrivata rotta. Potete mandarmene un'altra?"

START = datetime.fromisoformat("2026-03-02T09:00:00+01:00")


def at(hours: float) -> datetime:
    return START + timedelta(hours=hours)


def write(make_ticket: Any, text: str, hours: float = 0, **fields: Any) -> Any:
    """One message from Mario (by default) `hours` after Monday 2 March 2026, 9:00."""
    fields.setdefault("sender", "mario@example.it")
    fields.setdefault("name", "Mario Rossi")
    fields.setdefault("subject", "Ordine 100482")
    return make_ticket(text=text, received_at=at(hours), **fields)


def warned(make_ticket: Any, **fields: Any) -> Any:
    """Mario opens a ticket politely, then insults the staff: he is warned."""
    write(make_ticket, POLITE, 0, **fields)
    return write(make_ticket, INSULT, 1, **fields)


def blocked(make_ticket: Any, **fields: Any) -> Any:
    """...and insults them again: he is blocked. Returns the ticket."""
    warned(make_ticket, **fields)
    return write(make_ticket, VAFFA, 2, **fields)
