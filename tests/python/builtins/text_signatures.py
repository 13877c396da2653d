# __text_signature__ of builtin functions and of builtin types' methods (bound or not,
# slot wrappers, class and static methods), as CPython 3.11 records them; None where it
# has none.
import collections
import itertools

l = [3]
d = {}
CALLABLES = [
    len, iter, next, print, max, min, getattr, isinstance, sorted, repr, abs, divmod, pow,
    str.join, str.split, str.format, str.maketrans, "x".upper, str.__add__, "x".__len__,
    list.append, l.append, list.sort, list.__init__, l.__iter__, list.__getitem__,
    dict.get, d.setdefault, dict.fromkeys, dict.__dict__["fromkeys"], d.__contains__,
    int.__add__, (5).__add__, int.to_bytes, int.from_bytes, int.__new__, object.__new__,
    object.__init__, object.__init_subclass__, object.__subclasshook__, type.__call__,
    bytes.maketrans, bytearray.maketrans, bytes.hex, tuple.index, set.add, frozenset.union,
    type(iter([])).__next__, type(iter([])).__reduce__, type(iter([])).__setstate__,
    itertools.chain.from_iterable, collections.OrderedDict.keys,
    collections.OrderedDict.__iter__, type(collections.OrderedDict().keys()).__reversed__,
    len.__call__, str.join.__get__, l.__len__.__eq__, len.__reduce__,
]
for f in CALLABLES:
    print(f.__qualname__, type(f).__name__, repr(f.__text_signature__))

for t in (type(len), type(str.join), type(int.__add__), type(dict.__dict__["fromkeys"]),
          type(l.__len__)):
    g = vars(t)["__text_signature__"]
    print(t.__name__, type(g).__name__, repr(g.__get__(len if t is type(len) else None, t)) if t is type(len) else type(g).__name__)
for call in (
    lambda: vars(type(len))["__text_signature__"].__get__(str.join),
    lambda: setattr(len, "__text_signature__", "x"),
):
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
