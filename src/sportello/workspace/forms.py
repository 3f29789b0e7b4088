"""The workspace's forms: they parse requests; the services decide."""

from django import forms
from django.utils.translation import gettext_lazy as _

from sportello.helpdesk.models import IncidentStatus, SanctionStatus, TicketStatus
from sportello.workspace.display import INCIDENT_STATUSES


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


class DecisionForm(forms.Form):
    """A decision on a warning or block. Whether a reason is needed, and which decisions
    still apply, is the conduct service's to judge."""

    decision = forms.ChoiceField(
        choices=[
            ("confirm", _("confirm")),
            ("lift", _("lift")),
            ("apply", _("apply")),
            ("dismiss", _("dismiss")),
        ]
    )
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


REVIEW_STATUSES = [
    (SanctionStatus.APPLIED, _("to review")),
    (SanctionStatus.PROPOSED, _("proposed (suggest mode)")),
    (SanctionStatus.CONFIRMED, _("confirmed")),
    (SanctionStatus.LIFTED, _("lifted")),
    (SanctionStatus.DISMISSED, _("dismissed")),
    ("all", _("all")),
]


class ReviewFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=REVIEW_STATUSES, initial="applied"
    )
    customer = forms.CharField(
        label=_("Customer"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("name, address, C-12")}),
    )


class PolicySettingsForm(forms.Form):
    abuse_mode = forms.ChoiceField(
        label=_("Abuse protocol"),
        widget=forms.RadioSelect,
        choices=[
            ("automatic", _("Automatic: Sportello warns and blocks at once; managers review")),
            ("suggest", _("Suggest: Sportello proposes, an agent applies or dismisses")),
        ],
    )
    conduct_policy = forms.CharField(
        label=_("Respect policy"),
        required=False,
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 12, "aria-describedby": "policy-help"}),
        help_text=_(
            "Quoted in the warning and in the notice that closes correspondence. "
            "Leave empty to use Sportello's default text, shown below."
        ),
    )


class IncidentForm(forms.Form):
    status = forms.ChoiceField(
        choices=[
            (IncidentStatus.REPORTED, _("reported to the authorities")),
            (IncidentStatus.CLOSED, _("closed")),
        ]
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class IncidentFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("any status")), *INCIDENT_STATUSES.items()],
    )


class ConclusionForm(forms.Form):
    conclusion = forms.CharField(
        label=_("Conclusion for the customer"),
        required=False,
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 8}),
    )


ATTENTION_FLAGS = [
    ("", _("any flag")),
    ("manager", _("for a manager (legal action, escalation)")),
    ("abuse", _("abuse")),
    ("incident", _("incident")),
]


class AttentionFilterForm(forms.Form):
    flag = forms.ChoiceField(label=_("Flag"), required=False, choices=ATTENTION_FLAGS)
    resolved = forms.BooleanField(label=_("Include resolved requests"), required=False)
