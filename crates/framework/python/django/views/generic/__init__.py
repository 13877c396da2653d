from django.views.generic.base import RedirectView, TemplateView, View  # noqa: F401
from django.views.generic.edit import FormView  # noqa: F401

__all__ = ["View", "TemplateView", "RedirectView", "FormView"]
