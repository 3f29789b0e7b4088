"""Services: the only code that changes records. Each is atomic, takes the acting user,
writes Events and sends its side effects after commit."""

from sportello.helpdesk.services.ingestion import IngestResult, ingest
from sportello.helpdesk.services.sellers import default_seller, update_policy_settings
from sportello.helpdesk.services.tickets import reply, set_status

__all__ = [
    "IngestResult",
    "default_seller",
    "ingest",
    "reply",
    "set_status",
    "update_policy_settings",
]
