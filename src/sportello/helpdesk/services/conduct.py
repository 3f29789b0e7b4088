"""The abuse protocol's state changes (spec/policy.md section 7): warnings and blocks,
their review by managers, incidents for threats."""

from collections.abc import Iterable

from django.db import transaction

from sportello import clock, policy
from sportello.helpdesk import audit
from sportello.helpdesk.audit import Actor
from sportello.helpdesk.errors import ServiceError
from sportello.helpdesk.models import (
    Customer,
    CustomerState,
    Incident,
    IncidentStatus,
    Membership,
    Message,
    Sanction,
    SanctionKind,
    SanctionStatus,
    Seller,
    Ticket,
)
from sportello.helpdesk.services.notices import create_notice
from sportello.helpdesk.services.queue import refresh_queue_fields

KIND_FOR_STATE = {
    CustomerState.WARNED: SanctionKind.WARNING,
    CustomerState.BLOCKED: SanctionKind.BLOCK,
}
STATE_FOR_KIND = {kind: state for state, kind in KIND_FOR_STATE.items()}
NOTICE_FOR_KIND = {
    SanctionKind.WARNING: "abuse_warning",
    SanctionKind.BLOCK: "correspondence_closed",
}


def require_role(actor: Actor, seller: Seller, *, manager: bool) -> None:
    if actor is None or not actor.is_authenticated:
        raise ServiceError("Serve un utente autenticato.")
    membership = Membership.objects.filter(user_id=actor.pk, seller=seller).first()
    if membership is None or (manager and not membership.is_manager):
        raise ServiceError(
            "Solo un responsabile può farlo." if manager else "Non lavori per questo negozio."
        )


def evidence_for(message: Message, labels: Iterable[str]) -> list[dict[str, object]]:
    wanted = set(labels)
    return [span for span in message.spans if span.get("label") in wanted]


def set_standing(customer: Customer, state: str, *, actor: Actor = None, reason: str = "") -> None:
    """Change the stored state and take the customer's tickets in or out of the queue.
    Inside the caller's transaction."""
    old = customer.state
    customer.state = state
    customer.state_since = clock.now()
    customer.save(update_fields=["state", "state_since"])
    for ticket in Ticket.objects.filter(customer=customer).select_related("seller"):
        before = (ticket.needs_reply, ticket.due_at)
        refresh_queue_fields(ticket, customer)
        if (ticket.needs_reply, ticket.due_at) != before:
            ticket.save(update_fields=["needs_reply", "due_at"])
    audit.record(
        "customer.standing_changed",
        actor=actor,
        seller=customer.seller,
        subject=customer,
        old=old,
        new=state,
        reason=reason,
    )


def record_sanction(
    *,
    customer: Customer,
    message: Message,
    ticket: Ticket | None,
    state: str,
    labels: tuple[str, ...],
    reason: str,
    proposed: bool,
) -> Sanction:
    """A warning or block decided by the policy: applied at once, or proposed ("suggest"
    mode). A proposal of the same kind already waiting gathers this message instead."""
    kind = KIND_FOR_STATE[CustomerState(state)]
    if proposed:
        waiting = Sanction.objects.filter(
            customer=customer, kind=kind, status=SanctionStatus.PROPOSED
        ).first()
        if waiting is not None:
            audit.record(
                "sanction.more_evidence",
                seller=customer.seller,
                ticket=ticket,
                subject=waiting,
                message=message.pk,
                labels=list(labels),
            )
            return waiting
    sanction = Sanction.objects.create(
        seller=customer.seller,
        customer=customer,
        kind=kind,
        status=SanctionStatus.PROPOSED if proposed else SanctionStatus.APPLIED,
        message=message,
        ticket=ticket,
        labels=list(labels),
        evidence=evidence_for(message, labels),
        reason=reason[:300],
        created_at=clock.now(),
    )
    audit.record(
        "sanction.proposed" if proposed else "sanction.applied",
        seller=customer.seller,
        ticket=ticket,
        subject=sanction,
        kind=kind,
        customer=customer.pk,
        message=message.pk,
        labels=list(labels),
    )
    if not proposed:
        set_standing(customer, state, reason=reason)
    return sanction


def apply_proposal(actor: Actor, sanction: Sanction) -> Sanction:
    """An agent confirms a proposed warning or block ("suggest" mode): the customer's
    state changes and the notice is sent."""
    with transaction.atomic():
        sanction = _locked(sanction)
        require_role(actor, sanction.seller, manager=False)
        if sanction.status != SanctionStatus.PROPOSED:
            raise ServiceError("Questa proposta è già stata decisa.")
        customer = sanction.customer
        current = policy.standing(
            customer.state, customer.state_since, clock.now(), policy.DEFAULT_RULES
        )
        if sanction.kind == SanctionKind.BLOCK and current != CustomerState.WARNED:
            raise ServiceError("Si blocca solo un cliente già avvisato negli ultimi 90 giorni.")
        if sanction.kind == SanctionKind.WARNING and current != CustomerState.ACTIVE:
            # Applying it would move a blocked customer back to merely warned.
            raise ServiceError(
                "Il cliente è già stato avvisato o bloccato nel frattempo: scarta la proposta."
            )
        sanction.status = SanctionStatus.APPLIED
        sanction.decided_by = actor  # type: ignore[assignment]
        sanction.decided_at = clock.now()
        set_standing(customer, STATE_FOR_KIND[SanctionKind(sanction.kind)], actor=actor)
        sanction.notice = create_notice(
            NOTICE_FOR_KIND[SanctionKind(sanction.kind)],
            seller=sanction.seller,
            customer=customer,
            ticket=sanction.ticket,
            cause=sanction.message,
        )
        sanction.save()
        audit.record(
            "sanction.applied",
            actor=actor,
            seller=sanction.seller,
            ticket=sanction.ticket,
            subject=sanction,
            kind=sanction.kind,
        )
    return sanction


def dismiss_proposal(actor: Actor, sanction: Sanction, reason: str) -> Sanction:
    return _decide(actor, sanction, SanctionStatus.DISMISSED, reason, manager=False)


def confirm_sanction(actor: Actor, sanction: Sanction, reason: str) -> Sanction:
    return _decide(actor, sanction, SanctionStatus.CONFIRMED, reason, manager=True)


def lift_sanction(actor: Actor, sanction: Sanction, reason: str) -> Sanction:
    """A manager lifts a warning or a block: the customer is in good standing again and
    their unanswered tickets return to the queue."""
    return _decide(actor, sanction, SanctionStatus.LIFTED, reason, manager=True)


def _decide(
    actor: Actor, sanction: Sanction, status: SanctionStatus, reason: str, *, manager: bool
) -> Sanction:
    reason = reason.strip()
    if not reason:
        raise ServiceError("Serve un motivo.")
    allowed = {
        SanctionStatus.DISMISSED: {SanctionStatus.PROPOSED},
        SanctionStatus.CONFIRMED: {SanctionStatus.APPLIED},
        SanctionStatus.LIFTED: {SanctionStatus.APPLIED, SanctionStatus.CONFIRMED},
    }[status]
    with transaction.atomic():
        sanction = _locked(sanction)
        require_role(actor, sanction.seller, manager=manager)
        if sanction.status not in allowed:
            raise ServiceError("Questa decisione non si applica più.")
        old = sanction.status
        sanction.status = status
        sanction.decided_by = actor  # type: ignore[assignment]
        sanction.decided_at = clock.now()
        sanction.decision_reason = reason
        sanction.save()
        audit.record(
            f"sanction.{status}",
            actor=actor,
            seller=sanction.seller,
            ticket=sanction.ticket,
            subject=sanction,
            kind=sanction.kind,
            old=old,
            reason=reason,
        )
        if status == SanctionStatus.LIFTED:
            customer = sanction.customer
            # Lifting restores good standing: no other warning or block still stands. Each
            # is lifted with its own event, by the same person for the same reason.
            standing = Sanction.objects.filter(
                customer=customer, status__in=[SanctionStatus.APPLIED, SanctionStatus.CONFIRMED]
            ).exclude(pk=sanction.pk)
            for other in standing.select_for_update(of=("self",)).select_related("ticket"):
                other_old = other.status
                other.status = SanctionStatus.LIFTED
                other.decided_by = actor  # type: ignore[assignment]
                other.decided_at = sanction.decided_at
                other.decision_reason = reason
                other.save(update_fields=["status", "decided_by", "decided_at", "decision_reason"])
                audit.record(
                    "sanction.lifted",
                    actor=actor,
                    seller=other.seller,
                    ticket=other.ticket,
                    subject=other,
                    kind=other.kind,
                    old=other_old,
                    reason=reason,
                    with_sanction=sanction.pk,
                )
            if customer.state != CustomerState.ACTIVE:
                set_standing(customer, CustomerState.ACTIVE, actor=actor, reason=reason)
    return sanction


def _locked(sanction: Sanction) -> Sanction:
    return (
        Sanction.objects.select_for_update(of=("self",))
        .select_related("customer", "seller", "message", "ticket")
        .get(pk=sanction.pk)
    )


def open_incident(customer: Customer, ticket: Ticket | None, message: Message) -> Incident:
    """A threat opens an incident, or adds to the customer's open one."""
    incident = Incident.objects.filter(customer=customer, status=IncidentStatus.OPEN).first()
    if incident is None:
        incident = Incident.objects.create(
            seller=customer.seller, customer=customer, ticket=ticket, opened_at=clock.now()
        )
        verb = "incident.opened"
    else:
        verb = "incident.evidence_added"
    incident.messages.add(message)
    audit.record(
        verb,
        seller=customer.seller,
        ticket=ticket,
        subject=incident,
        message=message.pk,
        labels=list(message.labels),
    )
    return incident


def close_incident(actor: Actor, incident: Incident, status: str, note: str) -> Incident:
    if status not in (IncidentStatus.REPORTED, IncidentStatus.CLOSED):
        raise ServiceError("Stato non valido.")
    with transaction.atomic():
        incident = (
            Incident.objects.select_for_update(of=("self",))
            .select_related("seller")
            .get(pk=incident.pk)
        )
        require_role(actor, incident.seller, manager=True)
        incident.status = status
        incident.note = note.strip()
        incident.closed_by = actor  # type: ignore[assignment]
        incident.closed_at = clock.now()
        incident.save()
        audit.record(
            f"incident.{status}",
            actor=actor,
            seller=incident.seller,
            ticket=incident.ticket,
            subject=incident,
            note=incident.note,
        )
    return incident
