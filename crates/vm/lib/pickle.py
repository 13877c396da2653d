"""Create portable serialized representations of Python objects.

See module copyreg for a mechanism for registering custom picklers.

Classes:

    Pickler
    Unpickler

Functions:

    dump(object, file)
    dumps(object) -> string
    load(file) -> object
    loads(bytes) -> object

Misc variables:

    __version__
    format_version
    compatible_formats

"""

# metal's pickler is Python, in `_pickle` (the module CPython's C pickler has): this
# module gives its public names, as CPython's pickle gives those of `_pickle`.

import _pickle
from _pickle import (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler,
                     dump, dumps, load, loads, whichmodule, encode_long, decode_long,
                     HIGHEST_PROTOCOL, DEFAULT_PROTOCOL, bytes_types, format_version,
                     compatible_formats)
from _pickle import _Pickler, _Unpickler, _dump, _dumps, _load, _loads, _getattribute

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads"]

for _name in _pickle._OPCODE_NAMES:
    globals()[_name] = getattr(_pickle, _name)
__all__.extend(_pickle._OPCODE_NAMES)
del _name

for _f in (whichmodule, encode_long, decode_long, _dump, _dumps, _load, _loads):
    _f.__module__ = __name__
del _f
