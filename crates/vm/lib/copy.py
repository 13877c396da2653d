"""Shallow and deep copies: `copy(x)` and `deepcopy(x[, memo])`.

Classes may define `__copy__()` and `__deepcopy__(memo)`; otherwise an instance is
copied by making a new one with `cls.__new__(cls)` and copying its state (its
`__dict__` and `__slots__`, or what `__getstate__` returns, handed to `__setstate__`
when defined). A class that defines `__reduce_ex__` or `__reduce__` itself, or has a
reduction function registered with `copyreg.pickle`, is copied through it, as pickle
would rebuild it. Containers (list, dict, set, tuple) and their
subclasses are copied item by item."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

import copyreg as _copyreg
import types as _types

_atomic = {
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex,
    bytes, str, type, range, slice, property, _types.FunctionType,
    _types.BuiltinFunctionType, _types.CodeType,
    # (CPython reduces these to `getattr(cls, name)`: the same object. A
    # method-wrapper reduces to `getattr(self, name)`: an equal one, made anew.)
    _types.MethodDescriptorType, _types.WrapperDescriptorType,
}
_uncopyable = {
    _types.GeneratorType, _types.ModuleType, _types.FrameType, _types.TracebackType,
    _types.ClassMethodDescriptorType,
}


def _user_reduce(cls):
    """The `__reduce_ex__`/`__reduce__` a Python class defines, if any."""
    for name in ("__reduce_ex__", "__reduce__"):
        for base in cls.__mro__:
            if base.__module__ == "builtins":
                break
            method = base.__dict__.get(name)
            if method is not None:
                return name
    return None


def _native_reduce(cls):
    """Whether cls's builtin base reduces itself (the native iterators of builtins
    and itertools)."""
    for base in cls.__mro__:
        if base.__module__ in ("builtins", "itertools"):
            return base is not object and "__reduce__" in base.__dict__
    return False


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if cls is tuple or cls is frozenset:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: shared and recursive structure is reproduced through `memo`
    (a dict from id() of originals to their copies)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _atomic:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # A recursive tuple may have been copied while copying its items.
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(item, memo) for item in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is _types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keep the originals alive while `memo` lives, so their ids are not reused."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _get_state(x):
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None:
        try:
            return getstate()
        except TypeError:
            pass
    # The dict and the slots' values, as object.__getstate__ gives them.
    return object.__getstate__(x)


def _set_state(y, state, deep, memo):
    if state is None:
        return
    if deep:
        state = deepcopy(state, memo)
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None:
        setstate(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state:
        y.__dict__.update(state)
    if slots:
        for key, value in slots.items():
            setattr(y, key, value)


def _reconstruct(x, memo):
    """Copy an instance: a new object of its class, then its state and (for
    subclasses of list, dict and set) its items; deep when `memo` is given."""
    deep = memo is not None
    cls = type(x)
    reductor = _copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return _rebuild(x, reductor(x), memo)
    if cls in _uncopyable:
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    if _user_reduce(cls) is not None or _native_reduce(cls):
        return _from_reduce(x, memo)
    for base in cls.__mro__:
        # An itertools class without a __reduce__ (pairwise) cannot be rebuilt from
        # its class alone (it would silently restart): CPython's pickling error.
        if base.__module__ == "itertools":
            name = "itertools." + base.__name__ if cls is base else cls.__name__
            raise TypeError("cannot pickle '%s' object" % name)
    if isinstance(x, tuple):
        getnewargs = getattr(x, "__getnewargs__", None)
        args = getnewargs() if getnewargs is not None else (tuple(x),)
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    elif isinstance(x, BaseException):
        args = deepcopy(x.args, memo) if deep else x.args
        y = cls.__new__(cls, *args)
        y.args = args
    elif isinstance(x, (str, bytes, int, float, frozenset)):
        base = next(b for b in cls.__mro__ if b.__module__ == "builtins")
        value = base(x)
        if deep and isinstance(x, frozenset):
            value = frozenset(deepcopy(v, memo) for v in x)
        y = cls.__new__(cls, value)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    _set_state(y, _get_state(x), deep, memo)
    if isinstance(x, list):
        items = [deepcopy(v, memo) for v in x] if deep else x
        list.extend(y, items)
    elif isinstance(x, dict):
        for key, value in dict.items(x):
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            dict.__setitem__(y, key, value)
    elif isinstance(x, set):
        for value in x:
            set.add(y, deepcopy(value, memo) if deep else value)
    return y


def _from_reduce(x, memo):
    """Rebuild x from what its class's __reduce_ex__(4)/__reduce__() returns."""
    if _user_reduce(type(x)) == "__reduce_ex__":
        rv = x.__reduce_ex__(4)
    else:
        rv = x.__reduce__()
    return _rebuild(x, rv, memo)


def _rebuild(x, rv, memo):
    """Make x's copy from a reduction of it (pickle's tuple, or a name for x itself)."""
    deep = memo is not None
    if isinstance(rv, str):
        return x
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        _set_state(y, state, deep, memo)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
