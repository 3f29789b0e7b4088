"""The helpdesk's records. Only `sportello.helpdesk.services` writes them."""

import functools
import hashlib
import json
from datetime import UTC, date, datetime, time
from typing import Any, ClassVar

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _

from sportello.inbound import CHANNELS
from sportello.sla import BusinessCalendar

CHANNEL_CHOICES = [(c, c) for c in CHANNELS]


class Seller(models.Model):
    """A shop. A single-shop install has one; a marketplace has many."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(unique=True)
    support_email = models.EmailField(_("support e-mail"), blank=True)
    # Business calendar (spec/sla.md).
    time_zone = models.CharField(_("time zone"), max_length=64, default=settings.TIME_ZONE)
    country = models.CharField(_("country"), max_length=2, default="IT")
    subdivision = models.CharField(
        _("subdivision"), max_length=8, blank=True, help_text=_("e.g. MI, RM: patron saint days")
    )
    closure_days = models.JSONField(
        _("closure days"),
        default=list,
        blank=True,
        help_text=_('Inclusive ranges: [["2026-08-10", "2026-08-21"]]'),
    )
    office_hours_start = models.TimeField(_("office hours from"), null=True, blank=True)
    office_hours_end = models.TimeField(_("office hours to"), null=True, blank=True)
    reply_hours = models.PositiveIntegerField(_("reply within (business hours)"), default=24)
    # The contact policy (spec/policy.md); every rule has the spec's default.
    abuse_mode = models.CharField(
        _("abuse protocol"),
        max_length=16,
        choices=[
            ("automatic", _("automatic: warn and block at once")),
            ("suggest", _("suggest: an agent confirms each warning and block")),
        ],
        default="automatic",
    )
    conduct_policy = models.TextField(
        _("respect policy"),
        blank=True,
        help_text=_(
            "Quoted in warnings and in the notice that closes correspondence. "
            "Empty: Sportello's default text."
        ),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("seller")
        verbose_name_plural = _("sellers")

    def __str__(self) -> str:
        return self.name

    def calendar(self) -> BusinessCalendar:
        closures = tuple(
            (date.fromisoformat(start), date.fromisoformat(end)) for start, end in self.closure_days
        )
        office: tuple[time, time] | None = None
        if self.office_hours_start and self.office_hours_end:
            office = (self.office_hours_start, self.office_hours_end)
        return _calendar(self.time_zone, self.country, self.subdivision or None, closures, office)


@functools.lru_cache(maxsize=64)
def _calendar(
    time_zone: str,
    country: str,
    subdiv: str | None,
    closures: tuple[tuple[date, date], ...],
    office: tuple[time, time] | None,
) -> BusinessCalendar:
    # Building one validates the zone and subdivision against the holidays package: worth
    # doing once per set of settings, not for every message.
    return BusinessCalendar(
        time_zone=time_zone, country=country, subdiv=subdiv, closures=closures, office_hours=office
    )


class Role(models.TextChoices):
    AGENT = "agent", _("agent")
    MANAGER = "manager", _("manager")
    ADMIN = "admin", _("administrator")


class Membership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    seller = models.ForeignKey(Seller, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.AGENT)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "seller"], name="one_role_per_seller")
        ]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self) -> str:
        return f"{self.user} @ {self.seller} ({self.role})"

    @property
    def is_manager(self) -> bool:
        return self.role in (Role.MANAGER, Role.ADMIN)


class CustomerState(models.TextChoices):
    ACTIVE = "active", _("active")
    WARNED = "warned", _("warned")
    BLOCKED = "blocked", _("blocked")


class Customer(models.Model):
    """One person, however many channels they use."""

    seller = models.ForeignKey(Seller, on_delete=models.CASCADE, related_name="customers")
    name = models.CharField(_("name"), max_length=200, blank=True)
    state = models.CharField(
        _("state"), max_length=16, choices=CustomerState.choices, default=CustomerState.ACTIVE
    )
    state_since = models.DateTimeField(null=True, blank=True)
    flood_until = models.DateTimeField(null=True, blank=True)
    language = models.CharField(max_length=8, default="it")
    created_at = models.DateTimeField()

    class Meta:
        verbose_name = _("customer")
        verbose_name_plural = _("customers")

    def __str__(self) -> str:
        return self.name or self.ref

    @property
    def ref(self) -> str:
        return f"C-{self.pk}"


class IdentitySource(models.TextChoices):
    CHANNEL = "channel", _("sender on the channel")
    GIVEN = "given", _("given by the customer")
    AGENT = "agent", _("linked by an agent")


class Identity(models.Model):
    """An address a customer writes from (channel, address), or an e-mail they gave."""

    seller = models.ForeignKey(Seller, on_delete=models.CASCADE, related_name="+")
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="identities")
    channel = models.CharField(max_length=16, choices=CHANNEL_CHOICES)
    address = models.CharField(max_length=320)
    source = models.CharField(
        max_length=16, choices=IdentitySource.choices, default=IdentitySource.CHANNEL
    )
    created_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["seller", "channel", "address"], name="one_owner_per_address"
            )
        ]
        verbose_name = _("identity")
        verbose_name_plural = _("identities")

    def __str__(self) -> str:
        return f"{self.channel}:{self.address}"


class TicketStatus(models.TextChoices):
    OPEN = "open", _("open")
    PENDING = "pending", _("pending")
    RESOLVED = "resolved", _("resolved")


class Ticket(models.Model):
    seller = models.ForeignKey(Seller, on_delete=models.CASCADE, related_name="tickets")
    customer = models.ForeignKey(Customer, on_delete=models.PROTECT, related_name="tickets")
    subject = models.CharField(_("subject"), max_length=300, blank=True)
    order_number = models.CharField(_("order number"), max_length=64, blank=True)
    channel = models.CharField(max_length=16, choices=CHANNEL_CHOICES)
    status = models.CharField(
        _("status"), max_length=16, choices=TicketStatus.choices, default=TicketStatus.OPEN
    )
    flags = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField()
    last_activity_at = models.DateTimeField()
    # The queue (spec/policy.md section 5), kept current by the services.
    needs_reply = models.BooleanField(default=False)
    waiting_since = models.DateTimeField(null=True, blank=True)  # oldest unanswered message
    due_at = models.DateTimeField(null=True, blank=True)
    last_reply_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["seller", "needs_reply", "waiting_since"], name="queue_order"),
            models.Index(fields=["customer", "status", "last_activity_at"], name="customer_open"),
        ]
        verbose_name = _("ticket")
        verbose_name_plural = _("tickets")

    def __str__(self) -> str:
        return f"{self.ref} {self.subject}"

    @property
    def ref(self) -> str:
        return f"T-{self.pk}"

    @property
    def is_open(self) -> bool:
        return self.status != TicketStatus.RESOLVED

    def flags_at(self, now: datetime) -> list[str]:
        """The stored flags, plus `flood` while the customer's flood window lasts."""
        flags = list(self.flags)
        flood_until = self.customer.flood_until
        if flood_until is not None and now < flood_until and "flood" not in flags:
            flags.insert(0, "flood")
        return flags


class Direction(models.TextChoices):
    IN = "in", _("from the customer")
    OUT = "out", _("to the customer")


class MessageKind(models.TextChoices):
    CUSTOMER = "customer", _("customer message")
    REPLY = "reply", _("agent reply")
    NOTICE = "notice", _("automatic notice")


class MessageState(models.TextChoices):
    RECEIVED = "received", _("received, not processed yet")
    ACCEPTED = "accepted", _("accepted")
    REFUSED = "refused", _("refused channel")
    AUTOMATIC = "automatic", _("automatic mail")
    BLOCKED = "blocked", _("from a blocked customer")
    ERROR = "error", _("processing failed")
    SENT = "sent", _("outbound")


class Message(models.Model):
    seller = models.ForeignKey(Seller, on_delete=models.CASCADE, related_name="messages")
    ticket = models.ForeignKey(
        Ticket, on_delete=models.CASCADE, null=True, blank=True, related_name="messages"
    )
    customer = models.ForeignKey(
        Customer, on_delete=models.PROTECT, null=True, blank=True, related_name="messages"
    )
    direction = models.CharField(max_length=3, choices=Direction.choices)
    kind = models.CharField(max_length=16, choices=MessageKind.choices)
    state = models.CharField(max_length=16, choices=MessageState.choices)
    channel = models.CharField(max_length=16, choices=CHANNEL_CHOICES)
    external_id = models.CharField(max_length=998, blank=True)
    sender = models.CharField(max_length=320, blank=True)
    sender_name = models.CharField(max_length=200, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True
    )
    subject = models.CharField(max_length=998, blank=True)
    text = models.TextField(blank=True)
    html = models.TextField(blank=True)  # sanitized
    quoted_text = models.TextField(blank=True)
    given_email = models.EmailField(max_length=320, blank=True)
    in_reply_to = models.JSONField(default=list, blank=True)
    order_number = models.CharField(max_length=64, blank=True)
    automatic = models.BooleanField(default=False)
    received_at = models.DateTimeField(db_index=True)
    # What the text layer said (spec/labels.md), kept as evidence.
    labels = models.JSONField(default=list, blank=True)
    spans = models.JSONField(default=list, blank=True)
    questions = models.JSONField(default=list, blank=True)
    language = models.CharField(max_length=8, blank=True)
    problems = models.JSONField(default=list, blank=True)
    extra = models.JSONField(default=dict, blank=True)
    raw = models.FileField(upload_to="raw/%Y/%m/", blank=True)
    created_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["seller", "channel", "external_id"],
                condition=~models.Q(external_id=""),
                name="one_message_per_channel_id",
            )
        ]
        indexes = [
            models.Index(fields=["ticket", "received_at"], name="thread_order"),
            # Lookups by channel id (idempotency, threading); the partial unique index
            # above cannot serve them on SQLite.
            models.Index(fields=["seller", "external_id"], name="message_external_id"),
            models.Index(fields=["customer", "received_at"], name="customer_messages"),
        ]
        verbose_name = _("message")
        verbose_name_plural = _("messages")

    def __str__(self) -> str:
        return f"{self.channel} {self.external_id or self.pk}"


class Attachment(models.Model):
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="attachments/%Y/%m/", blank=True)
    filename = models.CharField(max_length=255)
    content_type = models.CharField(max_length=255)
    size = models.PositiveBigIntegerField(default=0)
    sha256 = models.CharField(max_length=64, blank=True)
    content_id = models.CharField(max_length=255, blank=True)
    inline = models.BooleanField(default=False)
    problem = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.filename


class NoticeState(models.TextChoices):
    QUEUED = "queued", _("queued")
    SENT = "sent", _("sent")
    FAILED = "failed", _("failed")
    SUPPRESSED = "suppressed", _("suppressed")


class OutboundNotice(models.Model):
    """One delivery to a customer: an automatic notice or an agent's reply. The text
    lives in `message` (direction out), so the thread shows what was sent."""

    seller = models.ForeignKey(Seller, on_delete=models.CASCADE, related_name="+")
    ticket = models.ForeignKey(
        Ticket, on_delete=models.CASCADE, null=True, blank=True, related_name="notices"
    )
    customer = models.ForeignKey(
        Customer, on_delete=models.CASCADE, null=True, blank=True, related_name="notices"
    )
    message = models.OneToOneField(
        Message, on_delete=models.CASCADE, null=True, blank=True, related_name="delivery"
    )
    cause = models.ForeignKey(
        Message, on_delete=models.SET_NULL, null=True, blank=True, related_name="caused_notices"
    )
    kind = models.CharField(max_length=32)
    channel = models.CharField(max_length=16, choices=CHANNEL_CHOICES)
    to = models.CharField(max_length=320)
    state = models.CharField(max_length=16, choices=NoticeState.choices, default=NoticeState.QUEUED)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["channel", "to", "kind", "created_at"], name="notice_throttle")
        ]
        verbose_name = _("outbound notice")
        verbose_name_plural = _("outbound notices")

    def __str__(self) -> str:
        return f"{self.kind} to {self.channel}:{self.to} ({self.state})"


class Event(models.Model):
    """Append-only audit row. Each row carries the hash of the one before it, so a
    rewritten history shows (see `sportello.helpdesk.audit`)."""

    created_at = models.DateTimeField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    actor_label = models.CharField(max_length=150)  # "system", a username, "customer"
    verb = models.CharField(max_length=64)
    seller = models.ForeignKey(
        Seller, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    ticket = models.ForeignKey(
        Ticket, on_delete=models.PROTECT, null=True, blank=True, related_name="events"
    )
    subject_type = models.CharField(max_length=32, blank=True)
    subject_id = models.BigIntegerField(null=True, blank=True)
    data = models.JSONField(default=dict, blank=True, encoder=DjangoJSONEncoder)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    GENESIS: ClassVar[str] = "0" * 64

    class Meta:
        indexes = [models.Index(fields=["ticket", "id"], name="ticket_history")]
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_label} {self.verb}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise ValueError("events are append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise ValueError("events are append-only")

    def canonical(self) -> dict[str, Any]:
        return {
            "prev": self.prev_hash,
            "at": self.created_at.astimezone(UTC).isoformat(),
            "actor": self.actor_id,
            "actor_label": self.actor_label,
            "verb": self.verb,
            "seller": self.seller_id,
            "ticket": self.ticket_id,
            "subject": [self.subject_type, self.subject_id],
            "data": self.data,
        }

    def compute_hash(self) -> str:
        payload = json.dumps(self.canonical(), sort_keys=True, separators=(",", ":"), default=str)
        return hashlib.sha256(payload.encode()).hexdigest()


class NoticeTemplate(models.Model):
    """A seller's own text for an automatic notice; without one, the default template in
    `helpdesk/templates/notices/<language>/` is used. Django template syntax."""

    seller = models.ForeignKey(Seller, on_delete=models.CASCADE, related_name="notice_templates")
    kind = models.CharField(_("notice"), max_length=32)
    language = models.CharField(_("language"), max_length=8, default="it")
    subject = models.CharField(_("subject"), max_length=300)
    body = models.TextField(_("text"))
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["seller", "kind", "language"], name="one_template_per_notice"
            )
        ]
        verbose_name = _("notice template")
        verbose_name_plural = _("notice templates")

    def __str__(self) -> str:
        return f"{self.kind} ({self.language})"


class SanctionKind(models.TextChoices):
    WARNING = "warning", _("warning")
    BLOCK = "block", _("block")


class SanctionStatus(models.TextChoices):
    PROPOSED = "proposed", _("proposed, waiting for an agent")
    APPLIED = "applied", _("applied, waiting for a manager's review")
    CONFIRMED = "confirmed", _("confirmed by a manager")
    LIFTED = "lifted", _("lifted")
    DISMISSED = "dismissed", _("dismissed")


class Sanction(models.Model):
    """A warning or a block under the abuse protocol, with the evidence that caused it.
    Every one lands in the managers' review list."""

    seller = models.ForeignKey(Seller, on_delete=models.CASCADE, related_name="sanctions")
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="sanctions")
    kind = models.CharField(max_length=16, choices=SanctionKind.choices)
    status = models.CharField(max_length=16, choices=SanctionStatus.choices)
    message = models.ForeignKey(Message, on_delete=models.PROTECT, related_name="sanctions")
    ticket = models.ForeignKey(
        Ticket, on_delete=models.SET_NULL, null=True, blank=True, related_name="sanctions"
    )
    labels = models.JSONField(default=list)
    evidence = models.JSONField(default=list)  # the message's spans for those labels
    reason = models.CharField(max_length=300)
    created_at = models.DateTimeField()
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(blank=True)
    notice = models.ForeignKey(
        OutboundNotice, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        indexes = [models.Index(fields=["seller", "status", "created_at"], name="sanction_review")]
        verbose_name = _("sanction")
        verbose_name_plural = _("sanctions")

    def __str__(self) -> str:
        return f"{self.kind} {self.customer} ({self.status})"


class IncidentStatus(models.TextChoices):
    OPEN = "open", _("open")
    REPORTED = "reported", _("reported to the authorities")
    CLOSED = "closed", _("closed")


class Incident(models.Model):
    """A threat: a candidate report to the authorities, with its evidence."""

    seller = models.ForeignKey(Seller, on_delete=models.CASCADE, related_name="incidents")
    customer = models.ForeignKey(Customer, on_delete=models.PROTECT, related_name="incidents")
    ticket = models.ForeignKey(
        Ticket, on_delete=models.SET_NULL, null=True, blank=True, related_name="incidents"
    )
    messages = models.ManyToManyField(Message, related_name="incidents")
    status = models.CharField(
        max_length=16, choices=IncidentStatus.choices, default=IncidentStatus.OPEN
    )
    opened_at = models.DateTimeField()
    note = models.TextField(blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("incident")
        verbose_name_plural = _("incidents")

    def __str__(self) -> str:
        return f"I-{self.pk} {self.customer}"

    @property
    def ref(self) -> str:
        return f"I-{self.pk}"


class ComplaintStatus(models.TextChoices):
    OPEN = "open", _("open")
    CONCLUDED = "concluded", _("concluded")


class Complaint(models.Model):
    """A customer's complaint about an agent (spec/policy.md section 8). Managers only;
    never shown to the agent concerned."""

    seller = models.ForeignKey(Seller, on_delete=models.CASCADE, related_name="complaints")
    customer = models.ForeignKey(Customer, on_delete=models.PROTECT, related_name="complaints")
    ticket = models.ForeignKey(Ticket, on_delete=models.PROTECT, related_name="complaints")
    agent = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    text = models.TextField()
    status = models.CharField(
        max_length=16, choices=ComplaintStatus.choices, default=ComplaintStatus.OPEN
    )
    created_at = models.DateTimeField()
    conclusion = models.TextField(blank=True)
    concluded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    concluded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")

    def __str__(self) -> str:
        return f"complaint {self.pk} on {self.ticket}"
