"""Django admin: configuration editable, the policy's records read-only."""

import pytest
from django.urls import reverse

from sportello.helpdesk.models import Event, Membership, Seller


@pytest.fixture
def admin_client_with_data(admin_client, make_ticket, agent):
    make_ticket()
    return admin_client


MODELS = ["seller", "membership", "customer", "ticket", "message", "outboundnotice", "event"]


@pytest.mark.parametrize("model", MODELS)
def test_every_admin_list_and_page_loads(admin_client_with_data, model):
    listing = admin_client_with_data.get(reverse(f"admin:helpdesk_{model}_changelist"))
    assert listing.status_code == 200
    from django.apps import apps

    obj = apps.get_model("helpdesk", model).objects.order_by("pk").first()
    assert obj is not None
    page = admin_client_with_data.get(reverse(f"admin:helpdesk_{model}_change", args=[obj.pk]))
    assert page.status_code == 200


@pytest.mark.parametrize("model", ["customer", "ticket", "message", "outboundnotice", "event"])
def test_the_policys_records_cannot_be_added_changed_or_deleted(admin_client_with_data, model):
    from django.apps import apps

    obj = apps.get_model("helpdesk", model).objects.order_by("pk").first()
    assert admin_client_with_data.get(reverse(f"admin:helpdesk_{model}_add")).status_code == 403
    delete = reverse(f"admin:helpdesk_{model}_delete", args=[obj.pk])
    assert admin_client_with_data.get(delete).status_code == 403
    change = reverse(f"admin:helpdesk_{model}_change", args=[obj.pk])
    page = admin_client_with_data.get(change).content.decode()
    assert 'name="_save"' not in page  # a view page, not a form


def test_an_event_posted_to_the_admin_stays_as_it_was(admin_client_with_data):
    event = Event.objects.order_by("pk").first()
    change = reverse("admin:helpdesk_event_change", args=[event.pk])
    response = admin_client_with_data.post(change, {"verb": "rewritten"})
    assert response.status_code == 403
    event.refresh_from_db()
    assert event.verb != "rewritten"


def test_seller_settings_are_editable_and_audited(admin_client_with_data, seller):
    change = reverse("admin:helpdesk_seller_change", args=[seller.pk])
    page = admin_client_with_data.get(change).content.decode()
    assert "Calendario lavorativo" in page  # the admin speaks Italian too
    response = admin_client_with_data.post(
        change,
        {
            "name": seller.name,
            "slug": seller.slug,
            "support_email": "assistenza@negozio.it",
            "time_zone": "Europe/Rome",
            "country": "IT",
            "subdivision": "MI",
            "closure_days": '[["2026-08-10", "2026-08-21"]]',
            "office_hours_start": "",
            "office_hours_end": "",
            "reply_hours": "24",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    seller.refresh_from_db()
    assert seller.subdivision == "MI"
    assert seller.closure_days == [["2026-08-10", "2026-08-21"]]
    event = Event.objects.filter(verb="seller.changed").get()
    assert event.data["changes"]["subdivision"] == "MI"
    assert event.actor_label == "admin"


def test_a_membership_can_be_added_and_is_audited(
    admin_client_with_data, seller, django_user_model
):
    newcomer = django_user_model.objects.create_user("nuovo")
    response = admin_client_with_data.post(
        reverse("admin:helpdesk_membership_add"),
        {"user": newcomer.pk, "seller": seller.pk, "role": "manager"},
    )
    assert response.status_code == 302
    assert Membership.objects.get(user=newcomer).role == "manager"
    assert Event.objects.filter(verb="member.added", data__username="nuovo").exists()


def test_sellers_cannot_be_deleted_from_the_admin(admin_client_with_data, seller):
    delete = reverse("admin:helpdesk_seller_delete", args=[seller.pk])
    assert admin_client_with_data.get(delete).status_code == 403
    assert Seller.objects.filter(pk=seller.pk).exists()
