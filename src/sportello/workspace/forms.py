"""The workspace's forms: they parse requests; the services decide."""

from django import forms
from django.utils.translation import gettext_lazy as _

from sportello.helpdesk.models import TicketStatus


class ReplyForm(forms.Form):
    # Emptiness and length are the reply service's to judge, so its message is the one shown.
    text = forms.CharField(
        label=_("Your reply"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    then = forms.ChoiceField(
        label=_("Then"),
        required=False,
        choices=[
            ("", _("leave the status as it is")),
            (TicketStatus.PENDING, _("put on hold")),
            (TicketStatus.RESOLVED, _("resolve")),
        ],
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=TicketStatus.choices)


class TicketFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("any status")), *TicketStatus.choices],
    )
    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=200,
        widget=forms.TextInput(
            attrs={"type": "search", "placeholder": _("subject, customer, order, T-12")}
        ),
    )
