print("pkg_a.sibling: executing")
from . import sub
from .sub import f as sub_f
from .deep.leaf import value
from .deep import leaf
from . import VERSION


def describe():
    return (sub.f(), sub_f(), value, leaf.value, VERSION)
