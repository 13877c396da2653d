"""What `object.__reduce_ex__`, `object.__reduce__`, `object.__getstate__` and the
reductions of some builtin types do (their native methods in
`crates/vm/src/builtins/reduce.rs` call these): CPython 3.11's rules, read from its
documentation and observed behaviour."""

import copyreg
from _metal_reduce import heap_type, managed_dict

_POINTER = 8


def _tp_name(cls):
    """The name CPython's messages give the class (its `tp_name`): a type written in C
    (a static or immutable one, by its `__flags__`) outside `builtins` is dotted with
    its module (`_struct.Struct`)."""
    flags = cls.__flags__
    if flags & (1 << 9) and not flags & (1 << 8) or cls.__module__ == "builtins":
        return cls.__name__
    return "%s.%s" % (cls.__module__, cls.__name__)


def _slot_values(obj, cls):
    names = copyreg._slotnames(cls)
    if not isinstance(names, list):
        raise TypeError("copyreg._slotnames didn't return a list or None")
    slots = {}
    for name in names:
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    return names, slots


def default_state(obj, required):
    """`object.__getstate__()`: the instance's dict (a copy, None when empty), with its
    slots' values as `(dict, slots)` when any is set. `required` (a reduction that
    rebuilds the object from its class alone) refuses objects whose builtin base keeps
    state of its own."""
    cls = type(obj)
    if required and cls.__itemsize__:
        raise TypeError("cannot pickle %r object" % _tp_name(cls))
    try:
        d = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        d = None
    state = dict(d) if d else None
    names, slots = _slot_values(obj, cls)
    if required:
        size = object.__basicsize__
        if cls.__dictoffset__ and not managed_dict(cls):
            size += _POINTER
        if cls.__weakrefoffset__:
            size += _POINTER
        size += _POINTER * len(names)
        if cls.__basicsize__ > size:
            raise TypeError("cannot pickle %r object" % _tp_name(cls))
    if slots:
        state = (state, slots)
    return state


def get_state(obj, required):
    """The state a reduction records: `obj.__getstate__()`, or the default when the
    method is object's own."""
    getstate = getattr(obj, "__getstate__")
    if (type(getstate) is _builtin_method and getstate.__self__ is obj
            and type(obj).__getstate__ is object.__getstate__):
        return default_state(obj, required)
    return getstate()


_builtin_method = type(object().__getstate__)


def _new_args(obj):
    cls = type(obj)
    getnewargs_ex = getattr(cls, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        r = getnewargs_ex(obj)
        if not isinstance(r, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(r).__name__)
        if len(r) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, "
                             "not %d" % len(r))
        args, kwargs = r
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ "
                            "must be a tuple, not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ "
                            "must be a dict, not '%s'" % type(kwargs).__name__)
        return args, kwargs
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs(obj)
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                            % type(args).__name__)
        return args, None
    return None, None


def reduce(obj, proto):
    """`object.__reduce_ex__(proto)` when the class does not override `__reduce__`.
    (A class CPython cannot instantiate, a generator's, is refused by the size check
    of `default_state`, with the same message.)"""
    if proto < 2:
        return copyreg._reduce_ex(obj, proto)
    cls = type(obj)
    args, kwargs = _new_args(obj)
    if not kwargs:
        newobj = copyreg.__newobj__
        newargs = (cls,) + (args or ())
    else:
        newobj = copyreg.__newobj_ex__
        newargs = (cls, args, kwargs)
    required = args is None and not isinstance(obj, (list, dict))
    state = get_state(obj, required)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return newobj, newargs, state, listitems, dictitems


def set_reduce(obj):
    """`set.__reduce__` and `frozenset.__reduce__`: the class, the items as a list and
    the instance's state."""
    return type(obj), (list(obj),), get_state(obj, False)


def bytearray_reduce(obj, proto):
    """`bytearray.__reduce_ex__(proto)` (protocols below 3 have no bytes type: the
    contents go as a latin-1 str)."""
    data = bytes(obj)
    if proto < 3:
        args = (data.decode("latin-1"), "latin-1") if data else ()
    else:
        args = (data,) if data else ()
    return type(obj), args, get_state(obj, False)
