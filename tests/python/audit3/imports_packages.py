import sys
sys.path.insert(0, sys.path[0] + "/_support")

import a3pkg.sub.deep.leaf
print(a3pkg.sub.deep.leaf.VALUE)
print(a3pkg.renamed_fn(), a3pkg.sub.parent_const, a3pkg.sub.helper_fn.__module__)
print(sorted(k for k in sys.modules if k.startswith("a3pkg")))
print("lazy_sub" in dir(a3pkg), hasattr(a3pkg, "lazy_sub"))
from a3pkg import lazy_sub
print(lazy_sub.LAZY, hasattr(a3pkg, "lazy_sub"), sys.modules["a3pkg.lazy_sub"] is lazy_sub)
import a3pkg.sub.deep.leaf as lf
from a3pkg.sub.deep.leaf import VALUE, shadow as sh
print(lf is a3pkg.sub.deep.leaf, VALUE is lf.VALUE, sh())
from a3pkg import helper, PKG_CONST as pc, renamed_fn
print(helper.__name__, pc, renamed_fn is helper.helper_fn)
# __import__ forms
top = __import__("a3pkg.sub.deep")
print(top.__name__)
leaf_mod = __import__("a3pkg.sub.deep.leaf", fromlist=["VALUE"])
print(leaf_mod.__name__)
print(__import__("a3pkg", fromlist=["helper"]).helper.__name__)
# module attributes
print(a3pkg.__name__, a3pkg.__package__, a3pkg.sub.deep.leaf.__package__, a3pkg.__spec__.name, a3pkg.sub.deep.leaf.__spec__.name)
print(a3pkg.__file__.endswith("a3pkg/__init__.py"), a3pkg.helper.__file__.endswith("helper.py"), type(a3pkg.__path__).__name__, hasattr(a3pkg.helper, "__path__"))
print(type(a3pkg).__name__, repr(sys).startswith("<module 'sys'"), repr(a3pkg).startswith("<module 'a3pkg' from"))
# star import honours __all__ (and imports listed submodules)
ns = {}
exec("from a3pkg import *", ns)
print(sorted(k for k in ns if not k.startswith("__")))
# module attribute errors
try:
    a3pkg.nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    import a3pkg.nothing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
try:
    from a3pkg.sub import nothing
except ImportError as e:
    print("ImportError", e, e.name)
try:
    import a3pkg.helper.child
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
try:
    from a3pkg.helper import helper_fn, zzz
except ImportError as e:
    print("ImportError", e)
# module-level __dir__
import a3dir
print(dir(a3dir))
# importing same module twice doesn't re-execute; deleting from sys.modules does
import a3counter
a3counter.count += 1
import a3counter
print(a3counter.count)
old = sys.modules.pop("a3counter")
import a3counter
print(a3counter.count, old is a3counter)
