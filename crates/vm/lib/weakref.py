"""Weak references (PEP 205), on the native handles of `_weakref`.

`ref` (ReferenceType), `WeakMethod`, `proxy`, `getweakrefcount`, `getweakrefs`,
`WeakValueDictionary`, `WeakKeyDictionary`, `WeakSet`, `finalize`. A callback runs
when the referent dies (for instances: at the next statement boundary; for functions,
classes and sets: at the next cycle collection, see docs/compat.md).
"""

import _weakref

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize", "KeyedRef"]


class ReferenceType:
    """ref(object[, callback]): a weak reference to object; calling it gives the
    object, or None once it is gone."""

    __slots__ = ("_handle", "_callback", "_hash")

    def __new__(cls, ob, callback=None, *args, **kwargs):
        if args or kwargs:
            raise TypeError("__new__ expected at most 2 arguments, got %d"
                            % (2 + len(args) + len(kwargs)))
        plain = callback is None and cls is ReferenceType
        if plain:
            r = _weakref.basic(ob)
            if r is not None:
                return r
        self = object.__new__(cls)
        self._handle = _weakref.handle(ob)
        self._callback = callback
        self._hash = None
        _weakref.register(ob, self, plain)
        return self

    def __init__(self, ob, callback=None, *args, **kwargs):
        if args or kwargs:
            raise TypeError("__init__ expected at most 2 arguments, got %d"
                            % (2 + len(args) + len(kwargs)))

    def __call__(self):
        return _weakref.get(self._handle)

    @property
    def __callback__(self):
        return self._callback

    def __hash__(self):
        if self._hash is None:
            ob = self()
            if ob is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __repr__(self):
        ob = self()
        if ob is None:
            return "<weakref at %#x; dead>" % id(self)
        name = getattr(ob, "__name__", None)
        text = "<weakref at %#x; to '%s' at %#x" % (id(self), type(ob).__name__, id(ob))
        if isinstance(name, str):
            text += " (%s)" % name
        return text + ">"

    def __class_getitem__(cls, item):
        return cls


ref = ReferenceType


def getweakrefcount(ob):
    """The number of weak references (and proxies) to ob."""
    return len(_weakref.refs(ob))


def getweakrefs(ob):
    """The weak references (and proxies) to ob."""
    return _weakref.refs(ob)


class KeyedRef(ReferenceType):
    """A ref remembering a key (what WeakValueDictionary stores)."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ReferenceType.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class WeakMethod(ReferenceType):
    """A weak reference to a bound method: alive while both its object and its
    function are."""

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(arg):
            self = self_ref()
            if self is not None and self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ReferenceType.__new__(cls, obj, _cb)
        self._func_ref = ReferenceType(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_ref = ReferenceType(self)
        return self

    def __call__(self):
        obj = ReferenceType.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return (ReferenceType.__eq__(self, other)
                    and self._func_ref == other._func_ref)
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = ReferenceType.__hash__


class ProxyType:
    """proxy(object[, callback]): stands for object while it lives; using it after
    raises ReferenceError."""

    __slots__ = ("_ref",)

    def __init__(self, ob, callback=None):
        if callback is not None:
            proxy_ref = [None]

            def cb(_r):
                callback(proxy_ref[0])
            object.__setattr__(self, "_ref", ReferenceType(ob, cb))
            proxy_ref[0] = self
        else:
            object.__setattr__(self, "_ref", ReferenceType(ob, lambda r: None))

    def _target(self):
        ob = object.__getattribute__(self, "_ref")()
        if ob is None:
            raise ReferenceError("weakly-referenced object no longer exists")
        return ob

    def __getattribute__(self, name):
        return getattr(ProxyType._target(self), name)

    def __setattr__(self, name, value):
        setattr(ProxyType._target(self), name, value)

    def __delattr__(self, name):
        delattr(ProxyType._target(self), name)

    def __repr__(self):
        ob = ProxyType._target(self)
        return "<weakproxy at %#x to %s at %#x>" % (id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(ProxyType._target(self))

    def __bool__(self):
        return bool(ProxyType._target(self))

    def __len__(self):
        return len(ProxyType._target(self))

    def __iter__(self):
        return iter(ProxyType._target(self))

    def __contains__(self, item):
        return item in ProxyType._target(self)

    def __getitem__(self, key):
        return ProxyType._target(self)[key]

    def __setitem__(self, key, value):
        ProxyType._target(self)[key] = value

    def __delitem__(self, key):
        del ProxyType._target(self)[key]

    def __call__(self, *args, **kwargs):
        return ProxyType._target(self)(*args, **kwargs)

    def __eq__(self, other):
        return ProxyType._target(self) == other

    def __ne__(self, other):
        return ProxyType._target(self) != other

    def __lt__(self, other):
        return ProxyType._target(self) < other

    def __le__(self, other):
        return ProxyType._target(self) <= other

    def __gt__(self, other):
        return ProxyType._target(self) > other

    def __ge__(self, other):
        return ProxyType._target(self) >= other

    def __add__(self, other):
        return ProxyType._target(self) + other

    def __sub__(self, other):
        return ProxyType._target(self) - other

    def __mul__(self, other):
        return ProxyType._target(self) * other

    __hash__ = None


def proxy(ob, callback=None):
    """A proxy for ob (see ProxyType)."""
    return ProxyType(ob, callback)


CallableProxyType = ProxyType
ProxyTypes = (ProxyType,)


class _WeakMapping:
    """What the two weak dictionaries share; each has `data` and `items()`."""

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def keys(self):
        return [k for k, _ in self.items()]

    def values(self):
        return [v for _, v in self.items()]

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if hasattr(other, "items"):
                other = other.items()
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        new = type(self)()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ReferenceType(self)):
            self = selfref()
            if self is not None and self.data.get(wr.key) is wr:
                del self.data[wr.key]
        self._remove = remove
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return sum(1 for r in list(self.data.values()) if r() is not None)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def items(self):
        out = []
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                out.append((k, v))
        return out

    def valuerefs(self):
        return list(self.data.values())

    def itervaluerefs(self):
        return iter(list(self.data.values()))

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ReferenceType(self)):
            self = selfref()
            if self is not None:
                self.data.pop(k, None)
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ReferenceType(key)]

    def __setitem__(self, key, value):
        self.data[ReferenceType(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ReferenceType(key)]

    def __contains__(self, key):
        try:
            wr = ReferenceType(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for r in list(self.data) if r() is not None)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def items(self):
        out = []
        for wr, value in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((o, value))
        return out

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        return self.data.get(ReferenceType(key), default)

    def pop(self, key, *args):
        return self.data.pop(ReferenceType(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ReferenceType(key, self._remove), default)

class WeakSet:
    """A set holding its items weakly: an item goes when it dies."""

    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ReferenceType(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)
        self._remove = _remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o

    def __len__(self):
        return sum(1 for r in list(self.data) if r() is not None)

    def __contains__(self, item):
        try:
            wr = ReferenceType(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, set(self))

    def add(self, item):
        self.data.add(ReferenceType(item, self._remove))

    def discard(self, item):
        self.data.discard(ReferenceType(item))

    def remove(self, item):
        self.data.remove(ReferenceType(item))

    def pop(self):
        while True:
            o = self.data.pop()()
            if o is not None:
                return o

    def clear(self):
        self.data.clear()

    def update(self, other):
        for item in other:
            self.add(item)

    def copy(self):
        return type(self)(self)

    __copy__ = copy


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs) once,
    when obj dies or when the finalizer is called, whichever comes first."""

    _registry = {}
    _registered_with_atexit = False
    _index = 0

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            # Registered when the first finalizer is made, as CPython does: at exit
            # the pending ones run (those with `atexit` true), newest first.
            import atexit

            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        self._info = (func, args, kwargs or None)
        self._ref = ReferenceType(obj, self)
        self.atexit = True
        finalize._index += 1
        self._order = finalize._index
        finalize._registry[id(self)] = self

    @classmethod
    def _exitfunc(cls):
        import sys

        pending = sorted(cls._registry.values(), key=lambda f: f._order)
        for f in reversed(pending):
            if f.atexit:
                # One failing finalizer is reported; the others still run.
                try:
                    f()
                except Exception as e:
                    import traceback

                    traceback.print_exception(e, file=sys.stderr)
        cls._registry.clear()

    def __call__(self, _=None):
        if finalize._registry.pop(id(self), None) is not None:
            func, args, kwargs = self._info
            return func(*args, **(kwargs or {}))
        return None

    def detach(self):
        obj = self._ref()
        if obj is not None and finalize._registry.pop(id(self), None) is not None:
            func, args, kwargs = self._info
            return (obj, func, args, kwargs or {})
        return None

    def peek(self):
        obj = self._ref()
        if obj is not None and id(self) in finalize._registry:
            func, args, kwargs = self._info
            return (obj, func, args, kwargs or {})
        return None

    @property
    def alive(self):
        return id(self) in finalize._registry

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))
