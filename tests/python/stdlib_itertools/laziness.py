# itertools' iterators read their inputs only as far as CPython's do: each source here
# prints what is taken from it.
import itertools as it


class Loud:
    def __init__(self, name, items):
        self.name = name
        self.items = iter(items)

    def __iter__(self):
        return self

    def __next__(self):
        try:
            v = next(self.items)
        except StopIteration:
            print("   ", self.name, "end")
            raise
        print("   ", self.name, "->", v)
        return v


def show(label, make, n):
    print(label)
    obj = make()
    print("  made")
    for _ in range(n):
        try:
            v = next(obj)
            print("  got", v[0] if isinstance(v, tuple) and len(v) == 2 and type(v[1]).__name__ == "_grouper" else v)
        except StopIteration:
            print("  stop")
            break


show("cycle", lambda: it.cycle(Loud("s", "ab")), 5)
show("zip_longest", lambda: it.zip_longest(Loud("a", [1]), Loud("b", [1, 2])), 4)
show("starmap", lambda: it.starmap(max, Loud("s", [(1, 2), (3, 0)])), 3)
show("takewhile", lambda: it.takewhile(lambda x: x < 2, Loud("s", [1, 2, 3])), 3)
show("dropwhile", lambda: it.dropwhile(lambda x: x < 2, Loud("s", [1, 2, 1])), 3)
show("filterfalse", lambda: it.filterfalse(None, Loud("s", [1, 0, 2])), 3)
show("compress", lambda: it.compress(Loud("d", "abc"), Loud("s", [0, 1])), 3)
show("pairwise", lambda: it.pairwise(Loud("s", "abc")), 3)
show("pairwise short", lambda: it.pairwise(Loud("s", "a")), 2)
show("accumulate initial", lambda: it.accumulate(Loud("s", [1, 2]), initial=10), 4)
show("islice start>stop", lambda: it.islice(Loud("s", range(10)), 3, 1), 2)
show("islice step", lambda: it.islice(Loud("s", range(10)), 1, 6, 2), 4)
show("islice stop", lambda: it.islice(Loud("s", range(10)), 2), 3)
show("islice end", lambda: it.islice(Loud("s", range(2)), 0, None, 5), 3)
show("chain", lambda: it.chain(Loud("a", [1]), Loud("b", [2])), 3)
show("groupby", lambda: it.groupby(Loud("s", "aab")), 3)
show("tee", lambda: it.tee(Loud("s", [1, 2]))[0], 3)
show("product", lambda: it.product(Loud("a", "ab"), Loud("b", "c")), 1)
show("zip_longest none", lambda: it.zip_longest(), 1)

# Built lazily: chain's arguments are turned into iterators when reached.
c = it.chain([1], 2)
print(next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError", e)

# After the end, the source is not read again.
s = Loud("s", [1])
p = it.pairwise(s)
print(list(p), list(p))
s = Loud("s", [1])
z = it.islice(s, 5)
print(list(z), list(z))
