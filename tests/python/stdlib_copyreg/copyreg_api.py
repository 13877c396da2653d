# copyreg: the registry copy and pickle consult, the constructors of reductions,
# _slotnames, and extension codes.
import copy
import copyreg

print(sorted(copyreg.__all__))
print(copyreg.__doc__.splitlines()[0])
print(complex in copyreg.dispatch_table, copyreg.pickle_complex(3 + 4j))
print(copyreg.pickle_union(int | str)[1][1])


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


calls = []


def reduce_point(p):
    calls.append(p)
    return Point, (p.x * 10, p.y * 10)


copyreg.pickle(Point, reduce_point)
p = Point(1, [2])
print(copy.copy(p), copy.deepcopy(p), len(calls))
q = copy.deepcopy([p, p])
print(q, q[0] is q[1])
del copyreg.dispatch_table[Point]
print(copy.copy(p), len(calls))

for bad in (lambda: copyreg.pickle(Point, 5), lambda: copyreg.pickle(Point, reduce_point, 7),
            lambda: copyreg.constructor(None)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(Point in copyreg.dispatch_table)
del copyreg.dispatch_table[Point]


class Base:
    __slots__ = ("a", "__b")


class Child(Base):
    __slots__ = ["c", "__dict__", "__weakref__"]


class _Under:
    __slots__ = "__z"


print(copyreg._slotnames(Child), copyreg._slotnames(Base), copyreg._slotnames(_Under))
print("__slotnames__" in Child.__dict__, Child.__slotnames__)
print(copyreg._slotnames(Point), Point.__slotnames__)

o = copyreg._reconstructor(Point, object, None)
print(type(o).__name__, o.__dict__)


class MyList(list):
    pass


m = copyreg._reconstructor(MyList, list, [1, 2])
print(type(m).__name__, m)
print(copyreg.__newobj__(MyList), copyreg.__newobj_ex__(MyList, (), {}))
print(type(copyreg.__newobj__(MyList)).__name__)

copyreg.add_extension("mod", "name", 240)
copyreg.add_extension("mod", "name", 240)
print(copyreg._extension_registry, copyreg._inverted_registry)
for args in (("mod", "other", 240), ("mod", "name", 241), ("m", "n", 0), ("m", "n", 2 ** 31)):
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print("ValueError", e)
copyreg._extension_cache[240] = "cached"
copyreg.remove_extension("mod", "name", 240)
print(copyreg._extension_registry, copyreg._extension_cache)
try:
    copyreg.remove_extension("mod", "name", 240)
except ValueError as e:
    print("ValueError", e)
copyreg._extension_cache[1] = 2
copyreg.clear_extension_cache()
print(copyreg._extension_cache)
