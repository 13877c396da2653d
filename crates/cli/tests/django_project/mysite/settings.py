import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "django-insecure-test-only"
DEBUG = os.environ.get("MYSITE_DEBUG") == "1"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = []
MIDDLEWARE = ["mysite.middleware.PoweredBy"]
ROOT_URLCONF = "mysite.urls"
STATIC_URL = "static/"
GREETING = "hello from " + BASE_DIR.name
