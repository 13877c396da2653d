print("init a3pkg", __name__, __package__)
PKG_CONST = "const"
from . import helper
from .helper import helper_fn as renamed_fn
__all__ = ["PKG_CONST", "lazy_sub"]
