"""The managers' pages (/gestione/): the review of warnings and blocks, the shop's contact
policy settings, tickets that need a manager's eyes, incidents with their evidence, and
complaints about agents. Agents get a 403 page; another shop's records are not found."""

from dataclasses import asdict
from datetime import datetime
from urllib.parse import urlsplit

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q, QuerySet
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sportello.helpdesk import evidence
from sportello.helpdesk.access import visible_tickets
from sportello.helpdesk.errors import ServiceError
from sportello.helpdesk.models import (
    Customer,
    CustomerState,
    Incident,
    Membership,
    MessageState,
    Sanction,
    SanctionStatus,
    TicketStatus,
)
from sportello.helpdesk.services import complaints, conduct, update_policy_settings
from sportello.workspace import display
from sportello.workspace.forms import (
    AttentionFilterForm,
    ConclusionForm,
    DecisionForm,
    IncidentFilterForm,
    IncidentForm,
    PolicySettingsForm,
    ReviewFilterForm,
)
from sportello.workspace.views import (
    PAGE_SIZE,
    DecisionCard,
    _render,
    is_htmx,
    manager_view,
)

CUSTOMER_REF = r"^\s*[cC]-?\s*(\d{1,18})\s*$"


@require_GET
@manager_view
def index_view(request: HttpRequest, membership: Membership) -> HttpResponse:
    return redirect("workspace:review")


# --- Review of warnings and blocks --------------------------------------------------------


def _sanctions(membership: Membership) -> QuerySet[Sanction]:
    return Sanction.objects.filter(seller=membership.seller).select_related(
        "customer", "ticket", "message", "notice", "decided_by"
    )


def filter_by_customer(sanctions: QuerySet[Sanction], text: str) -> QuerySet[Sanction]:
    import re

    text = text.strip()
    if not text:
        return sanctions
    ref = re.match(CUSTOMER_REF, text)
    if ref:
        return sanctions.filter(customer_id=int(ref[1]))
    return sanctions.filter(
        Q(customer__name__icontains=text) | Q(customer__identities__address__icontains=text)
    ).distinct()


def _review_page(
    request: HttpRequest, membership: Membership, refused: DecisionCard | None = None
) -> HttpResponse:
    """The list as the filters in the address ask; after a refused decision posted without
    htmx, as the list the manager came from (its address is in `next`)."""
    params, back = request.GET, request.get_full_path()
    if refused is not None:
        back = _safe_next(request) or reverse("workspace:review")
        params = QueryDict(urlsplit(back).query)
    form = ReviewFilterForm(params or None)
    status, customer = SanctionStatus.APPLIED.value, ""
    if form.is_valid():
        status = form.cleaned_data["status"] or status
        customer = form.cleaned_data["customer"]
    sanctions = _sanctions(membership)
    if status != "all":
        sanctions = sanctions.filter(status=status)
    sanctions = filter_by_customer(sanctions, customer).order_by("-created_at", "-id")
    page = Paginator(sanctions, PAGE_SIZE).get_page(params.get("page"))
    cards = [
        refused if refused is not None and refused.sanction.pk == s.pk else DecisionCard(s)
        for s in page.object_list
    ]
    blocked = (
        Customer.objects.filter(seller=membership.seller, state=CustomerState.BLOCKED)
        .annotate(held=Count("messages", filter=Q(messages__state=MessageState.BLOCKED)))
        .order_by("-state_since", "-id")
    )
    query = params.copy()
    query.pop("page", None)
    return _render(
        request,
        membership,
        "workspace/review.html",
        {
            "form": form,
            "status": status,
            "page": page,
            "cards": cards,
            "blocked_customers": blocked,
            "query": query.urlencode(),
            "back": back,
        },
    )


def _safe_next(request: HttpRequest) -> str:
    back = request.POST.get("next", "")
    if back and url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        return back
    return ""


@require_GET
@manager_view
def review_view(request: HttpRequest, membership: Membership) -> HttpResponse:
    return _review_page(request, membership)


@require_POST
@manager_view
def decide_view(request: HttpRequest, membership: Membership, sanction_id: int) -> HttpResponse:
    """Confirm or lift a warning or block (or apply or dismiss a proposal), with a reason."""
    sanction = get_object_or_404(_sanctions(membership), pk=sanction_id)
    form = DecisionForm(request.POST)
    decision = form.data.get("decision", "")
    reason = form.data.get("reason", "")
    try:
        if decision == "confirm":
            sanction = conduct.confirm_sanction(request.user, sanction, reason)
            done = _("%(kind)s confirmed.")
        elif decision == "lift":
            sanction = conduct.lift_sanction(request.user, sanction, reason)
            done = _("%(kind)s lifted: %(customer)s is in good standing again.")
        elif decision == "apply":
            sanction = conduct.apply_proposal(request.user, sanction)
            done = _("%(kind)s applied: the customer has been sent the notice.")
        elif decision == "dismiss":
            sanction = conduct.dismiss_proposal(request.user, sanction, reason)
            done = _("%(kind)s dismissed: nothing was sent to the customer.")
        else:
            raise ServiceError(_("Choose a decision."))
    except ServiceError as exc:
        card = DecisionCard(sanction, error=str(exc), reason=reason)
        if is_htmx(request):
            return _card(request, membership, card)
        return _review_page(request, membership, refused=card)
    sanction.customer.refresh_from_db()
    messages.success(
        request,
        done
        % {
            "kind": display.sanction_kind_name(sanction.kind),
            "customer": sanction.customer,
        },
    )
    if is_htmx(request):
        return _card(request, membership, DecisionCard(_sanctions(membership).get(pk=sanction.pk)))
    return redirect(_safe_next(request) or reverse("workspace:review"))


def _card(request: HttpRequest, membership: Membership, card: DecisionCard) -> HttpResponse:
    return _render(
        request,
        membership,
        "workspace/review.html#sanction-card",
        {"card": card, "back": _safe_next(request), "swapped": True},
    )


# --- Settings ----------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@manager_view
def settings_view(request: HttpRequest, membership: Membership) -> HttpResponse:
    seller = membership.seller
    if request.method == "POST":
        form = PolicySettingsForm(request.POST)
        if form.is_valid():
            try:
                update_policy_settings(
                    request.user,
                    seller,
                    abuse_mode=form.cleaned_data["abuse_mode"],
                    conduct_policy=form.cleaned_data["conduct_policy"],
                )
            except ServiceError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, _("Settings saved."))
                return redirect("workspace:settings")
    else:
        form = PolicySettingsForm(
            initial={"abuse_mode": seller.abuse_mode, "conduct_policy": seller.conduct_policy}
        )
    language = "en" if (translation.get_language() or "it").startswith("en") else "it"
    default_policy = render_to_string(
        f"notices/{language}/conduct_policy.txt", {"seller": seller}
    ).strip()
    return _render(
        request,
        membership,
        "workspace/settings.html",
        {"form": form, "default_policy": default_policy},
    )


# --- Tickets for a manager's eyes --------------------------------------------------------

ATTENTION = ("manager", "abuse", "incident")


@require_GET
@manager_view
def attention_view(request: HttpRequest, membership: Membership) -> HttpResponse:
    form = AttentionFilterForm(request.GET or None)
    flag, resolved = "", False
    if form.is_valid():
        flag, resolved = form.cleaned_data["flag"], form.cleaned_data["resolved"]
    tickets = visible_tickets(request.user).filter(seller=membership.seller)
    wanted = [flag] if flag else list(ATTENTION)
    # The flags are a JSON list; matching the quoted name works on SQLite and PostgreSQL.
    condition = Q()
    for name in wanted:
        condition |= Q(flags__icontains=f'"{name}"')
    tickets = tickets.filter(condition)
    if not resolved:
        tickets = tickets.exclude(status=TicketStatus.RESOLVED)
    tickets = tickets.order_by("-last_activity_at", "-id")
    page = Paginator(tickets, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return _render(
        request,
        membership,
        "workspace/attention.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )


# --- Incidents ---------------------------------------------------------------------------


def _incidents(membership: Membership) -> QuerySet[Incident]:
    return Incident.objects.filter(seller=membership.seller).select_related(
        "customer", "ticket", "closed_by", "seller"
    )


@require_GET
@manager_view
def incidents_view(request: HttpRequest, membership: Membership) -> HttpResponse:
    form = IncidentFilterForm(request.GET or None)
    incidents = _incidents(membership).annotate(message_count=Count("messages"))
    if form.is_valid() and form.cleaned_data["status"]:
        incidents = incidents.filter(status=form.cleaned_data["status"])
    incidents = incidents.order_by("-opened_at", "-id")
    page = Paginator(incidents, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return _render(
        request,
        membership,
        "workspace/incidents.html",
        {"form": form, "page": page, "query": query.urlencode()},
    )


def _incident_page(
    request: HttpRequest,
    membership: Membership,
    incident: Incident,
    form: IncidentForm | None = None,
) -> HttpResponse:
    pack = evidence.build_pack(incident)
    shown = [
        {
            "m": m,
            "received_at": datetime.fromisoformat(m.received_at),
            "text_html": display.highlight(m.text, [asdict(s) for s in m.spans], "text"),
            "subject_html": display.highlight(m.subject, [asdict(s) for s in m.spans], "subject"),
        }
        for m in pack.messages
    ]
    events = [{"e": e, "at": datetime.fromisoformat(e.at)} for e in pack.events]
    return _render(
        request,
        membership,
        "workspace/incident.html",
        {
            "incident": incident,
            "pack": pack,
            "pack_messages": shown,
            "pack_events": events,
            "form": form or IncidentForm(),
        },
    )


@require_GET
@manager_view
def incident_view(request: HttpRequest, membership: Membership, incident_id: int) -> HttpResponse:
    incident = get_object_or_404(_incidents(membership), pk=incident_id)
    return _incident_page(request, membership, incident)


@require_POST
@manager_view
def incident_close_view(
    request: HttpRequest, membership: Membership, incident_id: int
) -> HttpResponse:
    incident = get_object_or_404(_incidents(membership), pk=incident_id)
    form = IncidentForm(request.POST)
    if not form.is_valid():
        form.add_error(None, _("Choose “reported” or “closed”."))
        return _incident_page(request, membership, incident, form)
    try:
        conduct.close_incident(
            request.user, incident, form.cleaned_data["status"], form.cleaned_data["note"]
        )
    except ServiceError as exc:
        form.add_error(None, str(exc))
        return _incident_page(request, membership, incident, form)
    messages.success(
        request,
        _("Incident %(ref)s: %(status)s.")
        % {
            "ref": incident.ref,
            "status": display.incident_status_name(form.cleaned_data["status"]),
        },
    )
    return redirect("workspace:incident", incident_id=incident.pk)


@require_POST
@manager_view
def incident_export_view(
    request: HttpRequest, membership: Membership, incident_id: int, fmt: str
) -> HttpResponse:
    """A download, recorded as an event: POST, so a link prefetch never exports."""
    incident = get_object_or_404(_incidents(membership), pk=incident_id)
    try:
        export = evidence.export_incident(request.user, incident, fmt)
    except (ServiceError, evidence.EvidenceError) as exc:
        messages.error(request, str(exc))
        return redirect("workspace:incident", incident_id=incident.pk)
    response = HttpResponse(export.content, content_type=export.content_type)
    response["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    response["X-Content-SHA256"] = export.sha256
    return response


# --- Complaints about agents -------------------------------------------------------------


@require_GET
@manager_view
def complaints_view(request: HttpRequest, membership: Membership) -> HttpResponse:
    visible = complaints.visible_complaints(request.user, membership.seller)
    page = Paginator(visible, PAGE_SIZE).get_page(request.GET.get("page"))
    return _render(request, membership, "workspace/complaints.html", {"page": page, "query": ""})


def _complaint_page(
    request: HttpRequest,
    membership: Membership,
    complaint_id: int,
    form: ConclusionForm | None = None,
) -> HttpResponse:
    complaint = get_object_or_404(
        complaints.visible_complaints(request.user, membership.seller).select_related(
            "concluded_by"
        ),
        pk=complaint_id,
    )
    replies = complaint.ticket.messages.filter(kind="reply").select_related("author")
    if complaint.agent_id is not None:
        replies = replies.filter(author_id=complaint.agent_id)
    return _render(
        request,
        membership,
        "workspace/complaint.html",
        {
            "complaint": complaint,
            "replies": replies.order_by("received_at", "id"),
            "form": form or ConclusionForm(),
        },
    )


@require_GET
@manager_view
def complaint_view(request: HttpRequest, membership: Membership, complaint_id: int) -> HttpResponse:
    return _complaint_page(request, membership, complaint_id)


@require_POST
@manager_view
def complaint_conclude_view(
    request: HttpRequest, membership: Membership, complaint_id: int
) -> HttpResponse:
    complaint = get_object_or_404(
        complaints.visible_complaints(request.user, membership.seller), pk=complaint_id
    )
    form = ConclusionForm(request.POST)
    if not form.is_valid():
        return _complaint_page(request, membership, complaint_id, form)
    try:
        complaints.conclude_complaint(request.user, complaint, form.cleaned_data["conclusion"])
    except ServiceError as exc:
        form.add_error("conclusion", str(exc))
        return _complaint_page(request, membership, complaint_id, form)
    messages.success(request, _("Conclusion sent to the customer."))
    return redirect("workspace:complaint", complaint_id=complaint.pk)
