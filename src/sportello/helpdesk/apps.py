from django.apps import AppConfig


class HelpdeskConfig(AppConfig):
    name = "sportello.helpdesk"
    verbose_name = "Helpdesk"
