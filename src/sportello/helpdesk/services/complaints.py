"""Complaints about an agent (spec/policy.md section 8): filed by the customer from their
request page, seen and concluded by managers only, never by the agent concerned."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import QuerySet

from sportello import clock
from sportello.helpdesk import audit
from sportello.helpdesk.audit import Actor
from sportello.helpdesk.errors import ServiceError
from sportello.helpdesk.models import (
    Complaint,
    ComplaintStatus,
    Direction,
    Membership,
    MessageKind,
    Seller,
    Ticket,
)
from sportello.helpdesk.services.conduct import require_role
from sportello.helpdesk.services.notices import create_notice

MAX_COMPLAINT_CHARS = 5000


def agents_of(ticket: Ticket) -> QuerySet[AbstractBaseUser]:
    """The people who answered this ticket: whom a complaint can be about."""
    author_ids = ticket.messages.filter(
        direction=Direction.OUT, kind=MessageKind.REPLY, author__isnull=False
    ).values_list("author_id", flat=True)
    return get_user_model().objects.filter(pk__in=author_ids).order_by("first_name", "username")


def file_complaint(ticket: Ticket, *, agent_id: int | None, text: str) -> Complaint:
    """The customer (holding the signed link to their request) files a complaint."""
    text = text.strip()
    if not text:
        raise ServiceError("Descrivi il problema con il servizio.")
    if len(text) > MAX_COMPLAINT_CHARS:
        raise ServiceError(f"Il testo supera i {MAX_COMPLAINT_CHARS} caratteri.")
    agent = None
    if agent_id is not None:
        agent = agents_of(ticket).filter(pk=agent_id).first()
        if agent is None:
            raise ServiceError("Scegli una persona che ha risposto a questa richiesta.")
    with transaction.atomic():
        complaint = Complaint.objects.create(
            seller=ticket.seller,
            customer=ticket.customer,
            ticket=ticket,
            agent=agent,  # type: ignore[misc]
            text=text,
            created_at=clock.now(),
        )
        # The event names no agent: an agent reading the ticket's history must not learn
        # of a complaint about them.
        audit.record(
            "complaint.filed",
            seller=ticket.seller,
            subject=complaint,
            label="customer",
            customer=ticket.customer_id,
        )
    return complaint


def visible_complaints(user: Actor, seller: Seller) -> QuerySet[Complaint]:
    """Managers see the complaints, except those about themselves."""
    if user is None or not user.is_authenticated:
        return Complaint.objects.none()
    membership = Membership.objects.filter(user_id=user.pk, seller=seller).first()
    if membership is None or not membership.is_manager:
        return Complaint.objects.none()
    return (
        Complaint.objects.filter(seller=seller)
        .exclude(agent_id=user.pk)
        .select_related("customer", "ticket", "agent")
        .order_by("status", "-created_at")
    )


def conclude_complaint(actor: Actor, complaint: Complaint, conclusion: str) -> Complaint:
    """A manager writes the conclusion; it is sent to the customer."""
    conclusion = conclusion.strip()
    if not conclusion:
        raise ServiceError("Scrivi la conclusione per il cliente.")
    with transaction.atomic():
        complaint = (
            Complaint.objects.select_for_update(of=("self",))
            .select_related("seller", "customer", "ticket")
            .get(pk=complaint.pk)
        )
        require_role(actor, complaint.seller, manager=True)
        if actor is not None and complaint.agent_id == actor.pk:
            raise ServiceError("Un reclamo su di te lo conclude un altro responsabile.")
        if complaint.status == ComplaintStatus.CONCLUDED:
            raise ServiceError("Questo reclamo è già concluso.")
        complaint.status = ComplaintStatus.CONCLUDED
        complaint.conclusion = conclusion
        complaint.concluded_by = actor  # type: ignore[assignment]
        complaint.concluded_at = clock.now()
        complaint.save()
        cause = (
            complaint.ticket.messages.filter(direction=Direction.IN, kind=MessageKind.CUSTOMER)
            .order_by("-received_at")
            .first()
        )
        if cause is not None:
            create_notice(
                "complaint_conclusion",
                seller=complaint.seller,
                customer=complaint.customer,
                ticket=complaint.ticket,
                cause=cause,
                extra={"conclusion": conclusion},
            )
        audit.record("complaint.concluded", actor=actor, seller=complaint.seller, subject=complaint)
    return complaint
