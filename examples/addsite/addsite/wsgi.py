"""WSGI entry point of the add-two-numbers project."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "addsite.settings")

application = get_wsgi_application()
