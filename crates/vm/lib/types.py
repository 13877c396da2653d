"""Names for the interpreter's built-in types (`FunctionType`, `ModuleType`…), taken from
objects of those types, plus `SimpleNamespace`, `GenericAlias`, `new_class` and
`DynamicClassAttribute`."""

import sys as _sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MappingProxyType = type(type.__dict__)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


def _cell_maker():
    x = None

    def inner():
        return x

    return inner


CellType = type(_cell_maker().__closure__[0])


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()  # (no "never awaited" warning)


async def _ag():
    yield


AsyncGeneratorType = type(_ag())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])
GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(FunctionType.__globals__)
ModuleType = type(_sys)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_sys._getframe())
    del _e

del _f, _g, _C, _cell_maker, _c, _ag


class SimpleNamespace:
    """An object whose attributes are its keyword arguments, with a readable repr and
    equality by attributes."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        active = _repr_running.setdefault(id(self), False)
        if active:
            return name + "(...)"
        _repr_running[id(self)] = True
        try:
            items = ("%s=%r" % (k, v) for k, v in self.__dict__.items())
            return "%s(%s)" % (name, ", ".join(items))
        finally:
            del _repr_running[id(self)]

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


_repr_running = {}


class GenericAlias:
    """`list[int]`: an origin class with type arguments, callable as the origin."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)

    def __getitem__(self, item):
        params = self.__parameters__
        if not params:
            raise TypeError("%r is not a generic class" % (self,))
        items = item if isinstance(item, tuple) else (item,)
        for param in params:
            prepare = getattr(param, "__typing_prepare_subst__", None)
            if prepare is not None:
                items = prepare(self, items)
        if len(items) != len(params):
            raise TypeError("Too %s arguments for %r; actual %d, expected %d" % (
                "many" if len(items) > len(params) else "few", self, len(items), len(params)))
        subst = dict(zip(params, items))
        new_args = []
        for arg in self.__args__:
            if isinstance(arg, type):
                new_args.append(arg)
                continue
            if hasattr(arg, "__typing_subst__"):
                new_args.append(arg.__typing_subst__(subst[arg]))
                continue
            sub = getattr(arg, "__parameters__", None)
            if isinstance(sub, tuple) and sub:
                picked = tuple(subst[p] for p in sub)
                arg = arg[picked[0] if len(picked) == 1 else picked]
            new_args.append(arg)
        return GenericAlias(self.__origin__, tuple(new_args))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        import _union
        return _union.make(self, other)

    def __ror__(self, other):
        import _union
        return _union.make(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __repr__(self):
        return "%s[%s]" % (_type_repr(self.__origin__),
                           ", ".join(_type_repr(a) for a in self.__args__))


def _collect_parameters(args):
    """The type variables in `args`, in order of first appearance (CPython 3.11's
    `_Py_make_parameters`)."""
    params = []
    for t in args:
        if isinstance(t, type):
            continue
        if hasattr(t, "__typing_subst__"):
            if t not in params:
                params.append(t)
            continue
        sub = getattr(t, "__parameters__", None)
        if isinstance(sub, tuple):
            for p in sub:
                if p not in params:
                    params.append(p)
    return tuple(params)


def _type_repr(obj):
    if obj is Ellipsis:
        return "..."
    if isinstance(obj, list):
        return "[%s]" % ", ".join(_type_repr(a) for a in obj)
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    return repr(obj)


def resolve_bases(bases):
    """Replace bases that define `__mro_entries__` by what it returns."""
    result = []
    changed = False
    for base in bases:
        if isinstance(base, type):
            result.append(base)
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            result.append(base)
            continue
        new = entries(bases)
        if not isinstance(new, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        result.extend(new)
        changed = True
    return tuple(result) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, the namespace from its `__prepare__`, and the remaining keywords."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
            "subclass of the metaclasses of all its bases"
        )
    return winner


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class as a `class` statement would, `exec_body(ns)` filling its body."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute:
    """A property on instances that falls back to the class's `__getattr__` when looked
    up on the class (enum's `name` and `value`)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or (fget.__doc__ if fget is not None else None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        result = type(self)(fget, self.fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


def coroutine(func):
    """Convert a regular generator function into a coroutine function (one whose
    generators `await` accepts)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if func.__class__ is FunctionType and getattr(func, '__code__', None).__class__ is CodeType:
        co_flags = func.__code__.co_flags
        if co_flags & 0x180:
            return func
        if co_flags & 0x20:
            import _metal_coro
            _metal_coro.iterable_coroutine(func)
            return func
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if coro.__class__ is not CoroutineType and coro.__class__ is not GeneratorType:
            import collections.abc as _abc
            if isinstance(coro, _abc.Generator) and not isinstance(coro, _abc.Coroutine):
                raise NotImplementedError(
                    "types.coroutine: wrapping generator-like objects is not supported yet")
        return coro

    return wrapped


# What `int | str` makes (PEP 604).
from _union import UnionType  # noqa: E402

__all__ = [n for n in globals() if n[:1] != "_" and n != "sys"]