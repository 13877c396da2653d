"""Context variables (PEP 567): metal's `_contextvars`, written in Python.

A Context maps ContextVars to values. The running context is `_current[0]`;
`ContextVar.set` replaces the running context's mapping with a new one (copy on write),
so a copy of a context, which shares its mapping, never sees later sets.
"""

__all__ = ("Context", "ContextVar", "Token", "copy_context")

_MISSING = object()


def _no_subclass(cls):
    def __init_subclass__(sub, **kwargs):
        raise TypeError(f"type '_contextvars.{cls.__name__}' is not an acceptable base type")

    cls.__init_subclass__ = classmethod(__init_subclass__)
    return cls


def _check_key(key):
    if type(key) is not ContextVar:
        raise TypeError(f"a ContextVar key was expected, got {key!r}")


class _View:
    __slots__ = ("_items",)

    def __init__(self, items):
        self._items = items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)


class keys(_View):
    __slots__ = ()


class values(_View):
    __slots__ = ()


class items(_View):
    __slots__ = ()


@_no_subclass
class Context:
    __slots__ = ("_data", "_prev", "_entered", "__weakref__")
    __hash__ = None

    def __new__(cls, *args, **kwargs):
        if args or kwargs:
            raise TypeError("Context() does not accept any arguments")
        self = object.__new__(cls)
        self._data = {}
        self._prev = None
        self._entered = False
        return self

    def run(*args, **kwargs):
        if len(args) < 2:
            raise TypeError("run() missing 1 required positional argument")
        self, callable, *args = args
        if self._entered:
            raise RuntimeError(f"cannot enter context: {self!r} is already entered")
        self._prev = _current[0]
        self._entered = True
        _current[0] = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current[0] = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def __getitem__(self, var):
        _check_key(var)
        try:
            return self._data[var]
        except KeyError:
            raise KeyError(var) from None

    def get(self, var, default=None):
        _check_key(var)
        return self._data.get(var, default)

    def __contains__(self, var):
        _check_key(var)
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def keys(self):
        return keys(list(self._data))

    def values(self):
        return values(list(self._data.values()))

    def items(self):
        return items(list(self._data.items()))

    def __eq__(self, other):
        if type(other) is not Context:
            return NotImplemented
        return self._data == other._data


_current = [Context()]


def copy_context():
    return _current[0].copy()


@_no_subclass
class ContextVar:
    __slots__ = ("_name", "_default")

    def __new__(cls, *args, **kwargs):
        if len(args) + len(kwargs) > 2:
            raise TypeError(
                f"ContextVar() takes at most 2 arguments ({len(args) + len(kwargs)} given)"
            )
        if len(args) > 1:
            raise TypeError(
                f"ContextVar() takes at most 1 positional argument ({len(args)} given)"
            )
        if not args:
            raise TypeError("ContextVar() takes exactly 1 positional argument (0 given)")
        default = _MISSING
        for key, value in kwargs.items():
            if key != "default":
                raise TypeError(f"'{key}' is an invalid keyword argument for ContextVar()")
            default = value
        name = args[0]
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self = object.__new__(cls)
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_default", default)
        return self

    def __setattr__(self, name, value):
        if name == "name":
            raise AttributeError("readonly attribute")
        raise AttributeError(
            f"'_contextvars.ContextVar' object has no attribute '{name}'"
        )

    @property
    def name(self):
        return self._name

    def get(self, *args, **kwargs):
        if kwargs:
            raise TypeError("ContextVar.get() takes no keyword arguments")
        if len(args) > 1:
            raise TypeError(f"get expected at most 1 argument, got {len(args)}")
        try:
            return _current[0]._data[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current[0]
        data = ctx._data
        old = data.get(self, Token.MISSING)
        new = dict(data)
        new[self] = value
        ctx._data = new
        return _make_token(ctx, self, old)

    def reset(self, token):
        if type(token) is not Token:
            raise TypeError(f"expected an instance of Token, got {token!r}")
        if token._used:
            raise RuntimeError(f"{token!r} has already been used once")
        if token._var is not self:
            raise ValueError(f"{token!r} was created by a different ContextVar")
        ctx = _current[0]
        if token._ctx is not ctx:
            raise ValueError(f"{token!r} was created in a different Context")
        token._used = True
        new = dict(ctx._data)
        if token._old is Token.MISSING:
            new.pop(self, None)
        else:
            new[self] = token._old
        ctx._data = new

    def __repr__(self):
        default = "" if self._default is _MISSING else f" default={self._default!r}"
        return f"<ContextVar name={self._name!r}{default} at {id(self):#x}>"

    def __class_getitem__(cls, item):
        import types

        return types.GenericAlias(cls, item)


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return "<Token.MISSING>"


_Missing.__name__ = _Missing.__qualname__ = "Token.MISSING"
_Missing.__module__ = keys.__module__ = values.__module__ = items.__module__ = "builtins"


@_no_subclass
class Token:
    __slots__ = ("_ctx", "_var", "_old", "_used")
    MISSING = _Missing()

    def __new__(cls, *args, **kwargs):
        raise RuntimeError("Tokens can only be created by ContextVars")

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __repr__(self):
        used = " used" if self._used else ""
        return f"<Token{used} var={self._var!r} at {id(self):#x}>"

    def __class_getitem__(cls, item):
        import types

        return types.GenericAlias(cls, item)


import _metal_coro  # noqa: E402

_metal_coro.hide_frames(Context.run)  # (C in CPython: no traceback entry)
del _metal_coro


def _make_token(ctx, var, old):
    token = object.__new__(Token)
    token._ctx = ctx
    token._var = var
    token._old = old
    token._used = False
    return token


del _no_subclass
