class ServiceError(Exception):
    """A request a service refuses, with a message fit to show the person who asked."""
