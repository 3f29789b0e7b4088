"""The portal's one form: a complaint about the service. The complaints service judges
the text and whether the person named answered this request."""

from collections import Counter
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

NOBODY = ""


class ComplaintForm(forms.Form):
    agent = forms.ChoiceField(label=_("Who is it about?"), required=False)
    text = forms.CharField(
        label=_("What went wrong?"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6, "maxlength": 5000}),
        help_text=_("Please tell us politely what happened and what you expected."),
    )

    def __init__(self, *args: Any, agents: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["agent"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [(NOBODY, _("nobody in particular")), *first_names(agents)]

    def agent_id(self) -> int | None:
        value = self.cleaned_data.get("agent") or NOBODY
        return int(value) if value.isdigit() else None


def first_names(agents: list[tuple[int, str]]) -> list[tuple[str, str]]:
    """First names only; two people with the same one are told apart by a number."""
    counts = Counter(name for _pk, name in agents)
    seen: Counter[str] = Counter()
    choices = []
    for pk, name in agents:
        seen[name] += 1
        label = f"{name} ({seen[name]})" if counts[name] > 1 else name
        choices.append((str(pk), label))
    return choices
