from collections import deque, Counter

d = deque("abc")
d.append("d"); d.appendleft("z")
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend("xy"); d.extendleft("12"); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(0); d.rotate(len(d)); print(d)
d.reverse(); print(d, list(reversed(d)))
print(d.count("a"), d.index("b"), "x" in d, "q" in d)
d.remove("x"); d.insert(1, "I"); del d[0]; d[0] = "first"; print(d)
d.clear(); print(d, bool(d), deque() == deque([]))
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10); print(b); b.appendleft(-1); print(b); b.extend([20, 21]); print(b)
b.extendleft([7, 8]); print(b)
print(deque([1, 2]) + deque([3]), deque([1]) * 3, 2 * deque("ab"), deque([1, 2]) < deque([1, 3]))
q = deque([1, 2]); q += [3]; q *= 2; print(q)
q2 = q.copy(); q2.append(9); print(q, q2)
r = deque(); r.append(r); print(r)
for op, arg in [("pop", ()), ("popleft", ()), ("remove", (1,)), ("index", (1,))]:
    try:
        getattr(deque(), op)(*arg)
    except (IndexError, ValueError) as e:
        print(op, type(e).__name__, e)
try:
    deque([1])[5]
except IndexError as e:
    print(e)
try:
    deque([1])["a"]
except TypeError as e:
    print(e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print(e)
try:
    deque([1], 1).insert(0, 2)
except IndexError as e:
    print(e)
try:
    deque([1]) + [2]
except TypeError as e:
    print(e)
it = iter(d := deque([1, 2]))
d.append(3)
try:
    next(it)
except RuntimeError as e:
    print(e)

c = Counter("gallahad")
print(c, c["a"], c["z"], len(c), sorted(c.elements()), c.most_common(), c.most_common(2), c.most_common(0))
c.update("aaz"); c.update({"l": 2}); c.update(q=3); print(c)
c.subtract("aa"); c.subtract({"q": 5}); print(c, c.total())
del c["nothing"]; del c["z"]; print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=1, b=0, c=-1), -Counter(a=1, b=0, c=-1))
x = Counter(a=1); x += Counter(a=1, b=-1); print(x); x -= Counter(a=5); print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) < Counter(a=2), Counter(a=2) >= Counter(a=1, b=0))
print(Counter(), repr(Counter({"b": 1, "a": 1, "c": 2})), Counter(["x", "y", "x"]), dict(Counter("aab")))
print(Counter("abc").copy(), isinstance(Counter(), dict), list(Counter("cab")))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print(e)
