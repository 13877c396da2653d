"""Small functional helpers (cached_property, SimpleLazyObject, lazy strings)."""


class cached_property:
    """Compute a method's value once per instance, then store it in __dict__."""

    name = None

    def __init__(self, func, name=None):
        self.real_func = func
        self.__doc__ = getattr(func, "__doc__", None)

    def __set_name__(self, owner, name):
        if self.name is None:
            self.name = name
            self.func = self.real_func
        elif name != self.name:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                "(%r and %r)." % (self.name, name)
            )

    def __get__(self, instance, cls=None):
        if instance is None:
            return self
        res = instance.__dict__[self.name] = self.func(instance)
        return res


class classproperty:
    def __init__(self, method=None):
        self.fget = method

    def __get__(self, instance, cls=None):
        return self.fget(cls)


class Promise:
    """Base of lazily evaluated values."""


def lazy(func, *resultclasses):
    """A lazy version of func: evaluated each time the result is used as a str."""

    class __proxy__(Promise):
        def __init__(self, args, kw):
            self._args = args
            self._kw = kw

        def __cast(self):
            return func(*self._args, **self._kw)

        def __str__(self):
            return str(self.__cast())

        def __repr__(self):
            return repr(self.__cast())

        def __eq__(self, other):
            if isinstance(other, Promise):
                other = str(other)
            return self.__cast() == other

        def __hash__(self):
            return hash(self.__cast())

        def __add__(self, other):
            return self.__cast() + other

        def __radd__(self, other):
            return other + self.__cast()

        def __mod__(self, other):
            return self.__cast() % other

    def wrapper(*args, **kw):
        return __proxy__(args, kw)

    return wrapper


def keep_lazy(*resultclasses):
    def decorator(func):
        return func

    return decorator


def keep_lazy_text(func):
    return func


_empty = object()


class SimpleLazyObject:
    """Wrap a factory; the object is made on first use and stands in for it."""

    def __init__(self, func):
        self.__dict__["_setupfunc"] = func
        self.__dict__["_wrapped"] = _empty

    def _setup(self):
        self.__dict__["_wrapped"] = self._setupfunc()

    def _get(self):
        if self.__dict__["_wrapped"] is _empty:
            self._setup()
        return self.__dict__["_wrapped"]

    def __getattr__(self, name):
        return getattr(self._get(), name)

    def __setattr__(self, name, value):
        setattr(self._get(), name, value)

    def __str__(self):
        return str(self._get())

    def __repr__(self):
        if self.__dict__["_wrapped"] is _empty:
            return "<SimpleLazyObject: %r>" % self._setupfunc
        return "<SimpleLazyObject: %r>" % self.__dict__["_wrapped"]

    def __bool__(self):
        return bool(self._get())

    def __eq__(self, other):
        return self._get() == other

    def __hash__(self):
        return hash(self._get())

    def __len__(self):
        return len(self._get())

    def __iter__(self):
        return iter(self._get())

    def __getitem__(self, key):
        return self._get()[key]

    def __contains__(self, key):
        return key in self._get()
