from django.http import HttpResponse
from django.urls import path

app_name = "shop"


def item(request):
    return HttpResponse("item")


urlpatterns = [
    path("item/", item, name="item"),
    path("odd/", item, name=5),
]
