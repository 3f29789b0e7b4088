from django.contrib.auth import views as auth_views
from django.urls import path

from sportello.workspace import manager_views, views

app_name = "workspace"
urlpatterns = [
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="workspace/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", views.queue_view, name="queue"),
    path("tickets/", views.tickets_view, name="tickets"),
    path("tickets/<int:ticket_id>/", views.ticket_view, name="ticket"),
    path("tickets/<int:ticket_id>/reply/", views.reply_view, name="reply"),
    path("tickets/<int:ticket_id>/status/", views.status_view, name="status"),
    path(
        "tickets/<int:ticket_id>/attachments/<int:attachment_id>/",
        views.attachment_view,
        name="attachment",
    ),
    path(
        "tickets/<int:ticket_id>/proposals/<int:sanction_id>/",
        views.proposal_view,
        name="proposal",
    ),
    path("customers/<int:customer_id>/", views.customer_view, name="customer"),
    # Managers only.
    path("gestione/", manager_views.index_view, name="manage"),
    path("gestione/revisioni/", manager_views.review_view, name="review"),
    path("gestione/revisioni/<int:sanction_id>/", manager_views.decide_view, name="decide"),
    path("gestione/impostazioni/", manager_views.settings_view, name="settings"),
    path("gestione/attenzione/", manager_views.attention_view, name="attention"),
    path("gestione/incidenti/", manager_views.incidents_view, name="incidents"),
    path("gestione/incidenti/<int:incident_id>/", manager_views.incident_view, name="incident"),
    path(
        "gestione/incidenti/<int:incident_id>/esito/",
        manager_views.incident_close_view,
        name="incident_close",
    ),
    path(
        "gestione/incidenti/<int:incident_id>/esporta.<str:fmt>",
        manager_views.incident_export_view,
        name="incident_export",
    ),
    path("gestione/reclami/", manager_views.complaints_view, name="complaints"),
    path("gestione/reclami/<int:complaint_id>/", manager_views.complaint_view, name="complaint"),
    path(
        "gestione/reclami/<int:complaint_id>/conclusione/",
        manager_views.complaint_conclude_view,
        name="complaint_conclude",
    ),
]
