# Cycles closed through iterators, views, slices, mapping proxies, itertools objects,
# generators and the other objects that hold values are collected.
import gc, weakref, itertools, functools, operator, collections
class A: pass
def check(name, make):
    refs = []
    for i in range(50):
        a = A()
        make(a)
        refs.append(weakref.ref(a))
    a = None
    gc.collect()
    n = sum(r() is not None for r in refs)
    print(name, "leaked" if n else "ok")
check("list_iterator", lambda a: setattr(a, "x", iter([a])))
check("tuple_iterator", lambda a: setattr(a, "x", iter((a, 1))))
check("dict_keys", lambda a: setattr(a, "x", {a: 1}.keys()))
check("dict_items iter", lambda a: setattr(a, "x", iter({1: a}.items())))
check("map", lambda a: setattr(a, "x", map(str, [a])))
check("filter", lambda a: setattr(a, "x", filter(None, [a])))
check("zip", lambda a: setattr(a, "x", zip([a], [1])))
check("enumerate", lambda a: setattr(a, "x", enumerate([a])))
check("reversed", lambda a: setattr(a, "x", reversed([a])))
check("slice", lambda a: setattr(a, "x", slice(a)))
check("chain", lambda a: setattr(a, "x", itertools.chain([a])))
check("count-repeat", lambda a: setattr(a, "x", itertools.repeat(a)))
check("islice", lambda a: setattr(a, "x", itertools.islice([a], 1)))
check("groupby", lambda a: setattr(a, "x", itertools.groupby([a])))
check("partial", lambda a: setattr(a, "x", functools.partial(print, a)))
check("itemgetter", lambda a: setattr(a, "x", operator.itemgetter(a)))
check("deque", lambda a: setattr(a, "x", collections.deque([a])))
check("defaultdict", lambda a: setattr(a, "x", collections.defaultdict(None, {1: a})))
check("OrderedDict", lambda a: setattr(a, "x", collections.OrderedDict({1: a})))
check("mappingproxy", lambda a: setattr(a, "x", type("T", (), {"a": a}).__dict__))
check("classmethod", lambda a: setattr(a, "x", classmethod(lambda c: a)))
check("property", lambda a: setattr(a, "x", property(lambda s: a)))
check("bound method", lambda a: setattr(a, "x", a.__init__))
check("super", lambda a: setattr(a, "x", super(A, a)))
check("bytearray iter", lambda a: setattr(a, "x", (iter(bytearray(b"ab")), a)))
check("gen", lambda a: setattr(a, "x", (x for x in [a])))

check("exception", lambda a: setattr(a, "x", ValueError(a)))
check("weakref cb", lambda a: setattr(a, "x", weakref.ref(A, lambda r, a=a: None)))
check("sorted key", lambda a: setattr(a, "x", iter(sorted([1], key=lambda k, a=a: k))))
check("range_iter", lambda a: setattr(a, "x", (iter(range(3)), a)))
check("method-wrapper", lambda a: setattr(a, "x", a.__str__))
check("set_iterator", lambda a: setattr(a, "x", iter({a})))
check("callable iter", lambda a: setattr(a, "x", iter(lambda: a, 1)))
check("seq iter", lambda a: setattr(a, "x", iter(collections.UserList([a]))))
check("zip_longest", lambda a: setattr(a, "x", itertools.zip_longest([a])))
check("accumulate", lambda a: setattr(a, "x", itertools.accumulate([a])))
check("product", lambda a: setattr(a, "x", itertools.product([a])))
check("staticmethod", lambda a: setattr(a, "x", staticmethod(lambda: a)))
check("cell", lambda a: setattr(a, "x", (lambda: a)))
check("module", lambda a: setattr(a, "x", type(gc)("m")) or setattr(a.x, "a", a))


# A memoryview of an object that refers back to the view.
class Buffer(bytearray):
    pass


views = []
for i in range(20):
    b = Buffer(b"abc")
    b.view = memoryview(b)[1:]
    views.append(weakref.ref(b))
del b
gc.collect()
print("memoryview", "leaked" if any(r() is not None for r in views) else "ok")
