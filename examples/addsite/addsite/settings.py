"""Settings of the add-two-numbers project (a Django 5.2 settings module)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# Set METAL_SECRET_KEY in production; the fallback is for trying the example.
SECRET_KEY = os.environ.get("METAL_SECRET_KEY", "example-only-not-a-secret-7f3c9a1d")

DEBUG = os.environ.get("METAL_DEBUG", "") == "1"

# The example answers on whatever address it is bound to.
ALLOWED_HOSTS = ["*"]

INSTALLED_APPS = [
    "calculator",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "addsite.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
            ],
        },
    },
]

WSGI_APPLICATION = "addsite.wsgi.application"

STATIC_URL = "static/"

USE_TZ = True
