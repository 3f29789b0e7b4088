from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("anymail/", include("anymail.urls")),
    path("r/", include("sportello.portal.urls")),
    path("", include("sportello.workspace.urls")),
]
