"""Abuse that only the text layer's learned model saw (text/model.py): likely, not
certain, so in the automatic mode too the warning waits for an agent, who sees the
sentence the model weighed and applies or dismisses it."""

from django.urls import reverse

from sportello.helpdesk.models import CustomerState, OutboundNotice, Sanction
from tests.workspace.conduct import POLITE, THREAT, write

# an insinuation with no threatening word: no rule catches it, the model does
INSINUATION = "Conosco la strada che fa il vostro furgone ogni mattina. Pensateci."


def test_a_threat_only_the_model_saw_is_proposed_and_shown(agent_client, make_ticket):
    write(make_ticket, POLITE, 0)
    ticket = write(make_ticket, INSINUATION, 1)
    ticket.customer.refresh_from_db()
    assert ticket.customer.state == CustomerState.ACTIVE
    assert not OutboundNotice.objects.filter(kind="abuse_warning").exists()
    proposal = Sanction.objects.get()
    assert proposal.status == "proposed" and "learned model only" in proposal.reason
    html = agent_client.get(reverse("workspace:ticket", args=[ticket.pk])).content.decode()
    assert "Proposta: avviso" in html
    assert "Conosco la strada che fa il vostro furgone ogni mattina.</mark>" in html


def test_a_threat_a_rule_caught_still_warns_at_once(make_ticket):
    write(make_ticket, POLITE, 0)
    ticket = write(make_ticket, THREAT, 1)
    ticket.customer.refresh_from_db()
    assert ticket.customer.state == CustomerState.WARNED
    assert OutboundNotice.objects.filter(kind="abuse_warning").count() == 1
