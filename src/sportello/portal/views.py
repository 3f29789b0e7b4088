"""The customer's page for one request, reached by the signed link in every notice.

It shows the public thread only: the customer's own messages, the replies and the
automatic notices sent to them. Never the internal events, labels, flags, other
customers' or other tickets' messages, or the agents' full names."""

from collections.abc import Callable
from functools import wraps
from typing import Concatenate

from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from sportello.helpdesk.errors import ServiceError
from sportello.helpdesk.models import (
    Direction,
    Message,
    MessageKind,
    NoticeState,
    Ticket,
)
from sportello.helpdesk.services import complaints
from sportello.helpdesk.services.notices import LANGUAGES, format_due
from sportello.helpdesk.tokens import ticket_from_token
from sportello.portal.forms import ComplaintForm


def portal_view[**P](
    view: Callable[Concatenate[HttpRequest, Ticket, str, P], HttpResponseBase],
) -> Callable[Concatenate[HttpRequest, str, P], HttpResponseBase]:
    """The token names the ticket, or the page is a friendly 404. The page speaks the
    customer's language, shows the shop's time zone and is never cached or indexed."""

    @wraps(view)
    def wrapper(
        request: HttpRequest, token: str, *args: P.args, **kwargs: P.kwargs
    ) -> HttpResponseBase:
        ticket = ticket_from_token(token)
        if ticket is None:
            response: HttpResponseBase = render(request, "portal/not_found.html", status=404)
        else:
            language = ticket.customer.language
            with (
                translation.override(language if language in LANGUAGES else "it"),
                timezone.override(ticket.seller.time_zone),
            ):
                response = view(request, ticket, token, *args, **kwargs)
        # The link is the customer's key: it must not leak through a Referer or a cache.
        response["Referrer-Policy"] = "no-referrer"
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapper


def public_thread(ticket: Ticket) -> QuerySet[Message]:
    """What the customer may read: their own messages (not auto-replies), and the replies
    and notices sent to them, except those never sent."""
    return (
        ticket.messages.filter(customer_id=ticket.customer_id)
        .filter(
            Q(direction=Direction.IN, kind=MessageKind.CUSTOMER, automatic=False)
            | Q(direction=Direction.OUT, kind__in=[MessageKind.REPLY, MessageKind.NOTICE])
        )
        .exclude(delivery__state=NoticeState.SUPPRESSED)
        .select_related("author")
        .order_by("received_at", "id")
    )


def _agents(ticket: Ticket) -> list[tuple[int, str]]:
    return [
        (int(user.pk), (getattr(user, "first_name", "") or "").strip() or _("Operator"))
        for user in complaints.agents_of(ticket)
    ]


def _page(
    request: HttpRequest, ticket: Ticket, token: str, form: ComplaintForm | None = None
) -> HttpResponse:
    due = ""
    if ticket.needs_reply and ticket.due_at is not None:
        due = format_due(ticket.due_at, ticket.seller, translation.get_language() or "it")
    return render(
        request,
        "portal/ticket.html",
        {
            "ticket": ticket,
            "seller": ticket.seller,
            "token": token,
            "thread": public_thread(ticket),
            "due": due,
            "complaints": ticket.complaints.filter(customer_id=ticket.customer_id).order_by(
                "created_at", "id"
            ),
            "form": form or ComplaintForm(agents=_agents(ticket)),
        },
        status=200 if form is None or not form.errors else 400,
    )


@require_GET
@portal_view
def ticket_view(request: HttpRequest, ticket: Ticket, token: str) -> HttpResponse:
    return _page(request, ticket, token)


@require_http_methods(["GET", "POST"])
@portal_view
def complaint_view(request: HttpRequest, ticket: Ticket, token: str) -> HttpResponse:
    if request.method == "GET":
        return redirect("portal:ticket", token=token)
    form = ComplaintForm(request.POST, agents=_agents(ticket))
    if form.is_valid():
        try:
            complaints.file_complaint(
                ticket, agent_id=form.agent_id(), text=form.cleaned_data["text"]
            )
        except ServiceError as exc:
            form.add_error("text", str(exc))
        else:
            return redirect("portal:complaint_sent", token=token)
    return _page(request, ticket, token, form)


@require_GET
@portal_view
def complaint_sent_view(request: HttpRequest, ticket: Ticket, token: str) -> HttpResponse:
    return render(
        request,
        "portal/complaint_sent.html",
        {"ticket": ticket, "seller": ticket.seller, "token": token},
    )
