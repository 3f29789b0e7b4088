"""The agents' workspace. Views parse the request, authorize through
`sportello.helpdesk.access`, call a service and render; they never write a record."""

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import wraps
from typing import Any, Concatenate

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q, QuerySet
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from sportello import clock
from sportello.helpdesk import services
from sportello.helpdesk.access import (
    access_customer,
    access_ticket,
    current_membership,
    visible_tickets,
)
from sportello.helpdesk.errors import ServiceError
from sportello.helpdesk.models import (
    Attachment,
    Complaint,
    ComplaintStatus,
    Incident,
    IncidentStatus,
    Membership,
    Message,
    MessageState,
    OutboundNotice,
    Sanction,
    SanctionStatus,
    Ticket,
    TicketStatus,
)
from sportello.helpdesk.services import complaints, conduct
from sportello.helpdesk.services.queue import queue
from sportello.workspace import display
from sportello.workspace.forms import DecisionForm, ReplyForm, StatusForm, TicketFilterForm

PAGE_SIZE = 50
TICKET_REF = re.compile(r"(?i)t-?\s*(\d{1,18})")


def workspace_view[**P](
    view: Callable[Concatenate[HttpRequest, Membership, P], HttpResponseBase],
) -> Callable[Concatenate[HttpRequest, P], HttpResponseBase]:
    """Login required; the view gets the membership the user works under, and renders in
    that seller's time zone. A user who belongs to no shop gets a page that says so."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: P.args, **kwargs: P.kwargs) -> HttpResponseBase:
        membership = current_membership(request.user)
        if membership is None:
            return render(request, "workspace/no_shop.html", status=403)
        with timezone.override(membership.seller.time_zone):
            return view(request, membership, *args, **kwargs)

    return login_required(wrapper)


def manager_view[**P](
    view: Callable[Concatenate[HttpRequest, Membership, P], HttpResponseBase],
) -> Callable[Concatenate[HttpRequest, P], HttpResponseBase]:
    """A workspace view for the shop's managers; an agent gets a 403 page that says so."""

    @wraps(view)
    def wrapper(
        request: HttpRequest, membership: Membership, *args: P.args, **kwargs: P.kwargs
    ) -> HttpResponseBase:
        if not membership.is_manager:
            return _render(request, membership, "workspace/managers_only.html", {}, status=403)
        return view(request, membership, *args, **kwargs)

    return workspace_view(wrapper)


@dataclass(frozen=True)
class DecisionCard:
    """A warning or block with what the person deciding on it typed, and the service's
    objection if it refused."""

    sanction: Sanction
    error: str = ""
    reason: str = ""


def is_htmx(request: HttpRequest) -> bool:
    return bool(getattr(request, "htmx", False))


def _render(
    request: HttpRequest,
    membership: Membership,
    template: str,
    context: dict[str, Any],
    status: int = 200,
) -> HttpResponse:
    context = {
        "membership": membership,
        "seller": membership.seller,
        "now": clock.now(),
        "queue_count": queue(visible_tickets(request.user)).count(),
        **(manager_counts(request, membership) if membership.is_manager else {}),
        **context,
    }
    return render(request, template, context, status=status)


def manager_counts(request: HttpRequest, membership: Membership) -> dict[str, int]:
    """The numbers beside the managers' menu: what waits for them."""
    seller = membership.seller
    return {
        "review_count": Sanction.objects.filter(
            seller=seller, status=SanctionStatus.APPLIED
        ).count(),
        "incident_count": Incident.objects.filter(
            seller=seller, status=IncidentStatus.OPEN
        ).count(),
        "complaint_count": complaints.visible_complaints(request.user, seller)
        .filter(status=ComplaintStatus.OPEN)
        .count(),
    }


def hides_complaints(request: HttpRequest, membership: Membership, ticket: Ticket) -> bool:
    """Whether this person must not read the conclusions of complaints on this ticket:
    everyone but the managers, and a manager the complaint is about."""
    if not membership.is_manager:
        return True
    return Complaint.objects.filter(ticket=ticket, agent_id=request.user.pk).exists()


def visible_thread(
    request: HttpRequest,
    membership: Membership,
    ticket: Ticket,
    messages_: Iterable[Message],
    events: Iterable[Any],
) -> tuple[list[display.ThreadItem], int]:
    """The ticket's history as this person may see it, and how many messages of a
    blocked customer were left out (agents see a placeholder; managers read them)."""
    hidden = 0
    shown = []
    no_conclusions = hides_complaints(request, membership, ticket)
    for message in messages_:
        if message.state == MessageState.BLOCKED and not membership.is_manager:
            hidden += 1
            continue
        if no_conclusions and _is_conclusion(message):
            continue
        shown.append(message)
    if no_conclusions:
        events = [
            e
            for e in events
            if not (e.verb.startswith("notice.") and e.data.get("kind") == "complaint_conclusion")
        ]
    return display.thread(shown, events), hidden


def _is_conclusion(message: Message) -> bool:
    try:
        return message.delivery.kind == "complaint_conclusion"
    except OutboundNotice.DoesNotExist:
        return False


@require_GET
@workspace_view
def queue_view(request: HttpRequest, membership: Membership) -> HttpResponse:
    tickets = queue(visible_tickets(request.user))
    page = Paginator(tickets, PAGE_SIZE).get_page(request.GET.get("page"))
    return _render(request, membership, "workspace/queue.html", {"page": page})


def search_tickets(tickets: QuerySet[Ticket], text: str) -> QuerySet[Ticket]:
    text = text.strip()
    if not text:
        return tickets
    condition = (
        Q(subject__icontains=text)
        | Q(customer__name__icontains=text)
        | Q(order_number__icontains=text.lstrip("#").strip())
    )
    ref = TICKET_REF.fullmatch(text)
    if ref:
        condition |= Q(pk=int(ref[1]))
    elif text.isdigit() and len(text) <= 18:
        condition |= Q(pk=int(text))
    return tickets.filter(condition)


@require_GET
@workspace_view
def tickets_view(request: HttpRequest, membership: Membership) -> HttpResponse:
    form = TicketFilterForm(request.GET)
    tickets = visible_tickets(request.user)
    if form.is_valid():
        if status := form.cleaned_data["status"]:
            tickets = tickets.filter(status=status)
        tickets = search_tickets(tickets, form.cleaned_data["q"])
    tickets = tickets.order_by("-last_activity_at", "-id")
    page = Paginator(tickets, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return _render(
        request,
        membership,
        "workspace/tickets.html",
        {"page": page, "form": form, "query": query.urlencode()},
    )


def _ticket_page(
    request: HttpRequest,
    membership: Membership,
    ticket: Ticket,
    reply_form: ReplyForm | None = None,
    refused: DecisionCard | None = None,
) -> HttpResponse:
    """The ticket page, or with htmx only its main part (header, thread, forms)."""
    thread_messages = (
        ticket.messages.select_related("author", "delivery")
        .prefetch_related("attachments")
        .order_by("received_at", "id")
    )
    events = ticket.events.order_by("id")
    thread, hidden = visible_thread(request, membership, ticket, thread_messages, events)
    # "Suggest" mode: warnings and blocks the policy proposes wait for an agent here.
    proposals = [
        refused
        if refused is not None and refused.sanction.pk == sanction.pk
        else DecisionCard(sanction)
        for sanction in Sanction.objects.filter(
            customer_id=ticket.customer_id, status=SanctionStatus.PROPOSED
        )
        .select_related("message", "ticket")
        .order_by("created_at", "id")
    ]
    template = "workspace/ticket.html"
    if is_htmx(request):
        template += "#ticket-main"
    return _render(
        request,
        membership,
        template,
        {
            "ticket": ticket,
            "thread": thread,
            "hidden_messages": hidden,
            "proposals": proposals,
            "reply_form": reply_form or ReplyForm(),
            "statuses": TicketStatus.choices,
        },
    )


@require_GET
@workspace_view
def ticket_view(request: HttpRequest, membership: Membership, ticket_id: int) -> HttpResponse:
    ticket = access_ticket(request.user, ticket_id)
    return _ticket_page(request, membership, ticket)


@require_POST
@workspace_view
def reply_view(request: HttpRequest, membership: Membership, ticket_id: int) -> HttpResponse:
    ticket = access_ticket(request.user, ticket_id)
    form = ReplyForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose what happens to the ticket after the reply."))
        return _ticket_page(request, membership, ticket, form)
    try:
        services.reply(
            request.user,
            ticket,
            form.cleaned_data["text"],
            status=form.cleaned_data["then"] or None,
        )
    except ServiceError as exc:
        # Shown beside the text box, where the agent is looking, with the text kept.
        form.add_error("text", str(exc))
        return _ticket_page(request, membership, ticket, form)
    messages.success(request, _("Reply sent to %(customer)s.") % {"customer": ticket.customer})
    if is_htmx(request):
        return _ticket_page(request, membership, access_ticket(request.user, ticket_id))
    return redirect("workspace:ticket", ticket_id=ticket.pk)


@require_POST
@workspace_view
def status_view(request: HttpRequest, membership: Membership, ticket_id: int) -> HttpResponse:
    ticket = access_ticket(request.user, ticket_id)
    form = StatusForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Unknown status."))
        return _ticket_page(request, membership, ticket)
    try:
        ticket = services.set_status(request.user, ticket, form.cleaned_data["status"])
    except ServiceError as exc:
        messages.error(request, str(exc))
        return _ticket_page(request, membership, ticket)
    messages.success(
        request,
        _("The ticket is now “%(status)s”.") % {"status": display.status_name(ticket.status)},
    )
    if is_htmx(request):
        return _ticket_page(request, membership, access_ticket(request.user, ticket_id))
    return redirect("workspace:ticket", ticket_id=ticket.pk)


@require_POST
@workspace_view
def proposal_view(
    request: HttpRequest, membership: Membership, ticket_id: int, sanction_id: int
) -> HttpResponse:
    """An agent applies or dismisses a warning or block the policy proposed."""
    ticket = access_ticket(request.user, ticket_id)
    sanction = get_object_or_404(Sanction, pk=sanction_id, customer_id=ticket.customer_id)
    form = DecisionForm(request.POST)
    decision = form.data.get("decision", "")
    reason = form.data.get("reason", "")
    kind = display.sanction_kind_name(sanction.kind)
    try:
        if decision == "apply":
            conduct.apply_proposal(request.user, sanction)
            done = _("%(kind)s applied: the customer has been sent the notice.")
        elif decision == "dismiss":
            conduct.dismiss_proposal(request.user, sanction, reason)
            done = _("%(kind)s dismissed: nothing was sent to the customer.")
        else:
            raise ServiceError(_("Choose whether to apply or dismiss the proposal."))
    except ServiceError as exc:
        card = DecisionCard(sanction, error=str(exc), reason=reason)
        return _ticket_page(request, membership, ticket, refused=card)
    messages.success(request, done % {"kind": kind})
    if is_htmx(request):
        return _ticket_page(request, membership, access_ticket(request.user, ticket_id))
    return redirect("workspace:ticket", ticket_id=ticket.pk)


@require_GET
@workspace_view
def attachment_view(
    request: HttpRequest, membership: Membership, ticket_id: int, attachment_id: int
) -> FileResponse:
    ticket = access_ticket(request.user, ticket_id)
    attachment = get_object_or_404(Attachment, pk=attachment_id, message__ticket=ticket)
    if not attachment.file:
        raise Http404("attachment content not stored")
    # Always a download: an HTML or SVG attachment must never run in our origin.
    return FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.filename,
        content_type="application/octet-stream",
    )


@require_GET
@workspace_view
def customer_view(request: HttpRequest, membership: Membership, customer_id: int) -> HttpResponse:
    customer = access_customer(request.user, customer_id)
    blocked = customer.messages.filter(state=MessageState.BLOCKED).order_by("-received_at", "-id")
    loose = customer.messages.filter(ticket=None).exclude(state=MessageState.BLOCKED)
    context: dict[str, Any] = {
        "customer": customer,
        "identities": customer.identities.order_by("created_at", "id"),
        "tickets": customer.tickets.select_related("seller").order_by("-last_activity_at", "-id"),
        "loose_messages": loose.order_by("-received_at", "-id"),
    }
    if membership.is_manager:
        context["blocked_messages"] = blocked.select_related("ticket")
        context["sanctions"] = customer.sanctions.select_related("ticket").order_by(
            "-created_at", "-id"
        )
    else:
        context["hidden_messages"] = blocked.count()
    return _render(request, membership, "workspace/customer.html", context)
