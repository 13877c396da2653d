# __reduce__/__setstate__ of tee's iterators and of their blocks of items
# (_tee_dataobject, 57 items each), as CPython 3.11's, and copy.deepcopy of tees built
# from them: a tee copied alone goes on by itself, tees copied together still share.
import copy
import itertools as it
import re


def show(v):
    return re.sub(" at 0x[0-9a-f]+", "", repr(v))


def advance(t, n):
    for _ in range(n):
        next(t)


print("== reductions")
for n in (0, 1, 2, 56, 57, 58, 113, 114, 115, 200):
    t, u = it.tee(range(200))
    advance(t, n)
    func, args, (data, index) = t.__reduce__()
    dfunc, (src, items, nxt) = data.__reduce__()
    print(n, func.__name__, args, index, dfunc.__name__, type(src).__name__,
          len(items), items[:2], items[-1:], nxt is not None)
    ufunc, uargs, (udata, uindex) = u.__reduce__()
    _, (_, uitems, unext) = udata.__reduce__()
    print("  the slow one:", uindex, len(uitems), unext is not None,
          unext is data if n > 57 and n <= 114 else "")
t, u = it.tee("abc")
print(show(t.__reduce__()))
print(t.__reduce__()[2][0] is u.__reduce__()[2][0], t.__reduce__()[2][0] is t.__reduce__()[2][0])
next(t)
print(show(t.__reduce__()), show(t.__reduce__()[2][0].__reduce__()))
list(t)
print(show(t.__reduce__()), show(t.__reduce__()[2][0].__reduce__()))
print(show(it.tee([], 1)[0].__reduce__()[2][0].__reduce__()))

print("== copy.deepcopy")
for n in (0, 1, 3, 57, 60, 130):
    t, u = it.tee(iter(range(150)))
    advance(t, n)
    c = copy.deepcopy(t)
    print(n, next(c), next(t), len(list(c)), len(list(t)), len(list(u)))
for tn, un in ((70, 0), (0, 70), (10, 5), (120, 3), (57, 57), (150, 0)):
    t, u = it.tee(iter(range(150)))
    advance(t, tn)
    advance(u, un)
    t2, u2 = copy.deepcopy((t, u))
    a = [next(t2, None), next(u2, None)]
    print((tn, un), a, len(list(t2)), len(list(u2)), next(t, None), next(u, None))
t, = it.tee("abc", 1)
next(t)
c = copy.copy(t)
print(list(c), list(t))
t, u = it.tee(x * 2 for x in range(3))
try:
    copy.deepcopy(t)
except TypeError as e:
    print("TypeError:", e)

print("== __setstate__")
D = it._tee_dataobject
for state in [None, (), (1, 2), (D(iter("xyz"), [], None), 0),
              (D(iter("xyz"), [], None), -1), (D(iter("xyz"), [], None), 58),
              (D(iter("xyz"), [], None), 57), (D(iter("xyz"), ["a", "b"], None), 1),
              (D(iter("xyz"), ["a", "b"], None), 2), (D(iter("xyz"), ["a", "b"], None), 3),
              (D(iter("xyz"), ["a", "b"], None), "x"), (D(iter("xyz"), [], None), 0, 1),
              (D(iter("xy"), list(range(57)), D(iter("xy"), [57], None)), 55)]:
    t = it.tee("abc")[0]
    try:
        t.__setstate__(state)
        print(" ", show(state)[:60], list(t))
    except Exception as e:
        print(" ", show(state)[:60], type(e).__name__, e)
# Two tees given one block share it.
d = D(iter("xyz"), ["a"], None)
t, u = it.tee("", 2)
t.__setstate__((d, 0))
u.__setstate__((d, 1))
print(next(t), next(t), next(u), list(t), list(u))

print("== _tee_dataobject(...)")
for args in [(), (iter("ab"),), (iter("ab"), (), None), (iter("ab"), [1] * 58, None),
             (iter("ab"), [1] * 3, 5), (iter("ab"), [1] * 3, D(iter("x"), [], None)),
             (iter("ab"), [1] * 57, D(iter("x"), [2], None)), (1, [], None)]:
    try:
        d = D(*args)
        r = d.__reduce__()
        print(" ", r[0].__name__, len(r[1][1]), r[1][2] is not None)
    except (TypeError, ValueError) as e:
        print(" ", type(e).__name__, e)
print(sorted(vars(D)), sorted(vars(it._tee)))
print(hasattr(D(iter(""), [], None), "__next__"))
