# A module's __loader__, __cached__ and __annotations__, and its spec's, as importlib
# sets them for a module read from a .py file.
import os
import sys

sys.path.insert(0, sys.path[0] + "/_support")
import pkg_loader  # noqa: E402
import pkg_loader.plain as plain  # noqa: E402

here = os.path.dirname(os.path.abspath(__file__))


def rel(p):
    return None if p is None else os.path.relpath(p, here)


for m in (pkg_loader, plain):
    loader = m.__loader__
    print(m.__name__, type(loader).__name__, type(loader).__module__, loader.name,
          rel(loader.path), loader.is_package(m.__name__), rel(m.__cached__),
          rel(m.__spec__.cached), m.__spec__.loader is loader, loader == m.__spec__.loader,
          m.__spec__.has_location)
    print(repr(loader.get_source(m.__name__)))
    print(loader.get_data(loader.path)[:5], rel(loader.get_filename(m.__name__)))
print(plain.__annotations__, "__annotations__" in vars(pkg_loader))
print(pkg_loader.__annotations__, "__annotations__" in vars(pkg_loader))
pkg_loader.__annotations__["z"] = str
print(pkg_loader.__annotations__ is vars(pkg_loader)["__annotations__"], pkg_loader.__annotations__)
del pkg_loader.__annotations__
print(pkg_loader.__annotations__)
print(sorted(k for k in vars(plain) if k.startswith("__")))
