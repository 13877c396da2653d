"""The DjangoTemplates backend: settings.TEMPLATES -> Engine, and the backend
Template whose render() takes a dict and a request."""

from django.conf import settings
from django.template.context import make_context
from django.template.engine import Engine
from django.template.exceptions import TemplateDoesNotExist

from .base import BaseEngine

# The tag libraries {% load %} knows without any installed app.
_BUILTIN_LIBRARIES = {
    "static": "django.templatetags.static",
}


class DjangoTemplates(BaseEngine):
    app_dirname = "templates"

    def __init__(self, params):
        params = params.copy()
        options = params.pop("OPTIONS").copy()
        options.setdefault("autoescape", True)
        options.setdefault("debug", settings.DEBUG)
        options.setdefault("file_charset", "utf-8")
        libraries = options.get("libraries", {})
        options["libraries"] = self.get_templatetag_libraries(libraries)
        super().__init__(params)
        self.engine = Engine(self.dirs, self.app_dirs, **options)

    def check(self, **kwargs):
        return []

    def from_string(self, template_code):
        return Template(self.engine.from_string(template_code), self)

    def get_template(self, template_name):
        try:
            return Template(self.engine.get_template(template_name), self)
        except TemplateDoesNotExist as exc:
            reraise(exc, self)

    def get_templatetag_libraries(self, custom_libraries):
        libraries = dict(_BUILTIN_LIBRARIES)
        libraries.update(get_installed_libraries())
        libraries.update(custom_libraries)
        return libraries


class Template:
    def __init__(self, template, backend):
        self.template = template
        self.backend = backend

    @property
    def origin(self):
        return self.template.origin

    def render(self, context=None, request=None):
        context = make_context(
            context, request, autoescape=self.backend.engine.autoescape
        )
        try:
            return self.template.render(context)
        except TemplateDoesNotExist as exc:
            reraise(exc, self.backend)


def copy_exception(exc, backend=None):
    backend = backend or exc.backend
    new = exc.__class__(*exc.args, tried=exc.tried, backend=backend, chain=exc.chain)
    if hasattr(exc, "template_debug"):
        new.template_debug = exc.template_debug
    return new


def reraise(exc, backend):
    new = copy_exception(exc, backend)
    raise new from exc


def get_installed_libraries():
    """{name: module path} of the templatetags modules of installed apps."""
    libraries = {}
    for app in settings.INSTALLED_APPS:
        if app.startswith("django."):
            continue
        pkg_name = app + ".templatetags"
        try:
            pkg = __import__(pkg_name, fromlist=["__name__"])
        except ImportError:
            continue
        path = getattr(pkg, "__file__", None)
        if not path:
            continue
        import os

        directory = os.path.dirname(path)
        for entry in sorted(os.listdir(directory)):
            if entry.endswith(".py") and not entry.startswith("_"):
                name = entry[:-3]
                libraries[name] = pkg_name + "." + name
    return libraries
