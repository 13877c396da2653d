"""Utility code for constructing importers, etc."""

import sys
import _metal_builtin
from _modulespec import ModuleSpec, SourceFileLoader, BuiltinImporter, cache_from_source
from importlib import _resolve_name as _resolve

MAGIC_NUMBER = b"\xa7\r\r\n"


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith("."):
        return name
    elif not package:
        raise ImportError(f"no package specified for {repr(name)} "
                          "(required for relative module names)")
    level = 0
    for character in name:
        if character != ".":
            break
        level += 1
    return _resolve(name[level:], package, level)


def source_from_cache(path):
    head, _, tail = path.rpartition("/")
    if not head.endswith("__pycache__"):
        raise ValueError("__pycache__ not bottom-level directory in {!r}".format(path))
    stem = tail.split(".")[0]
    return "%s/%s.py" % (head[:-len("/__pycache__")], stem)


def decode_source(source_bytes):
    return source_bytes.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


def _find(name, path):
    """The spec of module `name` (last part of its name) found along `path`, a list of
    directories, or None."""
    import os
    last = name.rpartition(".")[2]
    for entry in path:
        base = os.path.join(entry or ".", last)
        init = os.path.join(base, "__init__.py")
        if os.path.isfile(init):
            return spec_from_file_location(name, init, submodule_search_locations=[base])
        if os.path.isfile(base + ".py"):
            return spec_from_file_location(name, base + ".py")
    return None


def find_spec(name, package=None):
    """Return the spec for the specified module.

    First, sys.modules is checked to see if the module was already imported. If
    so, then sys.modules[name].__spec__ is returned. If that happens to be
    set to None, then ValueError is raised. If the module is not in
    sys.modules, then sys.meta_path is searched for a suitable spec with the
    value of 'path' given to the finders. None is returned if no spec could
    be found.

    If the name is for submodule (contains a dot), the parent module is
    automatically imported.

    The name and package arguments work the same as importlib.import_module().
    In other words, relative module names (with leading dots) work.

    """
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError("{}.__spec__ is not set".format(name)) from None
        if spec is None:
            raise ValueError("{}.__spec__ is None".format(name))
        return spec
    return _find_anew(fullname)


def _find_anew(fullname):
    """The spec of module `fullname` as an import would find it now (its parent
    imported, not itself)."""
    embedded = _metal_builtin.embedded(fullname)
    if embedded is not None:
        path = "<metal>/" + fullname.replace(".", "/")
        origin = path + "/__init__.py" if embedded[1] else path + ".py"
        spec = ModuleSpec(fullname, SourceFileLoader(fullname, origin), origin=origin,
                          is_package=embedded[1])
        spec.cached = cache_from_source(origin)
        if embedded[1]:
            spec.submodule_search_locations.append(path)
        return spec
    parent_name = fullname.rpartition(".")[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=["__path__"])
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} "
                f"while trying to find {fullname!r}", name=fullname) from e
        return _find(fullname, parent_path)
    if fullname in ("sys", "builtins", "math", "itertools", "gc", "time", "_weakref"):
        return ModuleSpec(fullname, BuiltinImporter, origin="built-in")
    return _find(fullname, sys.path)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """Return a module spec based on a file location."""
    if location is None:
        raise NotImplementedError("importlib.util.spec_from_file_location without a "
                                  "location is not supported yet")
    location = str(location)
    if loader is None:
        if not location.endswith(".py"):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    if location.endswith(".py"):
        spec.cached = cache_from_source(location)
    if submodule_search_locations is None:
        is_package = getattr(loader, "is_package", None)
        if is_package is not None and is_package(name):
            spec.submodule_search_locations = [location.rpartition("/")[0]]
    else:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """Return a module spec based on various loader methods."""
    if origin is None:
        origin = getattr(loader, "_ORIGIN", None)
    if is_package is None:
        check = getattr(loader, "is_package", None)
        is_package = check(name) if check is not None else False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    """Create a module based on the provided spec."""
    module = None
    create = getattr(spec.loader, "create_module", None)
    if create is not None:
        module = create(spec)
    elif hasattr(spec.loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define "
                          "create_module()")
    if module is None:
        module = type(sys)(spec.name)
    module.__name__ = spec.name
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    module.__spec__ = spec
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
        if spec.cached is not None:
            module.__cached__ = spec.cached
    return module
