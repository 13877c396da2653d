import sys
sys.path.insert(0, sys.path[0] + "/_support")

from pkg_a import sibling
print(sibling.describe())
print(sibling.__name__, sibling.__package__, sibling.sub.__name__, sibling.leaf.__name__)
print(sorted(n for n in sys.modules if n.startswith("pkg_a")))
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .mod_simple import x
except ImportError as e:
    print(type(e).__name__, e)
