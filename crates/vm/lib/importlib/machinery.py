"""The implementations of the ModuleSpec and loaders metal's import system uses."""

from _modulespec import ModuleSpec, SourceFileLoader, BuiltinImporter  # noqa: F401

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
