# The __main__ module of a script: its globals in CPython's order, its __loader__ (a
# SourceFileLoader named '__main__' for the script's absolute path, as __file__), no
# __spec__, __cached__ None, and an __annotations__ dict that module annotations fill.
print(list(globals()))
import os  # noqa: E402
import sys  # noqa: E402

loader = __loader__
print(type(loader).__name__, type(loader).__module__, type(loader).__qualname__)
print(loader.name, os.path.basename(loader.path), loader.path == __file__)
print(os.path.isabs(loader.path), sorted(vars(loader)))
print(__spec__, __package__, __cached__, __name__)
print(repr(loader).startswith("<_frozen_importlib_external.SourceFileLoader object at 0x"))
print(sys.modules["__main__"].__loader__ is loader, sys.modules["__main__"].__spec__)
print(loader.is_package("__main__"), loader.get_filename() == __file__)
print(loader.get_source("__main__").splitlines()[0])
print(loader.get_data(loader.path)[:12])
print(loader == type(loader)("__main__", __file__), loader == type(loader)("x", __file__))

print(__annotations__)
count: int = 3
print(__annotations__, sys.modules["__main__"].__annotations__ is __annotations__)

sys.path.insert(0, sys.path[0] + "/_support")
import pkg_loader.plain as plain  # noqa: E402

print(type(plain.__loader__) is type(loader), plain.__loader__.name, plain.__spec__.name)
print([k for k in globals() if k.startswith("__")])
