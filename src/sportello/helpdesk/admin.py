"""Django admin: configuration (sellers, memberships) is editable; the records the policy
cares about (tickets, messages, notices, events) are read-only here, because only the
services may change them, and the audit chain is append-only."""

from typing import Any

from django.contrib import admin
from django.db import models, transaction
from django.forms import ModelForm
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from sportello.helpdesk import audit
from sportello.helpdesk.models import (
    Attachment,
    Customer,
    Event,
    Identity,
    Membership,
    Message,
    OutboundNotice,
    Seller,
    Ticket,
)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Viewable, never added, changed or deleted through the admin."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


def _changes(form: ModelForm[Any]) -> dict[str, Any]:
    return {name: form.cleaned_data.get(name) for name in form.changed_data}


@admin.register(Seller)
class SellerAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "time_zone", "subdivision", "reply_hours")
    search_fields = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    fieldsets = (
        (None, {"fields": ("name", "slug", "support_email")}),
        (
            _("Business calendar"),
            {
                "fields": (
                    "time_zone",
                    "country",
                    "subdivision",
                    "closure_days",
                    ("office_hours_start", "office_hours_end"),
                    "reply_hours",
                )
            },
        ),
    )

    def has_delete_permission(self, request: HttpRequest, obj: Seller | None = None) -> bool:
        return False  # a seller's history is protected by its events

    def save_model(
        self, request: HttpRequest, obj: Seller, form: ModelForm[Any], change: bool
    ) -> None:
        with transaction.atomic():  # the event commits with the change, or neither does
            super().save_model(request, obj, form, change)
            audit.record(
                "seller.changed" if change else "seller.created",
                actor=request.user,
                seller=obj,
                subject=obj,
                changes=_changes(form),
            )


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ("user", "seller", "role")
    list_filter = ("seller", "role")
    search_fields = ("user__username", "user__email", "seller__name")
    autocomplete_fields = ("user",)

    def save_model(
        self, request: HttpRequest, obj: Membership, form: ModelForm[Any], change: bool
    ) -> None:
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            audit.record(
                "member.updated" if change else "member.added",
                actor=request.user,
                seller=obj.seller,
                subject=obj.user,
                username=obj.user.get_username(),
                role=obj.role,
            )

    def delete_model(self, request: HttpRequest, obj: Membership) -> None:
        with transaction.atomic():
            audit.record(
                "member.removed",
                actor=request.user,
                seller=obj.seller,
                subject=obj.user,
                username=obj.user.get_username(),
                role=obj.role,
            )
            super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: models.QuerySet[Membership]) -> None:
        with transaction.atomic():
            for membership in queryset.select_related("user", "seller"):
                self.delete_model(request, membership)


class IdentityInline(ReadOnlyInline):
    model = Identity
    fields = ("channel", "address", "source", "created_at")
    readonly_fields = fields


@admin.register(Customer)
class CustomerAdmin(ReadOnlyAdmin):
    list_display = ("__str__", "seller", "state", "created_at")
    list_filter = ("seller", "state")
    search_fields = ("name", "identities__address")
    inlines = (IdentityInline,)


class MessageInline(ReadOnlyInline):
    model = Message
    fields = ("received_at", "direction", "kind", "channel", "sender", "state", "subject")
    readonly_fields = fields
    ordering = ("received_at", "id")
    show_change_link = True


@admin.register(Ticket)
class TicketAdmin(ReadOnlyAdmin):
    list_display = ("ref", "subject", "customer", "status", "needs_reply", "due_at", "seller")
    list_filter = ("seller", "status", "needs_reply", "channel")
    search_fields = ("subject", "order_number", "customer__name")
    list_select_related = ("customer", "seller")
    inlines = (MessageInline,)


class AttachmentInline(ReadOnlyInline):
    model = Attachment
    fields = ("filename", "content_type", "size", "sha256", "inline", "problem")
    readonly_fields = fields


@admin.register(Message)
class MessageAdmin(ReadOnlyAdmin):
    list_display = ("__str__", "received_at", "direction", "kind", "state", "sender", "ticket")
    list_filter = ("seller", "direction", "kind", "state", "channel")
    search_fields = ("subject", "sender", "external_id")
    list_select_related = ("ticket",)
    exclude = ("raw",)
    inlines = (AttachmentInline,)


@admin.register(OutboundNotice)
class OutboundNoticeAdmin(ReadOnlyAdmin):
    list_display = ("kind", "channel", "to", "state", "attempts", "created_at", "sent_at")
    list_filter = ("state", "kind", "channel")
    search_fields = ("to",)


@admin.register(Event)
class EventAdmin(ReadOnlyAdmin):
    list_display = ("id", "created_at", "actor_label", "verb", "seller", "ticket")
    list_filter = ("verb", "seller")
    search_fields = ("verb", "actor_label", "hash")
    list_select_related = ("seller", "ticket")
