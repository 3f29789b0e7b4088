"""The e-mail channel's records: the IMAP mailboxes Sportello polls.

Passwords. IMAP needs the password itself to log in, so it cannot be hashed; it is
stored as written, in `password`, and readable by whoever can read the database or its
backups. Two ways to do better, both supported:

- use an app password (Gmail, Outlook, Aruba...) that opens this mailbox only and can be
  revoked on its own;
- leave `password` empty and put the name of an environment variable in `password_env`:
  the password then lives in the server's environment (a systemd credential, a container
  secret) and never in the database.

Encrypting the column with a key kept beside it (SECRET_KEY) would only move the secret
to the same machine, so it is not done.
"""

import os
from datetime import datetime, timedelta

from django.db import models
from django.utils.translation import gettext_lazy as _

from sportello import clock
from sportello.helpdesk.models import Seller

# The keyword set on messages Sportello has stored (flag mode), so a person looking at
# the mailbox in their mail program can tell them apart.
PROCESSED_KEYWORD = "$Sportello"


class Security(models.TextChoices):
    SSL = "ssl", _("SSL/TLS (port 993)")
    STARTTLS = "starttls", _("STARTTLS (port 143)")
    NONE = "none", _("none: plain text (tests and local servers only)")


class AfterProcessing(models.TextChoices):
    FLAG = "flag", _(r"mark as read (\Seen) and tag $Sportello")
    MOVE = "move", _("move to another folder")


class Mailbox(models.Model):
    """One IMAP folder polled for a seller. Messages are fetched by UID above `last_uid`,
    stored through ingest(), marked or moved on the server, and only then is `last_uid`
    advanced: a crash at any point fetches a message again at worst, and ingest()'s
    idempotency on the Message-ID keeps it from being stored twice."""

    seller = models.ForeignKey(Seller, on_delete=models.CASCADE, related_name="mailboxes")
    host = models.CharField(_("IMAP server"), max_length=255)
    port = models.PositiveIntegerField(_("port"), default=993)
    security = models.CharField(
        _("security"), max_length=16, choices=Security.choices, default=Security.SSL
    )
    username = models.CharField(_("user name"), max_length=320)
    password = models.CharField(
        _("password"),
        max_length=500,
        blank=True,
        help_text=_("Stored as written: prefer an app password, or use the variable below."),
    )
    password_env = models.CharField(
        _("password from environment variable"),
        max_length=100,
        blank=True,
        help_text=_("The name of an environment variable holding the password."),
    )
    folder = models.CharField(_("folder"), max_length=255, default="INBOX")
    after_processing = models.CharField(
        _("after storing a message"),
        max_length=8,
        choices=AfterProcessing.choices,
        default=AfterProcessing.FLAG,
    )
    move_to = models.CharField(
        _("move to folder"), max_length=255, blank=True, help_text=_("e.g. Sportello")
    )
    start_date = models.DateTimeField(
        _("fetch mail received from"),
        default=clock.now,
        help_text=_(
            "Mail that reached the folder before this day is left alone; "
            "import history with `sportello mail import`."
        ),
    )
    enabled = models.BooleanField(_("enabled"), default=True)
    # Progress on the server, kept by the poller.
    uidvalidity = models.BigIntegerField(null=True, blank=True, editable=False)
    last_uid = models.BigIntegerField(default=0, editable=False)
    lease_until = models.DateTimeField(null=True, blank=True, editable=False)
    last_polled_at = models.DateTimeField(_("last polled"), null=True, blank=True, editable=False)
    last_success_at = models.DateTimeField(
        _("last successful poll"), null=True, blank=True, editable=False
    )
    last_error = models.TextField(_("last error"), blank=True, editable=False)
    consecutive_failures = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(default=clock.now, editable=False)

    class Meta:
        verbose_name = _("IMAP mailbox")
        verbose_name_plural = _("IMAP mailboxes")
        constraints = [
            models.UniqueConstraint(
                fields=["host", "port", "username", "folder"], name="one_poller_per_folder"
            )
        ]

    def __str__(self) -> str:
        return f"{self.username}@{self.host}/{self.folder}"

    def secret(self) -> str:
        """The password: from the named environment variable when one is set."""
        if self.password_env:
            value = os.environ.get(self.password_env)
            if value is None:
                raise LookupError(f"the environment variable {self.password_env} is not set")
            return value
        return self.password

    def support_address(self) -> str | None:
        """The address this mailbox receives for: the seller's, else the login if it is
        an address."""
        if self.seller.support_email:
            return self.seller.support_email
        return self.username if "@" in self.username else None

    def next_poll_at(self, every: timedelta) -> datetime | None:
        """When this mailbox is due: `every` after the last poll, doubled for each
        consecutive failure up to an hour, so a broken server is not hammered."""
        if self.last_polled_at is None:
            return None
        backoff = every * (2 ** min(self.consecutive_failures, 6))
        return self.last_polled_at + min(backoff, max(every, timedelta(hours=1)))
