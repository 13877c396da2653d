import os
import sys
sys.path.insert(0, sys.path[0] + "/_support")

# `from m import missing`: ImportError.path is the module's file (None for a module
# without one), .name the module's name.
try:
    from mod_private import missing
except ImportError as e:
    print(e.name, os.path.basename(e.path))
try:
    from pkg_lazy import nothing
except ImportError as e:
    print(e.name, e.path.endswith(os.path.join("pkg_lazy", "__init__.py")))
try:
    from sys import no_such_name
except ImportError as e:
    print(e.name, e.path)

# A module's name is its __name__ entry: deleting it is allowed, and the repr says '?'.
m = type(sys)("scratch")
print(m.__name__, repr(m))
m.__name__ = "renamed"
print(m.__name__, repr(m))
del m.__name__
print(hasattr(m, "__name__"), "__name__" in m.__dict__, repr(m))
try:
    m.__name__
except AttributeError as e:
    print("AttributeError:", e)
