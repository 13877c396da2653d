"""Context variables (PEP 567)."""

from _contextvars import *

__all__ = ("Context", "ContextVar", "Token", "copy_context")
