"""The DjangoTemplates backend: settings.TEMPLATES -> Engine, and the backend
Template whose render() takes a dict and a request."""

from _metal_template import render_request as _render_request

from django.conf import settings
from django.template import base as _base
from django.template import context as _context
from django.template.context import make_context
from django.template.engine import Engine
from django.template.exceptions import TemplateDoesNotExist
from django.utils._kit import ABSENT, class_reads
from django.utils.safestring import SafeString

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
        autoescape = self.backend.engine.autoescape
        if request is not None:
            # make_context and base.Template.render's work, natively when nothing it
            # stands in for was changed (None otherwise, before anything happened).
            try:
                text = _render_request(self.template, context, request, autoescape, _RENDER_KIT)
            except TemplateDoesNotExist as exc:
                reraise(exc, self.backend)
            if text is not None:
                return text
        context = make_context(context, request, autoescape=autoescape)
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


def _merge_processor(updates, processor, data):
    """A context processor's result merged as _bind_request_context's loop does."""
    try:
        updates.update(data)
    except TypeError as e:
        raise TypeError(
            f"Context processor {processor.__qualname__} didn't return a dictionary."
        ) from e


# What _metal_template.render_request stands in for and compares by identity (see its
# module comment), taken now, before anything can patch it: the methods the Python
# path would call, the attributes it stores (absent from the classes, or a plain class
# value), and the module globals it reads.
_RENDER_KIT = (
    _base.Template,
    _context.RequestContext,
    _context.RenderContext,
    _context.ContextDict,
    SafeString,
    Engine,
    _base.NodeList,
    class_reads(_base.Template, "render", "_render", "engine", "nodelist", "name")
    + class_reads(
        _context.RequestContext,
        "__init__", "bind_template", "autoescape", "use_l10n", "use_tz", "template_name",
        "render_context", "template", "request", "_processors", "_processors_index",
        "dicts",
    )
    + class_reads(
        _context.RenderContext,
        "_push_state", "_pop_state", "pop", "dicts", "_states", "template",
    )
    + class_reads(SafeString, "__new__", "__init__")
    + class_reads(Engine, "template_context_processors")
    + class_reads(_base.NodeList, "render"),
    tuple(
        (module.__dict__, name, module.__dict__[name])
        for module, names in (
            (_base, (
                "RequestContext", "_bind_request_context", "_unbind_request_context",
                "_REQUEST_BIND",
            )),
            (_context, (
                "RequestContext", "ContextDict", "_context_fields", "_new_render_context",
                "_object_new", "_context_dict_new", "RenderContext", "_bind_request_context",
                "_unbind_request_context",
            )),
        )
        for name in names
    )
    + ((globals(), "make_context", make_context),),
    _base._NATIVE_KIT,
    _merge_processor,
    ABSENT,
)
