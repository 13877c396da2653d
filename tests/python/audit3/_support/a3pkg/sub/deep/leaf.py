print("init leaf", __name__, __package__)
from ... import helper as h
from ...helper import helper_fn
from .. import parent_const
from . import __name__ as pkgname_of_deep
VALUE = (h.__name__, helper_fn(), parent_const, pkgname_of_deep)
def shadow():
    return "leaf.shadow"
