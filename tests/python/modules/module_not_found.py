import sys
sys.path.insert(0, sys.path[0] + "/_support")

try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name, isinstance(e, ImportError))
try:
    import pkg_a.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name)
try:
    import mod_simple.child
except ModuleNotFoundError as e:
    print(type(e).__name__, e, "| name:", e.name)
try:
    from no_pkg import thing
except ImportError as e:
    print(type(e).__name__, e)
try:
    import no_pkg.sub.deeper
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError), ModuleNotFoundError.__mro__[1].__name__)
