"""Higher-order functions: `wraps`/`update_wrapper`, `partial`, `reduce`, `lru_cache` and
`cache`, `cached_property`, `total_ordering`, `cmp_to_key`, `singledispatch`."""

__all__ = [
    "update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
    "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce", "partial",
    "partialmethod", "singledispatch", "singledispatchmethod", "cached_property",
]

from collections import namedtuple as _namedtuple
from types import GenericAlias as _GenericAlias
from types import MethodType as _MethodType

# update_wrapper and wraps

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__",
                       "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make `wrapper` look like `wrapped`: copy the `assigned` attributes, merge the
    `updated` dicts, and set `wrapper.__wrapped__`."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so a __wrapped__ copied from `wrapped`'s __dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of `update_wrapper`."""
    def decorating(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorating


# reduce

_initial_missing = object()


def reduce(function, iterable, initial=_initial_missing, /):
    """Fold `iterable` from the left with the two-argument `function`."""
    it = iter(iterable)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError(
                "reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


# partial and partialmethod

class partial:
    """A callable that calls `func` with `args` first and `keywords` as defaults."""

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        name = "functools.partial" if type(self) is partial else type(self).__name__
        return "%s(%s)" % (name, ", ".join(parts))

    def __reduce__(self):
        # (func, args and keywords are C members of CPython's partial, not in its
        # instance dict.)
        namespace = {k: v for k, v in self.__dict__.items()
                     if k not in ("func", "args", "keywords")}
        return (type(self), (self.func,),
                (self.func, self.args, self.keywords or None, namespace or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError("expected 4 items in state, got %d" % len(state))
        func, args, keywords, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (keywords is not None and not isinstance(keywords, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        self.__dict__.clear()
        if namespace:
            self.__dict__.update(namespace)
        self.func = func
        self.args = tuple(args)
        self.keywords = {} if keywords is None else dict(keywords)

    __class_getitem__ = classmethod(_GenericAlias)


import _metal_coro  # noqa: E402

_metal_coro.hide_frames(partial.__call__)  # (C in CPython: no traceback entry)
del _metal_coro


class partialmethod:
    """`partial` for methods: the bound instance comes first, then `args`."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend("%s=%r" % (k, v) for k, v in self.keywords.items())
        return "%s.%s(%s)" % (type(self).__module__, type(self).__qualname__,
                              ", ".join(parts))

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None and not isinstance(self.func, partial):
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


# total_ordering

def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


_derived = {
    "__lt__": [("__gt__", _gt_from_lt), ("__le__", _le_from_lt), ("__ge__", _ge_from_lt)],
    "__le__": [("__ge__", _ge_from_le), ("__lt__", _lt_from_le), ("__gt__", _gt_from_le)],
    "__gt__": [("__lt__", _lt_from_gt), ("__ge__", _ge_from_gt), ("__le__", _le_from_gt)],
    "__ge__": [("__le__", _le_from_ge), ("__gt__", _gt_from_ge), ("__lt__", _lt_from_ge)],
}


def total_ordering(cls):
    """Fill in the missing rich comparisons from the one (or more) the class defines."""
    defined = {
        op for op in _derived
        if getattr(cls, op, None) is not getattr(object, op, None)
    }
    if not defined:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    # The same preference as CPython: __lt__, then __le__, __gt__, __ge__.
    root = max(defined, key=lambda op: -["__lt__", "__le__", "__gt__", "__ge__"].index(op))
    for name, func in _derived[root]:
        if name not in defined:
            func.__name__ = name
            func.__qualname__ = cls.__qualname__ + "." + name
            setattr(cls, name, func)
    return cls


# cmp_to_key

def cmp_to_key(mycmp):
    """Turn an old-style comparison function into a `key=` function."""
    class K:
        __slots__ = ["obj"]

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    K.__name__ = K.__qualname__ = "K"
    return K


# lru_cache and cache

_CacheInfo = _namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

_kwd_mark = object()
_fast_types = {int, str}


def _make_key(args, kwds, typed):
    """A hashable key for one call: the arguments, the keyword items after a marker,
    and with `typed` the types of all of them."""
    if not kwds and not typed and len(args) == 1 and type(args[0]) in _fast_types:
        return args[0]
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    return key


def lru_cache(maxsize=128, typed=False):
    """Memoize a function, keeping the `maxsize` most recently used results (all of them
    when `maxsize` is None). Use as `@lru_cache`, `@lru_cache()` or `@lru_cache(n)`."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


_MISSING = object()


class _lru_cache_wrapper:
    """Create a cached callable that wraps another function.

user_function:      the function being cached

maxsize:  0         for no caching
          None      for unlimited cache size
          n         for a bounded cache

typed:    False     cache f(3) and f(3.0) as identical calls
          True      cache f(3) and f(3.0) as distinct calls

cache_info_type:    namedtuple class with the fields:
                        hits misses currsize maxsize
"""

    # (C members in CPython, not in the instance dict.)
    __slots__ = ("_metal_lru", "__dict__", "__weakref__")

    def __new__(cls, /, *args, **kwargs):
        names = ("user_function", "maxsize", "typed", "cache_info_type")
        if len(args) + len(kwargs) > 4:
            raise TypeError("lru_cache() takes at most 4 arguments (%d given)"
                            % (len(args) + len(kwargs)))
        values = list(args)
        for i, name in enumerate(names[len(args):], len(args) + 1):
            if name not in kwargs:
                raise TypeError("lru_cache() missing required argument '%s' (pos %d)"
                                % (name, i))
            values.append(kwargs[name])
        user_function, maxsize, typed, cache_info_type = values
        typed = bool(typed)
        if not callable(user_function):
            raise TypeError("the first argument must be callable")
        if maxsize is not None:
            if not isinstance(maxsize, int):
                raise TypeError("maxsize should be integer or None")
            maxsize = 0 if maxsize < 0 else int(maxsize)
        self = object.__new__(cls)
        # function, maxsize, typed, info type, cache, hits, misses
        _lru_state.__set__(self, [user_function, maxsize, typed, cache_info_type, {}, 0, 0])
        return self

    def __call__(self, /, *args, **kwds):
        state = _lru_state.__get__(self)
        maxsize = state[1]
        if maxsize == 0:
            state[6] += 1
            return state[0](*args, **kwds)
        key = _make_key(args, kwds, state[2])
        cache = state[4]
        if maxsize is None:
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                state[5] += 1
                return result
            state[6] += 1
            result = state[0](*args, **kwds)
            cache[key] = result
            return result
        result = cache.pop(key, _MISSING)
        if result is not _MISSING:
            # Re-inserting moves the entry to the most recently used end.
            cache[key] = result
            state[5] += 1
            return result
        state[6] += 1
        result = state[0](*args, **kwds)
        if key not in cache:
            if len(cache) >= maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
        return result

    def __get__(self, instance, owner=None, /):
        if instance is None:
            return self
        return _MethodType(self, instance)

    def cache_info(self, /):
        state = _lru_state.__get__(self)
        return state[3](state[5], state[6], state[1], len(state[4]))

    def cache_clear(self, /):
        state = _lru_state.__get__(self)
        state[4].clear()
        state[5] = state[6] = 0

    def __reduce__(self, /):
        return self.__qualname__

    def __copy__(self, /):
        return self

    def __deepcopy__(self, memo, /):
        return self


_lru_state = _lru_cache_wrapper.__dict__["_metal_lru"]

import _metal_coro  # noqa: E402

_metal_coro.hide_frames(_lru_cache_wrapper.__call__)  # (C in CPython)
del _metal_coro


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


# cached_property

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance, then stored in the instance's
    `__dict__` (where it shadows this descriptor)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                "(%r and %r)." % (self.attrname, name)
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (
                "No '__dict__' attribute on %r instance to cache %r property."
                % (type(instance).__name__, self.attrname)
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            cache[self.attrname] = val
        return val

    __class_getitem__ = classmethod(_GenericAlias)


# singledispatch

def _find_impl(cls, registry):
    """The implementation registered for the nearest class in `cls`'s MRO; failing
    that, for a registered abstract base class (collections.abc.Mapping…) that `cls`
    is a virtual subclass of."""
    for base in cls.__mro__[:-1]:
        if base in registry:
            return registry[base]
    best = None
    for typ, func in registry.items():
        if typ is object:
            continue
        try:
            if issubclass(cls, typ):
                if best is None or issubclass(typ, best[0]):
                    best = (typ, func)
        except TypeError:
            continue
    if best is not None:
        return best[1]
    return registry.get(object)


def singledispatch(func):
    """A generic function dispatching on the type of its first argument;
    `@f.register(cls)` (or a type annotation) adds implementations."""
    registry = {object: func}
    dispatch_cache = {}

    def dispatch(cls):
        try:
            return dispatch_cache[cls]
        except KeyError:
            impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
            return impl

    def _is_valid_dispatch_type(cls):
        return isinstance(cls, type)

    def register(cls, func=None):
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    "Invalid first argument to `register()`. "
                    "%r is not a class." % (cls,))
            ann = getattr(cls, "__annotations__", {})
            if not ann:
                raise TypeError(
                    "Invalid first argument to `register()`: %r. "
                    "Use either `@register(some_class)` or plain `@register` "
                    "on an annotated function." % (cls,))
            func = cls
            argname, cls = next(iter(
                (k, v) for k, v in ann.items() if k != "return"))
            if isinstance(cls, str):
                cls = eval(cls, getattr(func, "__globals__", {}))
            if not _is_valid_dispatch_type(cls):
                raise TypeError(
                    "Invalid annotation for %r. %r is not a class." % (argname, cls))
        registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(
                "%s requires at least 1 positional argument" % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry_proxy = type(type.__dict__)(registry)
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry_proxy
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """`singledispatch` for methods: dispatches on the first argument after self."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("%r is not callable or a descriptor" % (func,))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
