"""The abuse protocol's services as the pages use them: warn, block, review (confirm,
lift with a reason), suggest mode (apply, dismiss), incidents, policy settings."""

import pytest

from sportello import clock
from sportello.helpdesk.errors import ServiceError
from sportello.helpdesk.models import (
    CustomerState,
    Event,
    Incident,
    OutboundNotice,
    Sanction,
    SanctionStatus,
    Ticket,
)
from sportello.helpdesk.services import conduct, update_policy_settings
from sportello.helpdesk.services.queue import queue
from tests.workspace.conduct import INSULT, POLITE, THREAT, VAFFA, at, blocked, warned, write


def in_queue(ticket: Ticket) -> bool:
    return queue(Ticket.objects.filter(seller=ticket.seller)).filter(pk=ticket.pk).exists()


def test_an_insult_warns_and_a_second_blocks_with_a_notice_each(make_ticket):
    ticket = warned(make_ticket)
    customer = ticket.customer
    customer.refresh_from_db()
    assert customer.state == CustomerState.WARNED
    warning = Sanction.objects.get(customer=customer)
    assert (warning.kind, warning.status) == ("warning", "applied")
    assert warning.labels == ["abusive"]
    assert {span["text"] for span in warning.evidence} == {
        "Siete dei ladri",
        "incompetenti del cazzo",
    }
    assert warning.notice.kind == "abuse_warning"
    assert in_queue(ticket)  # a warned customer is still answered

    write(make_ticket, VAFFA, 2)
    customer.refresh_from_db()
    assert customer.state == CustomerState.BLOCKED
    block = Sanction.objects.get(customer=customer, kind="block")
    assert block.status == "applied" and block.notice.kind == "correspondence_closed"
    assert not in_queue(ticket)


def test_lifting_needs_a_reason_then_restores_the_customer_and_the_queue(make_ticket, manager):
    ticket = blocked(make_ticket)
    block = Sanction.objects.get(kind="block")
    with pytest.raises(ServiceError, match="motivo"):
        conduct.lift_sanction(manager, block, "   ")
    block.refresh_from_db()
    assert block.status == "applied"

    with clock.frozen(at(3)):
        conduct.lift_sanction(manager, block, "Cliente storico, si è scusato al telefono.")
    block.refresh_from_db()
    ticket.customer.refresh_from_db()
    assert block.status == "lifted" and block.decided_by == manager
    assert ticket.customer.state == CustomerState.ACTIVE
    # The earlier warning no longer stands either: good standing means no sanction.
    warning = Sanction.objects.get(kind="warning")
    assert warning.status == "lifted" and warning.decided_by == manager
    assert warning.decision_reason == "Cliente storico, si è scusato al telefono."
    assert in_queue(ticket)
    events = Event.objects.filter(verb="sanction.lifted").order_by("id")
    assert [e.subject_id for e in events] == [block.pk, warning.pk]  # each with its event
    for event in events:
        assert event.data["reason"] == "Cliente storico, si è scusato al telefono."
        assert event.actor == manager


def test_confirming_keeps_the_block_and_records_the_reason(make_ticket, manager):
    ticket = blocked(make_ticket)
    block = Sanction.objects.get(kind="block")
    conduct.confirm_sanction(manager, block, "Insulti ripetuti.")
    block.refresh_from_db()
    ticket.customer.refresh_from_db()
    assert block.status == "confirmed" and block.decision_reason == "Insulti ripetuti."
    assert ticket.customer.state == CustomerState.BLOCKED
    with pytest.raises(ServiceError):
        conduct.confirm_sanction(manager, block, "di nuovo")  # already decided


def test_an_agent_cannot_confirm_or_lift(make_ticket, agent):
    blocked(make_ticket)
    block = Sanction.objects.get(kind="block")
    for decide in (conduct.confirm_sanction, conduct.lift_sanction):
        with pytest.raises(ServiceError, match="responsabile"):
            decide(agent, block, "motivo")
    block.refresh_from_db()
    assert block.status == "applied"


def test_suggest_mode_proposes_and_an_agent_applies_or_dismisses(
    make_ticket, seller, manager, agent
):
    update_policy_settings(manager, seller, abuse_mode="suggest")
    ticket = warned(make_ticket)
    ticket.customer.refresh_from_db()
    assert ticket.customer.state == CustomerState.ACTIVE  # nothing until an agent decides
    proposal = Sanction.objects.get()
    assert proposal.status == SanctionStatus.PROPOSED and proposal.notice is None
    assert not OutboundNotice.objects.filter(kind="abuse_warning").exists()

    with pytest.raises(ServiceError, match="motivo"):
        conduct.dismiss_proposal(agent, proposal, "")
    conduct.apply_proposal(agent, proposal)
    proposal.refresh_from_db()
    ticket.customer.refresh_from_db()
    assert proposal.status == "applied" and proposal.decided_by == agent
    assert ticket.customer.state == CustomerState.WARNED
    assert OutboundNotice.objects.filter(kind="abuse_warning").count() == 1

    write(make_ticket, VAFFA, 2)
    block = Sanction.objects.get(kind="block")
    assert block.status == "proposed"
    conduct.dismiss_proposal(agent, block, "Era rivolto al corriere, non a noi.")
    block.refresh_from_db()
    ticket.customer.refresh_from_db()
    assert block.status == "dismissed"
    assert ticket.customer.state == CustomerState.WARNED
    assert not OutboundNotice.objects.filter(kind="correspondence_closed").exists()


def test_a_threat_opens_an_incident_and_flags_the_ticket(make_ticket):
    write(make_ticket, POLITE, 0)
    ticket = write(make_ticket, THREAT, 1)
    incident = Incident.objects.get()
    assert incident.customer == ticket.customer and incident.status == "open"
    assert [m.text for m in incident.messages.all()] == [THREAT]
    ticket.refresh_from_db()
    assert {"abuse", "incident"} <= set(ticket.flags)


def test_closing_an_incident_is_for_managers(make_ticket, agent, manager):
    write(make_ticket, THREAT, 0)
    incident = Incident.objects.get()
    with pytest.raises(ServiceError):
        conduct.close_incident(agent, incident, "closed", "")
    conduct.close_incident(manager, incident, "reported", "Denuncia ai Carabinieri, prot. 123.")
    incident.refresh_from_db()
    assert incident.status == "reported" and incident.closed_by == manager
    assert Event.objects.filter(verb="incident.reported").exists()


def test_the_respect_policy_text_is_a_managers_setting_with_an_event(seller, manager, agent):
    text = "Trattate il nostro team con rispetto.\r\nGrazie."
    with pytest.raises(ServiceError):
        update_policy_settings(agent, seller, conduct_policy=text)
    update_policy_settings(manager, seller, conduct_policy=text)
    seller.refresh_from_db()
    assert seller.conduct_policy == "Trattate il nostro team con rispetto.\nGrazie."
    event = Event.objects.get(verb="seller.policy_changed")
    assert event.data["changed"]["conduct_policy"] == ["", seller.conduct_policy]


def test_a_refused_setting_changes_nothing(seller, manager):
    with pytest.raises(ServiceError):
        update_policy_settings(manager, seller, abuse_mode="suggest", conduct_policy="x" * 10_001)
    assert seller.abuse_mode == "automatic"  # not even the object in memory
    seller.refresh_from_db()
    assert seller.abuse_mode == "automatic" and seller.conduct_policy == ""


def test_the_warning_quotes_the_shops_own_policy(make_ticket, seller, manager):
    update_policy_settings(manager, seller, conduct_policy="Niente insulti al nostro team, grazie.")
    warned(make_ticket)
    notice = OutboundNotice.objects.get(kind="abuse_warning")
    assert "Niente insulti al nostro team, grazie." in notice.message.text
    assert INSULT not in notice.message.text


def test_a_stale_warning_proposal_cannot_unblock_a_customer(make_ticket, seller, manager, agent):
    update_policy_settings(manager, seller, abuse_mode="suggest")
    ticket = warned(make_ticket)
    proposal = Sanction.objects.get()
    # The shop switches back to automatic: two more insults warn, then block at once.
    update_policy_settings(manager, seller, abuse_mode="automatic")
    write(make_ticket, INSULT, 2)
    write(make_ticket, VAFFA, 3)
    ticket.customer.refresh_from_db()
    assert ticket.customer.state == CustomerState.BLOCKED
    with pytest.raises(ServiceError, match="nel frattempo"):
        conduct.apply_proposal(agent, proposal)
    ticket.customer.refresh_from_db()
    assert ticket.customer.state == CustomerState.BLOCKED
    conduct.dismiss_proposal(agent, proposal, "Superata dal blocco.")
