from django.urls import path

from sportello.portal import views

app_name = "portal"
urlpatterns = [
    path("<str:token>/", views.ticket_view, name="ticket"),
    path("<str:token>/reclamo/", views.complaint_view, name="complaint"),
    path("<str:token>/reclamo/inviato/", views.complaint_sent_view, name="complaint_sent"),
]
