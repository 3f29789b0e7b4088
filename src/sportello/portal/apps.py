from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "sportello.portal"
    verbose_name = "Portal"
