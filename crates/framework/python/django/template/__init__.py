"""The Django template language (django.template)."""

from .engine import Engine  # noqa: F401
from .utils import EngineHandler

engines = EngineHandler()

from .base import (  # noqa: E402,F401
    Node,
    NodeList,
    Origin,
    Template,
    Variable,
    VariableDoesNotExist,
)
from .context import Context, RequestContext  # noqa: E402,F401
from .exceptions import TemplateDoesNotExist, TemplateSyntaxError  # noqa: E402,F401
from .library import Library  # noqa: E402,F401

__all__ = ("Engine", "engines")
