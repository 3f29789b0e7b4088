from django.contrib.auth import views as auth_views
from django.urls import path

from sportello.workspace import views

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
    path("customers/<int:customer_id>/", views.customer_view, name="customer"),
]
