"""types.UnionType: what `int | str` makes (PEP 604)."""


def _type_repr(t):
    if t is type(None):
        return "None"
    if isinstance(t, type):
        if t.__module__ == "builtins":
            return t.__qualname__
        return "%s.%s" % (t.__module__, t.__qualname__)
    return repr(t)


def _unionable(x):
    return x is None or isinstance(x, (type, UnionType)) or hasattr(x, "__origin__")


class UnionType:
    """The union of types: isinstance/issubclass accept it like a tuple of them."""

    __slots__ = ("_args",)

    def __init__(self, args):
        self._args = args

    @property
    def __args__(self):
        return self._args

    def __or__(self, other):
        return make(self, other)

    def __ror__(self, other):
        return make(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self._args) == set(other._args)

    def __hash__(self):
        return hash(frozenset(self._args))

    def __repr__(self):
        return " | ".join(_type_repr(a) for a in self._args)

    def __instancecheck__(self, obj):
        return isinstance(obj, self._args)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self._args)


UnionType.__module__ = "types"


def make(a, b):
    """a | b for types, None and unions; NotImplemented for anything else."""
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    args = []
    for x in (a, b):
        if x is None:
            x = type(None)
        for t in (x._args if isinstance(x, UnionType) else (x,)):
            if t not in args:
                args.append(t)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))
