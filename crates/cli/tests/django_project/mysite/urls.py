from django.urls import path

from mysite import views

urlpatterns = [
    path("", views.index, name="index"),
    path("items/<int:pk>/", views.item, name="item"),
    path("divide/<int:pk>/", views.divide, name="divide"),
]
