"""Packing Python values into bytes and back: the native `_struct`, as CPython's `struct`."""

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack',
    'Struct',
    'error',
]

from _struct import (calcsize, pack, pack_into, unpack, unpack_from,
                     iter_unpack, Struct, error)
from _struct import _clearcache
