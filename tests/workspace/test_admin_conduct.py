"""Django admin for the abuse protocol: notice texts editable per shop (and checked before
they are saved), warnings, blocks, incidents and complaints read-only."""

import pytest
from django.urls import reverse

from sportello.helpdesk.models import Event, NoticeTemplate, OutboundNotice
from sportello.helpdesk.services import reply
from sportello.helpdesk.services.complaints import file_complaint
from tests.workspace.conduct import INSULT, POLITE, THREAT, write

ADD = reverse("admin:helpdesk_noticetemplate_add")


@pytest.fixture
def records(make_ticket, agent):
    write(make_ticket, POLITE, 0)
    write(make_ticket, INSULT, 1)
    ticket = write(make_ticket, THREAT, 2)
    reply(agent, ticket, "Le rispondiamo appena possibile.")
    file_complaint(ticket, agent_id=agent.pk, text="Scortese.")


def template_form(seller, **fields):
    return {
        "seller": seller.pk,
        "kind": "abuse_warning",
        "language": "it",
        "subject": "Un invito al rispetto - {{ seller.name }}",
        "body": "Ciao {{ customer.name }},\n\n{{ conduct_policy }}\n\n{{ seller.name }}",
    } | fields


def test_the_add_page_shows_the_default_texts(admin_client, seller):
    page = admin_client.get(ADD).content.decode()
    assert "Il testo predefinito di Sportello" in page
    assert "capiamo che un problema con un ordine possa essere frustrante" in page
    assert "{{ conduct_policy }}" in page


def test_a_shop_writes_its_own_warning_and_it_is_used(admin_client, seller, make_ticket):
    response = admin_client.post(ADD, template_form(seller))
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Event.objects.filter(verb="notice_template.created").exists()
    write(make_ticket, POLITE, 0)
    write(make_ticket, INSULT, 1)
    notice = OutboundNotice.objects.get(kind="abuse_warning")
    assert notice.message.subject == "Un invito al rispetto - Il mio negozio"
    assert notice.message.text.startswith("Ciao Mario Rossi,")


@pytest.mark.parametrize(
    ("field", "source", "error"),
    [
        ("body", "Ciao {% if customer.name %}", "Errore nel template"),
        ("subject", "{{ seller.name|nonesiste }}", "Errore nel template"),
        ("body", "{{ seller.name|date:1|add }}", "Errore nel template"),
    ],
)
def test_a_broken_template_is_refused_with_the_error(admin_client, seller, field, source, error):
    response = admin_client.post(ADD, template_form(seller, **{field: source}))
    assert response.status_code == 200
    assert error in response.content.decode()
    assert not NoticeTemplate.objects.exists()


def test_an_unknown_notice_kind_is_refused(admin_client, seller):
    response = admin_client.post(ADD, template_form(seller, kind="promo"))
    assert response.status_code == 200 and not NoticeTemplate.objects.exists()


@pytest.mark.parametrize("model", ["sanction", "incident", "complaint"])
def test_the_protocols_records_are_read_only(admin_client, records, model):
    from django.apps import apps

    listing = admin_client.get(reverse(f"admin:helpdesk_{model}_changelist"))
    assert listing.status_code == 200
    obj = apps.get_model("helpdesk", model).objects.order_by("pk").first()
    change = reverse(f"admin:helpdesk_{model}_change", args=[obj.pk])
    page = admin_client.get(change)
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    assert admin_client.get(reverse(f"admin:helpdesk_{model}_add")).status_code == 403
    delete = reverse(f"admin:helpdesk_{model}_delete", args=[obj.pk])
    assert admin_client.get(delete).status_code == 403


def test_the_admin_hides_a_complaint_from_the_agent_it_concerns(client, records, agent):
    agent.is_staff = agent.is_superuser = True
    agent.save()
    client.force_login(agent)
    listing = client.get(reverse("admin:helpdesk_complaint_changelist")).content.decode()
    assert "0 reclami" in listing
