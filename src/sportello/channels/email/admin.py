from typing import Any

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from sportello.channels.email.models import Mailbox


class MailboxForm(forms.ModelForm[Mailbox]):
    # Never sent back to the browser; left empty on a change, the stored one is kept.
    password = forms.CharField(
        label=_("password"),
        required=False,
        widget=forms.PasswordInput(render_value=False),
        help_text=_(
            "Stored as written in the database: prefer an app password, or the "
            "environment variable below. Leave empty to keep the current one."
        ),
    )

    class Meta:
        model = Mailbox
        fields = (
            "seller",
            "host",
            "port",
            "security",
            "username",
            "password",
            "password_env",
            "folder",
            "after_processing",
            "move_to",
            "start_date",
            "enabled",
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("password") and self.instance.pk:
            data["password"] = self.instance.password
        if data.get("after_processing") == "move" and not data.get("move_to"):
            self.add_error("move_to", _("Name the folder to move processed mail to."))
        return data


@admin.register(Mailbox)
class MailboxAdmin(admin.ModelAdmin[Mailbox]):
    form = MailboxForm
    list_display = (
        "__str__",
        "seller",
        "enabled",
        "last_success_at",
        "consecutive_failures",
        "last_error",
    )
    list_filter = ("enabled", "seller")
    readonly_fields = (
        "uidvalidity",
        "last_uid",
        "last_polled_at",
        "last_success_at",
        "consecutive_failures",
        "last_error",
    )
