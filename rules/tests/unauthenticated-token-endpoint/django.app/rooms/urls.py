from django.contrib.auth.decorators import login_required
from django.urls import path

from . import views

urlpatterns = [
    path('token/', login_required(views.token)),
    path('guest-token/', views.guest_token),
]
