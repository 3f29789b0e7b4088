"""Complaints about an agent (spec/policy.md section 8): managers only, never the agent
concerned; the conclusion goes to the customer."""

import pytest

from sportello.helpdesk.errors import ServiceError
from sportello.helpdesk.models import Event, OutboundNotice
from sportello.helpdesk.services import reply
from sportello.helpdesk.services.complaints import (
    agents_of,
    conclude_complaint,
    file_complaint,
    visible_complaints,
)
from sportello.helpdesk.services.people import add_member


@pytest.fixture
def answered(make_ticket, agent):
    ticket = make_ticket()
    reply(agent, ticket, "Buongiorno, le rispondiamo entro domani.")
    return ticket


def test_only_who_answered_the_ticket_can_be_named(answered, agent, manager):
    assert list(agents_of(answered)) == [agent]
    with pytest.raises(ServiceError, match="risposto"):
        file_complaint(answered, agent_id=manager.pk, text="Scortese.")
    with pytest.raises(ServiceError, match="Descrivi"):
        file_complaint(answered, agent_id=agent.pk, text="   ")
    with pytest.raises(ServiceError, match="5000"):
        file_complaint(answered, agent_id=None, text="x" * 5001)


def test_managers_see_complaints_except_those_about_themselves(answered, agent, manager, seller):
    about_agent = file_complaint(answered, agent_id=agent.pk, text="Mi ha risposto male.")
    general = file_complaint(answered, agent_id=None, text="Tempi lunghi.")
    assert set(visible_complaints(manager, seller)) == {about_agent, general}
    assert not visible_complaints(agent, seller).exists()

    # The agent becomes a manager: still never sees the complaint about them.
    agent.memberships.update(role="manager")
    assert list(visible_complaints(agent, seller)) == [general]
    with pytest.raises(ServiceError, match="altro responsabile"):
        conclude_complaint(agent, about_agent, "Archiviato.")


def test_the_filing_event_names_no_agent_and_joins_no_ticket(answered, agent):
    complaint = file_complaint(answered, agent_id=agent.pk, text="Mi ha risposto male.")
    event = Event.objects.get(verb="complaint.filed")
    assert event.ticket is None and event.actor_label == "customer"
    assert event.data == {"customer": answered.customer_id}  # no agent, no text
    assert event.subject_id == complaint.pk


def test_the_conclusion_is_sent_to_the_customer(answered, agent, manager):
    complaint = file_complaint(answered, agent_id=agent.pk, text="Mi ha risposto male.")
    with pytest.raises(ServiceError):
        conclude_complaint(manager, complaint, "  ")
    conclude_complaint(manager, complaint, "Abbiamo parlato con il collega: ci scusiamo.")
    complaint.refresh_from_db()
    assert complaint.status == "concluded" and complaint.concluded_by == manager
    notice = OutboundNotice.objects.get(kind="complaint_conclusion")
    assert notice.to == "anna@example.it"
    assert "Abbiamo parlato con il collega: ci scusiamo." in notice.message.text
    with pytest.raises(ServiceError, match="già concluso"):
        conclude_complaint(manager, complaint, "Di nuovo.")


def test_a_manager_of_another_shop_sees_nothing(answered, agent, other_seller):
    file_complaint(answered, agent_id=agent.pk, text="Mi ha risposto male.")
    stranger = add_member(None, other_seller, "altro", "manager", password="x" * 20)
    assert not visible_complaints(stranger, other_seller).exists()
    assert not visible_complaints(stranger, answered.seller).exists()
