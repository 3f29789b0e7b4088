"""Django admin: configuration (sellers, memberships) is editable; the records the policy
cares about (tickets, messages, notices, events) are read-only here, because only the
services may change them, and the audit chain is append-only."""

from typing import Any

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.forms import ModelForm
from django.http import HttpRequest
from django.template import TemplateDoesNotExist, TemplateSyntaxError, engines
from django.template.loader import get_template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from sportello.helpdesk import audit
from sportello.helpdesk.models import (
    Attachment,
    Complaint,
    Customer,
    Event,
    Identity,
    Incident,
    Membership,
    Message,
    NoticeTemplate,
    OutboundNotice,
    Sanction,
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


# --- Notice templates: the shop's own wording of the automatic notices ------------------

NOTICE_KINDS = [
    ("acknowledgement", _("acknowledgement")),
    ("channel_refused", _("official channels reminder")),
    ("abuse_warning", _("abuse warning")),
    ("correspondence_closed", _("correspondence closed")),
    ("complaint_conclusion", _("complaint conclusion")),
]
TEMPLATE_LANGUAGES = [("it", "Italiano"), ("en", "English")]
TEMPLATE_VARIABLES = (
    "{{ customer.name }}, {{ seller.name }}, {{ ticket.ref }}, {{ due }}, "
    "{{ official_channels }} (a list), {{ support_email }}, {{ conduct_policy }}, "
    "{{ portal_url }}, {{ conclusion }} (complaint conclusion only)"
)


def default_notice_text(kind: str, language: str) -> tuple[str, str]:
    """The subject and body templates used when a shop has not written its own."""
    texts = []
    for part in ("subject", "body"):
        try:
            template = get_template(f"notices/{language}/{kind}.{part}.txt")
        except TemplateDoesNotExist:
            texts.append("")
            continue
        texts.append(template.template.source)  # type: ignore[attr-defined]
    return texts[0].strip(), texts[1].strip()


class NoticeTemplateForm(forms.ModelForm[NoticeTemplate]):
    kind = forms.ChoiceField(label=_("notice"), choices=NOTICE_KINDS)
    language = forms.ChoiceField(label=_("language"), choices=TEMPLATE_LANGUAGES)

    class Meta:
        model = NoticeTemplate
        fields = ("seller", "kind", "language", "subject", "body")
        widgets = {"body": forms.Textarea(attrs={"rows": 20, "cols": 90})}
        help_texts = {
            "body": _("Django template syntax. Variables: %(variables)s")
            % {"variables": TEMPLATE_VARIABLES},
        }

    def clean(self) -> dict[str, Any]:
        """A template that does not compile or render is refused with the error, so a
        broken text never reaches a customer."""
        from sportello.helpdesk.services.notices import notice_context

        cleaned = super().clean() or {}
        seller = cleaned.get("seller")
        language = cleaned.get("language") or "it"
        engine = engines["django"]
        for name in ("subject", "body"):
            source = cleaned.get(name)
            if not source:
                continue
            try:
                template = engine.from_string(source)
                if seller is not None:
                    context = notice_context(seller, None, None, language) | {"conclusion": "…"}
                    template.render(context)
            except TemplateSyntaxError as exc:
                self.add_error(
                    name, ValidationError(_("Template error: %(error)s") % {"error": exc})
                )
            except Exception as exc:
                self.add_error(
                    name,
                    ValidationError(
                        _("The template fails when filled in: %(error)s") % {"error": exc}
                    ),
                )
        return cleaned


@admin.register(NoticeTemplate)
class NoticeTemplateAdmin(admin.ModelAdmin):
    form = NoticeTemplateForm
    list_display = ("kind", "language", "seller", "subject", "updated_at")
    list_filter = ("seller", "kind", "language")
    search_fields = ("subject", "body")
    readonly_fields = ("default_text",)
    fields = ("seller", "kind", "language", "subject", "body", "default_text")

    @admin.display(description=_("Sportello's default text"))
    def default_text(self, obj: NoticeTemplate | None) -> SafeString:
        if obj is not None and obj.pk:
            subject, body = default_notice_text(obj.kind, obj.language)
            return format_html("<pre>{}\n\n{}</pre>", subject, body)
        return format_html_join(
            "",
            "<details><summary>{} ({})</summary><pre>{}\n\n{}</pre></details>",
            (
                (label, language, *default_notice_text(kind, language))
                for kind, label in NOTICE_KINDS
                for language, _name in TEMPLATE_LANGUAGES
            ),
        )

    def save_model(
        self, request: HttpRequest, obj: NoticeTemplate, form: ModelForm[Any], change: bool
    ) -> None:
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            audit.record(
                "notice_template.changed" if change else "notice_template.created",
                actor=request.user,
                seller=obj.seller,
                subject=obj,
                kind=obj.kind,
                language=obj.language,
                changes={
                    name: value.pk if isinstance(value, models.Model) else value
                    for name, value in _changes(form).items()
                },
            )

    def delete_model(self, request: HttpRequest, obj: NoticeTemplate) -> None:
        with transaction.atomic():
            audit.record(
                "notice_template.deleted",
                actor=request.user,
                seller=obj.seller,
                subject=obj,
                kind=obj.kind,
                language=obj.language,
            )
            super().delete_model(request, obj)

    def delete_queryset(
        self, request: HttpRequest, queryset: models.QuerySet[NoticeTemplate]
    ) -> None:
        with transaction.atomic():
            for template in queryset.select_related("seller"):
                self.delete_model(request, template)


# --- The abuse protocol's records: read-only, changed only through the services ---------


@admin.register(Sanction)
class SanctionAdmin(ReadOnlyAdmin):
    list_display = ("__str__", "kind", "status", "customer", "ticket", "created_at", "seller")
    list_filter = ("seller", "kind", "status")
    search_fields = ("customer__name", "reason", "decision_reason")
    list_select_related = ("customer", "ticket", "seller")


@admin.register(Incident)
class IncidentAdmin(ReadOnlyAdmin):
    list_display = ("ref", "customer", "ticket", "status", "opened_at", "seller")
    list_filter = ("seller", "status")
    search_fields = ("customer__name", "note")
    list_select_related = ("customer", "ticket", "seller")


@admin.register(Complaint)
class ComplaintAdmin(ReadOnlyAdmin):
    list_display = ("__str__", "customer", "agent", "status", "created_at", "seller")
    list_filter = ("seller", "status")
    search_fields = ("customer__name", "text")
    list_select_related = ("customer", "ticket", "agent", "seller")

    def get_queryset(self, request: HttpRequest) -> models.QuerySet[Complaint]:
        # Never shown to the agent it concerns, even one with access to the admin.
        return super().get_queryset(request).exclude(agent_id=request.user.pk)
