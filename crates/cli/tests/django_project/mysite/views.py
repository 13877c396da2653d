from django.conf import settings
from django.http import HttpResponse


def index(request):
    return HttpResponse("%s; debug=%s" % (settings.GREETING, settings.DEBUG))


def item(request, pk):
    return HttpResponse("item %d" % (pk * 2))


def divide(request, pk):
    numerator = pk * 10
    secret_token = "do-not-show"
    return HttpResponse("%d" % (numerator / (pk - pk)))
