"""Looking records up on behalf of a user. Every view goes through these: a seller's
data is never visible to another seller's people."""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import QuerySet
from django.http import Http404

from sportello.helpdesk.models import Customer, Membership, Seller, Ticket

User = AbstractBaseUser | AnonymousUser


def memberships(user: User) -> QuerySet[Membership]:
    if not user.is_authenticated:
        return Membership.objects.none()
    return Membership.objects.filter(user_id=user.pk).select_related("seller")


def current_membership(user: User, seller_id: int | None = None) -> Membership | None:
    """The membership the user works under: the given seller's, else their first."""
    qs = memberships(user).order_by("seller_id")
    if seller_id is not None:
        qs = qs.filter(seller_id=seller_id)
    return qs.first()


def visible_tickets(user: User) -> QuerySet[Ticket]:
    if not user.is_authenticated:
        return Ticket.objects.none()
    return Ticket.objects.filter(seller__memberships__user_id=int(user.pk)).select_related(
        "customer", "seller"
    )


def access_ticket(user: User, ticket_id: int) -> Ticket:
    try:
        return visible_tickets(user).get(pk=ticket_id)
    except Ticket.DoesNotExist:
        raise Http404("ticket not found") from None


def access_customer(user: User, customer_id: int) -> Customer:
    if not user.is_authenticated:
        raise Http404("customer not found")
    try:
        return Customer.objects.filter(seller__memberships__user_id=int(user.pk)).get(
            pk=customer_id
        )
    except Customer.DoesNotExist:
        raise Http404("customer not found") from None


def access_seller(user: User, seller_id: int) -> Seller:
    membership = current_membership(user, seller_id)
    if membership is None:
        raise Http404("seller not found")
    return membership.seller
