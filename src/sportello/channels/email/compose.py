"""An OutboundNotice (an agent's reply or an automatic notice) as an e-mail message.

- From: the seller's name and support address (`Seller.support_email`, else
  DEFAULT_FROM_EMAIL). Bounces come back to that address, so a polled mailbox sees them.
- Message-ID: the one stored on the outbound Message when it was created, so a reply
  to it (In-Reply-To / References) finds the ticket.
- In-Reply-To / References (RFC 5322 section 3.6.4): the answered message's Message-ID,
  after its own References chain (rebuilt from the stored reply candidates). The
  answered message is the notice's cause when it is an e-mail, else the ticket's latest
  inbound e-mail.
- Reply-To: the support address with the ticket's token as a plus tag
  (`assistenza+T42@negozio.it`), so a reply threads even when the customer's program
  drops the headers above. Needs plus addressing on the support mailbox (Gmail,
  Outlook.com, Fastmail, Postfix and Dovecot have it); turn it off with
  SPORTELLO_MAIL_REPLY_TO_TOKEN=false where the provider bounces such addresses.
- Automatic notices (every kind but "reply") carry `Auto-Submitted: auto-replied`
  (RFC 3834) and `X-Auto-Response-Suppress: All`, so vacation responders and Exchange
  do not answer them and no loop can start.
- Body: the stored text, and an HTML alternative rendered from the same text by
  `notices/<language>/email.html` (escaped, paragraphs, links), so both say the same.
"""

from email.utils import formataddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from sportello.channels.email.intake import PLACEHOLDER_DOMAIN, is_placeholder
from sportello.channels.email.threads import split_address
from sportello.helpdesk.models import Direction, Message, OutboundNotice

LANGUAGES = ("it", "en")
MAX_REFERENCES = 20  # RFC 5322 lets a client trim long chains; keep the first and the last


class UndeliverableAddress(ValueError):
    """The recipient is not an address mail can go to."""


def support_address(notice: OutboundNotice) -> str:
    return notice.seller.support_email or settings.DEFAULT_FROM_EMAIL


def reply_to_address(support: str, ticket_id: int | None) -> str:
    if ticket_id is None or not settings.SPORTELLO_MAIL_REPLY_TO_TOKEN:
        return support
    local, _, domain = split_address(support)
    if not local or not domain:
        return support
    return f"{local}+T{ticket_id}@{domain}"


def answered_message(notice: OutboundNotice) -> Message | None:
    cause = notice.cause
    if cause is not None and cause.channel == "email" and cause.external_id:
        return cause
    if notice.ticket_id is None:
        return None
    return (
        Message.objects.filter(ticket_id=notice.ticket_id, channel="email", direction=Direction.IN)
        .exclude(external_id="")
        .order_by("-received_at", "-id")
        .first()
    )


def references(parent: Message) -> list[str]:
    """The parent's References chain, then the parent. `in_reply_to` holds the parent's
    In-Reply-To first and its References from the last to the first. Ids we made up
    for mail that had none are left out: nobody else knows them."""
    chain = [
        i
        for i in dict.fromkeys([*reversed(parent.in_reply_to), parent.external_id])
        if not i.endswith(f"@{PLACEHOLDER_DOMAIN}>")
    ]
    if len(chain) > MAX_REFERENCES:
        chain = [chain[0], *chain[-(MAX_REFERENCES - 1) :]]
    return chain


def build_email(notice: OutboundNotice) -> EmailMultiAlternatives:
    message = notice.message
    if message is None:
        raise ValueError(f"notice {notice.pk} has no message to send")
    if "@" not in notice.to or is_placeholder(notice.to):
        raise UndeliverableAddress(
            f"{notice.to!r} is not an e-mail address: the message had no usable sender, "
            "so nothing can be sent by e-mail"
        )
    support = support_address(notice)
    headers: dict[str, str] = {}
    if message.external_id:
        headers["Message-ID"] = message.external_id
    parent = answered_message(notice)
    chain = references(parent) if parent is not None else []
    if parent is not None and chain and chain[-1] == parent.external_id:
        headers["In-Reply-To"] = parent.external_id
    if chain:
        headers["References"] = " ".join(chain)
    if notice.kind != "reply":
        headers["Auto-Submitted"] = "auto-replied"  # RFC 3834
        headers["X-Auto-Response-Suppress"] = "All"
    email = EmailMultiAlternatives(
        subject=message.subject,
        body=message.text,
        from_email=formataddr((notice.seller.name, support)),
        to=[notice.to],
        reply_to=[reply_to_address(support, notice.ticket_id)],
        headers=headers,
    )
    email.attach_alternative(render_html(notice, message), "text/html")
    return email


def render_html(notice: OutboundNotice, message: Message) -> str:
    language = notice.customer.language if notice.customer is not None else "it"
    language = language if language in LANGUAGES else "it"
    with translation.override(language):
        return render_to_string(
            f"notices/{language}/email.html",
            {
                "text": message.text.strip(),
                "subject": message.subject,
                "seller": notice.seller,
                "ticket": notice.ticket,
                "language": language,
                "automatic": notice.kind != "reply",
            },
        )
