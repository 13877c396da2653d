# Which native iterator classes can be subclassed: itertools' public classes, enumerate,
# zip, map, filter and reversed can; the sequence, dict, set and callable iterators and
# itertools' _grouper, _tee and _tee_dataobject cannot.
import itertools as it

types = {"list_iterator": type(iter([])), "tuple_iterator": type(iter(())),
         "str_iterator": type(iter("x")), "range_iterator": type(iter(range(1))),
         "set_iterator": type(iter(set())), "dict_keyiterator": type(iter({})),
         "dict_itemiterator": type(iter({}.items())), "enumerate": enumerate, "zip": zip,
         "map": map, "filter": filter, "reversed": reversed,
         "callable_iterator": type(iter(int, 1))}
for n in dir(it):
    if isinstance(getattr(it, n), type) and n != "__loader__":
        types[n] = getattr(it, n)
for n, t in types.items():
    try:
        type("X", (t,), {})
        print(n, "ok")
    except TypeError as e:
        print(n, "TypeError", e)


class C(it.cycle):
    pass


c = C("ab")
print(type(c).__name__, next(c), next(c), next(c), isinstance(c, it.cycle))


class Z(it.zip_longest):
    def __next__(self):
        return super().__next__()[::-1]


print(list(Z("ab", "c", fillvalue="-")))


class G(it.groupby):
    pass


print([(k, list(g)) for k, g in G("aab")])
try:
    class T(it._tee):
        pass
except TypeError as e:
    print("TypeError", e)
