from django.contrib.auth.models import AbstractUser

from sportello.helpdesk.models import Role, Seller
from sportello.helpdesk.services.people import add_member

SIMULATION_AGENT = "simulatore"


def simulation_agent(seller: Seller) -> AbstractUser:
    """The agent who writes a scenario's replies."""
    return add_member(None, seller, SIMULATION_AGENT, Role.AGENT)


SIMULATION_MANAGER = "responsabile-simulato"


def simulation_manager(seller: Seller) -> AbstractUser:
    """The manager who reviews a scenario's warnings and blocks."""
    return add_member(None, seller, SIMULATION_MANAGER, Role.MANAGER)
