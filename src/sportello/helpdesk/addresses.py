"""Canonical forms of channel addresses, so one person maps to one identity."""

import phonenumbers

PHONE_CHANNELS = frozenset({"whatsapp", "phone"})


def normalize_email(address: str) -> str:
    return address.strip().strip("<>").lower()


def normalize_phone(address: str, region: str = "IT") -> str:
    """E.164 when it parses as a phone number; WhatsApp ids carry the country code
    without the plus."""
    candidate = address.strip()
    digits = "".join(ch for ch in candidate if ch.isdigit())
    if candidate.startswith("00"):
        candidate = "+" + digits[2:]
    elif not candidate.startswith("+") and len(digits) > 10:
        candidate = "+" + digits
    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return address.strip()
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_address(channel: str, address: str) -> str:
    if channel == "email" or (channel == "web_form" and "@" in address):
        return normalize_email(address)
    if channel in PHONE_CHANNELS:
        return normalize_phone(address)
    return address.strip()


def normalize_order(order: str | None) -> str:
    if not order:
        return ""
    return order.strip().lstrip("#").strip().upper()
