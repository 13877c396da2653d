# __reduce__ of itertools' iterators, as CPython 3.11's: what each rebuilds itself
# from at its place (before it starts, part way, at its end), and copy.copy and
# copy.deepcopy going on from that place (a shallow copy shares the iterators inside).
import copy
import itertools as it
import re


def show(v):
    # Reprs of objects with addresses, by type.
    if isinstance(v, tuple):
        return "(" + ", ".join(show(x) for x in v) + ("," if len(v) == 1 else "") + ")"
    if isinstance(v, list):
        return "[" + ", ".join(show(x) for x in v) + "]"
    r = repr(v)
    if " object at " in r:
        return r.split(" object at ")[0] + ">"
    return re.sub(" at 0x[0-9a-f]+", "", r)


def key(x):
    return x.lower()


MAKERS = {
    "count": lambda: it.count(),
    "count_step": lambda: it.count(5, 2),
    "count_float": lambda: it.count(1.5),
    "count_big": lambda: it.count(2**70, -1),
    "count_bool_step": lambda: it.count(3, True),
    "cycle": lambda: it.cycle([1, 2, 3]),
    "cycle_empty": lambda: it.cycle([]),
    "repeat": lambda: it.repeat("x"),
    "repeat_times": lambda: it.repeat("x", 2),
    "repeat_negative": lambda: it.repeat("x", -3),
    "accumulate": lambda: it.accumulate([1, 2, 3]),
    "accumulate_func": lambda: it.accumulate([3, 1, 4], max),
    "accumulate_initial": lambda: it.accumulate([1, 2], initial=10),
    "accumulate_none_total": lambda: it.accumulate([None, 1, 2], lambda a, b: None),
    "chain": lambda: it.chain("ab", [1, 2]),
    "chain_empty": lambda: it.chain(),
    "chain_from_iterable": lambda: it.chain.from_iterable(["ab", "c"]),
    "compress": lambda: it.compress("abcd", [1, 0, 1, 1]),
    "dropwhile": lambda: it.dropwhile(lambda x: x < 2, [1, 2, 1]),
    "takewhile": lambda: it.takewhile(lambda x: x < 3, [1, 2, 3, 1]),
    "filterfalse": lambda: it.filterfalse(None, [0, 1, 0, 2]),
    "starmap": lambda: it.starmap(pow, [(2, 3), (3, 2)]),
    "islice": lambda: it.islice("abcdefg", 1, 6, 2),
    "islice_stop": lambda: it.islice("abcdef", 3),
    "islice_open": lambda: it.islice("abc", 1, None),
    "permutations": lambda: it.permutations("abc", 2),
    "permutations_full": lambda: it.permutations([1, 2, 3]),
    "permutations_r_too_big": lambda: it.permutations("ab", 3),
    "combinations": lambda: it.combinations("abcd", 2),
    "combinations_r_too_big": lambda: it.combinations("ab", 3),
    "cwr": lambda: it.combinations_with_replacement("abc", 2),
    "cwr_empty_pool": lambda: it.combinations_with_replacement("", 2),
    "product": lambda: it.product("ab", [1, 2]),
    "product_repeat": lambda: it.product("ab", repeat=2),
    "product_none": lambda: it.product(),
    "product_empty_pool": lambda: it.product("ab", ""),
    "zip_longest": lambda: it.zip_longest("abc", [1], fillvalue=0),
    "zip_longest_none": lambda: it.zip_longest(),
    "groupby": lambda: it.groupby("aabbbc"),
    "groupby_key": lambda: it.groupby("aAbB", key),
}


def advance(x, n):
    got = []
    for _ in range(n):
        try:
            got.append(next(x))
        except StopIteration:
            got.append("<end>")
            break
        except TypeError as e:
            got.append("<%s>" % e)
            break
    return got


def take(x, n=6):
    return show(list(it.islice(x, n)))


for name, make in MAKERS.items():
    print("==", name)
    for n in (0, 1, 2, 40):
        x = make()
        got = advance(x, n)
        print(" ", n, show(got), show(x.__reduce__()))
    for n in (0, 1, 3, 40):
        for how in (copy.copy, copy.deepcopy):
            x = make()
            advance(x, n)
            c = how(x)
            print("  %s at %d: copy %s, then original %s" % (how.__name__, n, take(c), take(x)))
            print("    same class:", type(c) is type(x), c is not x)

print("== groupby's groups")
g = it.groupby("aabbbc")
k, grp = next(g)
print(show(grp.__reduce__()), grp.__reduce__()[1][0] is g)
next(grp)
c = copy.copy(grp)
print(list(c), list(grp))
g = it.groupby("aabbbc")
k, grp = next(g)
next(grp)
c = copy.deepcopy(grp)
print(list(c), list(grp), [(k, list(v)) for k, v in g])
g = it.groupby("aabbbc")
k, grp = next(g)
k2, grp2 = next(g)
print(show(grp.__reduce__()), show(grp2.__reduce__()))
g2, grp2c = copy.deepcopy((g, grp2))
print(list(grp2c), [(k, list(v)) for k, v in g2], list(grp2))
# _grouper(parent, key) makes the parent's current group.
g = it.groupby("aabbbc")
k, grp = next(g)
made = it._grouper(g, "a")
print(list(grp), list(made), type(made).__name__)
for bad in [(1, 2), (g,), (g, 1, 2)]:
    try:
        it._grouper(*bad)
    except TypeError as e:
        print("TypeError:", e)

print("== subclasses reduce to their own class")


class C(it.count):
    pass


class Ch(it.chain):
    pass


print(show(C(3).__reduce__()), repr(copy.copy(C(3))), type(copy.deepcopy(C(3))).__name__)
ch = Ch("ab", "c")
next(ch)
print(show(ch.__reduce__())[:40], list(copy.deepcopy(ch)), type(copy.copy(ch)).__name__)

print("== pairwise has no __reduce__")
for how in (copy.copy, copy.deepcopy):
    try:
        how(it.pairwise([1, 2, 3]))
    except TypeError as e:
        print("TypeError:", e)
print("__reduce__" in vars(it.pairwise), "__setstate__" in vars(it.pairwise))
# (tee's classes: tee.py.)
for method in ("__reduce__", "__setstate__"):
    print(method, sorted(
        n for n, c in vars(it).items()
        if isinstance(c, type) and not n.startswith("_tee") and method in vars(c)
    ))

print("== a chain ends once an iterable fails (its source let go)")
c = it.chain([1], 5, [2])
print(next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
print(list(c), show(c.__reduce__()))
