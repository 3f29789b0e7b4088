from django.apps import AppConfig


class WorkspaceConfig(AppConfig):
    name = "sportello.workspace"
    verbose_name = "Workspace"
