from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MailChannelConfig(AppConfig):
    """The e-mail channel's records (IMAP mailboxes) and its Django glue: the anymail
    inbound webhook receiver and the periodic IMAP poll. The parsing modules beside this
    one stay pure Python."""

    name = "sportello.channels.email"
    label = "mailchannel"
    verbose_name = _("E-mail channel")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from anymail.signals import inbound
        from django.conf import settings

        from sportello.channels.email import polling, webhooks
        from sportello.helpdesk.periodic import register

        inbound.connect(webhooks.on_inbound, dispatch_uid="sportello-mail-inbound")
        # The job lives with the channel that owns it; registering here (rather than in
        # helpdesk/periodic.py) keeps the helpdesk free of channel imports.
        register("poll_mailboxes", every_seconds=settings.SPORTELLO_IMAP_POLL_SECONDS)(
            polling.enqueue_due_polls
        )
