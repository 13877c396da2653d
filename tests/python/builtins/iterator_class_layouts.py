# The native iterator classes as CPython 3.11 lays them out: `object` their only base,
# each its own __basicsize__, __doc__, __module__ and __qualname__, and their own
# __iter__/__next__; subclassing and the collections.abc checks keep working.
import collections.abc as cabc
import itertools


class Seq:
    def __getitem__(self, i):
        if i < 2:
            return i
        raise IndexError


ITERATORS = [
    zip(), map(len, []), enumerate([]), filter(None, []), reversed([1]),
    reversed((1,)), reversed(range(3)), reversed("ab"), iter([]), iter(()), iter(""),
    iter("é"), iter({}), iter({}.values()), iter({}.items()), iter({}.keys()), iter(set()),
    iter(frozenset()), iter(range(3)), iter(b""), iter(Seq()), iter(int, 1),
    itertools.chain(), itertools.chain.from_iterable([]), itertools.count(),
    itertools.islice([], 1), itertools.product(), itertools.permutations([]),
    itertools.combinations([], 1), itertools.accumulate([]), itertools.repeat(1),
]
for it in ITERATORS:
    t = type(it)
    print(t.__name__, t.__qualname__, t.__module__, t)
    print("   ", t.__mro__, t.__bases__, t.__base__)
    print("   ", t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
    print("   ", repr(t.__doc__), t.__dict__["__doc__"] == t.__doc__)
    print("   ", "__iter__" in t.__dict__, "__next__" in t.__dict__, "__dict__" in t.__dict__)
    print("   ", t.__iter__.__qualname__, t.__next__.__qualname__, t.__next__.__doc__)
    print("   ", isinstance(it, cabc.Iterator), issubclass(t, cabc.Iterator),
          issubclass(t, cabc.Iterable), issubclass(t, cabc.Hashable),
          issubclass(t, cabc.Sized), issubclass(t, cabc.Generator), iter(it) is it)
    print("   ", t in object.__subclasses__(), issubclass(t, object))

print(zip.__doc__)
print(itertools.chain.from_iterable.__qualname__, itertools.chain.from_iterable.__doc__)

# The mutable containers are still not Hashable, the immutable ones are.
for t in (list, dict, set, bytearray, tuple, frozenset, str, bytes, int, object):
    print(t.__name__, issubclass(t, cabc.Hashable), issubclass(t, cabc.Iterator))

# Their methods, called through the class.
it = iter([1, 2, 3])
print(type(it).__next__(it), next(it), list(type(it).__iter__(it)))
print(zip.__next__(zip([5])), map.__next__(map(abs, [-1])))
print(itertools.count.__next__(itertools.count(4)), list(itertools.repeat.__iter__(itertools.repeat(0, 2))))


# Subclasses: laid out over their base, still iterators.
class Z(zip):
    pass


class C(itertools.chain):
    def __next__(self):
        return 2 * super().__next__()


class E(enumerate):
    def extra(self):
        return "x"


class P(itertools.permutations):
    __slots__ = ()


z = Z([1, 2], "ab")
print(list(z), Z.__mro__, Z.__base__, Z.__basicsize__, Z.__dictoffset__)
print(isinstance(z, zip), isinstance(z, cabc.Iterator), issubclass(Z, cabc.Iterator))
c = C([1, 2], [3])
print(list(c), C.__mro__, C.__basicsize__, C.__base__)
e = E("ab", 1)
print(list(e), e.extra(), E.__basicsize__, E.__mro__)
print(list(P("ab")), P.__basicsize__, P.__dictoffset__, P.__mro__)
print(zip.__subclasses__(), itertools.chain.__subclasses__())

# Layout conflicts between them, as CPython refuses them.
for bases in [(zip, map), (zip, enumerate), (itertools.chain, itertools.count),
              (itertools.permutations, itertools.combinations), (zip, Z)]:
    try:
        type("Both", bases, {})
        print([b.__name__ for b in bases], "ok")
    except TypeError as e:
        print([b.__name__ for b in bases], e)
for obj, cls in [(zip(), map), (Z(), map), (Z(), zip)]:
    try:
        obj.__class__ = cls
        print("assigned", type(obj).__name__)
    except TypeError as e:
        print(e)

# Not instantiable: the types without a constructor.
for it in [iter([]), iter(range(2)), iter({}), iter(Seq()), iter(int, 1)]:
    try:
        type(it)()
    except TypeError as e:
        print(e)
