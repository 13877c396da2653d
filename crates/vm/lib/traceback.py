"""traceback: format and print exceptions as CPython does (the commonly used part)."""

import sys

import _metal_traceback

__all__ = [
    "format_exc",
    "format_exception",
    "format_exception_only",
    "print_exc",
    "print_exception",
]


def _exception(exc, value):
    # format_exception(exc) (3.10+) or format_exception(type, value, tb).
    if value is not None or isinstance(exc, type) or exc is None:
        return value
    return exc


def _no_limit(limit):
    if limit is not None:
        raise NotImplementedError("traceback: limit= is not supported yet")


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    _no_limit(limit)
    exc = _exception(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _metal_traceback.format_exception(exc).splitlines(True)


def format_exception_only(exc, /, value=None):
    exc = _exception(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _metal_traceback.format_exception_only(exc).splitlines(True)


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)
