# importlib over metal's import system: import_module (absolute and relative),
# reload, invalidate_caches, and importlib.util's find_spec / spec_from_file_location /
# module_from_spec / exec_module.
import importlib
import importlib.machinery
import importlib.util
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "_support"))

m = importlib.import_module("mod_simple")
print(m.__name__, m is sys.modules["mod_simple"], m is importlib.import_module("mod_simple"))
sub = importlib.import_module("pkg_a.sub") if importlib.util.find_spec("pkg_a.sub") else None
print(sub is None or sub.__name__)
rel = importlib.import_module(".sub", "pkg_a") if sub is not None else None
print(rel is sub)
j = importlib.import_module("json")
print(j.__name__, j.dumps([1]))
for args in [("..x", None), (".x", ""), ("",), ("...x", "pkg_a"), (".x", 5)]:
    try:
        importlib.import_module(*args)
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__, e)
try:
    importlib.import_module("no_such_module_here")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
print(importlib.invalidate_caches())
print(importlib.util.resolve_name(".b", "a.c"), importlib.util.resolve_name("x", None))
try:
    importlib.util.resolve_name(".b", None)
except ImportError as e:
    print("ImportError", e)

spec = importlib.util.find_spec("json")
print(spec.name, spec.parent, spec.submodule_search_locations is not None)
spec = importlib.util.find_spec("json.decoder")
print(spec.name, spec.parent, spec.origin.endswith("decoder.py"))
print(importlib.util.find_spec("no_such_module_here"))
print(importlib.util.find_spec("mod_simple").origin.endswith("_support/mod_simple.py"))
s = importlib.util.find_spec("math")
print(s.name, s.loader is not None)
try:
    importlib.util.find_spec("mod_simple.x")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)

# A module written to a file: loaded by spec, then changed and reloaded.
d = "/tmp/metal_importlib_%d" % os.getpid()
os.mkdir(d)
path = os.path.join(d, "loaded_mod.py")
try:
    with open(path, "w") as f:
        f.write("X = 1\ncounter = globals().get('counter', 0) + 1\n")
    spec = importlib.util.spec_from_file_location("loaded_mod", path)
    print(spec.name, spec.origin == path, spec.cached.endswith("__pycache__/loaded_mod.cpython-311.pyc"),
          spec.submodule_search_locations, spec.has_location, spec.parent == "")
    mod = importlib.util.module_from_spec(spec)
    print(mod.__name__, mod.__file__ == path, mod.__spec__ is spec, mod.__loader__ is spec.loader,
          hasattr(mod, "X"))
    spec.loader.exec_module(mod)
    print(mod.X, mod.counter)
    sys.modules["loaded_mod"] = mod
    try:
        importlib.reload(mod)
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError", e, e.name)
    sys.path.append(d)
    with open(path, "w") as f:
        f.write("X = 2\ncounter = globals().get('counter', 0) + 1\nY = 'new'\n")
    again = importlib.reload(mod)
    print(again is mod, mod.X, mod.counter, mod.Y)
    print(importlib.util.spec_from_file_location("data", os.path.join(d, "x.txt")))
finally:
    sys.path.remove(d)
    os.remove(path)
    os.rmdir(d)
for bad in (5, type(sys)("not_there")):
    try:
        importlib.reload(bad)
    except (TypeError, ImportError) as e:
        print(type(e).__name__, e)
print(importlib.machinery.ModuleSpec is type(spec), importlib.machinery.SOURCE_SUFFIXES,
      importlib.machinery.all_suffixes()[:2])
print(sorted(importlib.__all__))
