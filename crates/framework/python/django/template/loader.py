"""get_template / select_template / render_to_string over all configured engines."""

import sys

from . import engines
from .exceptions import TemplateDoesNotExist


def get_template(template_name, using=None):
    """Load the template with the first engine that has it."""
    # (A template the cached loader has compiled: natively, template_lookup.rs.)
    template = _cached_template(template_name, using)
    if template is not None:
        return template
    chain = []
    engines_ = _engine_list(using)
    for engine in engines_:
        try:
            return engine.get_template(template_name)
        except TemplateDoesNotExist as e:
            chain.append(e)
    raise TemplateDoesNotExist(template_name, chain=chain)


def select_template(template_name_list, using=None):
    """The first template of the list that some engine has."""
    if isinstance(template_name_list, str):
        raise TypeError(
            "select_template() takes an iterable of template names but got a "
            "string: %r. Use get_template() if you want to load a single "
            "template by name." % template_name_list
        )
    chain = []
    engines_ = _engine_list(using)
    for template_name in template_name_list:
        for engine in engines_:
            try:
                return engine.get_template(template_name)
            except TemplateDoesNotExist as e:
                chain.append(e)
    if template_name_list:
        raise TemplateDoesNotExist(", ".join(template_name_list), chain=chain)
    raise TemplateDoesNotExist("No template names provided")


def render_to_string(template_name, context=None, request=None, using=None):
    if isinstance(template_name, (list, tuple)):
        template = select_template(template_name, using=using)
    else:
        template = get_template(template_name, using=using)
    return template.render(context, request)


def _engine_list(using=None):
    return engines.all() if using is None else [engines[using]]



# What the native lookup compares by identity, taken now.
from _metal_template import cached_template as _cached_template  # noqa: E402
from _metal_template import get_template_kit as _get_template_kit  # noqa: E402

from django.template.backends.django import DjangoTemplates as _DjangoTemplates  # noqa: E402
from django.template.backends.django import Template as _BackendTemplate  # noqa: E402
from django.template.engine import Engine as _Engine  # noqa: E402
from django.template.loaders.cached import Loader as _CachedLoader  # noqa: E402
from django.template.utils import EngineHandler as _EngineHandler  # noqa: E402
from django.utils._kit import ABSENT as _ABSENT  # noqa: E402
from django.utils._kit import class_reads as _class_reads  # noqa: E402

_get_template_kit((
    _EngineHandler,
    _DjangoTemplates,
    _Engine,
    _CachedLoader,
    _BackendTemplate,
    _class_reads(_EngineHandler, "all", "__getattr__")
    + _class_reads(_DjangoTemplates, "get_template", "engine", "__getattr__")
    + _class_reads(_Engine, "get_template", "find_template", "template_loaders",
                   "_template_loaders", "__getattr__")
    + _class_reads(_CachedLoader, "get_template", "cache_key", "get_template_cache",
                   "__getattr__")
    + _class_reads(_BackendTemplate, "__init__", "__new__", "template", "backend"),
    # (engines first: the native reads it from here.)
    tuple((g, name, g[name]) for g, name in (
        (globals(), "engines"),
        (globals(), "_engine_list"),
        (sys.modules["django.template.backends.django"].__dict__, "Template"),
    )),
    _ABSENT,
))
