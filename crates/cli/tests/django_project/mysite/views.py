from django.conf import settings
from django.http import HttpResponse


def index(request):
    return HttpResponse("%s; debug=%s" % (settings.GREETING, settings.DEBUG))


def item(request, pk):
    return HttpResponse("item %d" % (pk * 2))
