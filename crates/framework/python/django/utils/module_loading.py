"""Importing by dotted name."""

import sys


def import_module(name):
    """Import a module by its absolute dotted name and return it."""
    __import__(name)
    return sys.modules[name]


def import_string(dotted_path):
    """Import 'pkg.module.attr' and return the attribute."""
    module_path, _, class_name = dotted_path.rpartition(".")
    if not module_path:
        raise ImportError("%s doesn't look like a module path" % dotted_path)
    module = import_module(module_path)
    try:
        return getattr(module, class_name)
    except AttributeError:
        raise ImportError(
            'Module "%s" does not define a "%s" attribute/class' % (module_path, class_name)
        ) from None


def module_has_submodule(package, module_name):
    try:
        import_module(package.__name__ + "." + module_name)
    except ImportError:
        return False
    return True
