import sys
sys.path.insert(0, sys.path[0] + "/_support")

# circular import via plain `import` works (partially initialised module visible)
import a3circ_one
print(a3circ_one.use_two(), a3circ_one.ONE)
print("a3circ_two" in sys.modules)
# circular `from X import Y` fails with CPython's message
try:
    import a3circ_from_a
except ImportError as e:
    print(type(e).__name__, "|", str(e).replace(sys.path[0], "<support>"), "|", e.name)
print("a3circ_from_a" in sys.modules, "a3circ_from_b" in sys.modules)
# module replacing itself in sys.modules
import a3selfreplace
print(type(a3selfreplace).__name__, a3selfreplace.name, a3selfreplace.anything)
from a3selfreplace import other
print(other)
# errors raised while importing propagate, and the module is removed
try:
    import a3nameerr
except NameError as e:
    print("NameError", e)
print("a3nameerr" in sys.modules)
try:
    import a3bad_syntax
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.filename.endswith("a3bad_syntax.py"))
print("a3bad_syntax" in sys.modules)
# __name__ / __main__
import a3mainmod
print(a3mainmod.MAIN_NAME, a3mainmod.IS_MAIN, __name__, a3mainmod.__name__)
import __main__
print(__main__ is sys.modules[__name__], __main__.__name__, hasattr(__main__, "a3mainmod"))
print(__spec__ if "__spec__" in dir() else "nospec", __package__)
# import binding semantics
import a3pkg.helper
print("a3pkg" in globals(), "helper" in globals())
import a3pkg.helper as hh
print(hh.__name__)
def local_import():
    import a3pkg.sub.deep as d
    from a3pkg import helper as hlp
    return d.__name__, hlp.__name__, "d" in locals()
print(local_import())
# sys.modules manipulation
sys.modules["a3virtual"] = type(sys)("a3virtual")
sys.modules["a3virtual"].attr = "virtual attr"
from a3virtual import attr
print(attr, type(sys)("m", "doc").__doc__, type(sys)("m").__name__)
try:
    from a3virtual import missing_attr
except ImportError as e:
    print("ImportError", e)
del sys.modules["a3virtual"]
try:
    import a3virtual
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
try:
    import a3pkg.sub.nope.deeper
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
try:
    exec("from . import x")
except ImportError as e:
    print("ImportError", e)
try:
    exec("from .a3pkg import x", {"__name__": "m", "__package__": "a3pkg"})
except ImportError as e:
    print(type(e).__name__, e)
