# Methods of the builtin base called on instances of subclasses of dict, list, str,
# set and bytearray, from one call site again and again: overrides, instance
# attributes that shadow a method, classes patched between calls, __getattribute__,
# and call sites that see several types.
class D(dict):
    pass


class L(list):
    pass


class S(str):
    pass


class St(set):
    pass


class B(bytearray):
    pass


def call_get(obj):
    return obj.get("k", "default")


d = D(k=1)
results = [call_get(d) for _ in range(3)]
print(results, type(d.copy()).__name__, d.setdefault("z", 2), sorted(d.items()))

# Shadowed by an instance attribute, then unshadowed.
d.get = lambda k, default=None: "shadow"
print(call_get(d))
del d.get
print(call_get(d))

# The class gets its own get after the site has seen the builtin one.
D.get = lambda self, k, default=None: "patched %s" % k
print(call_get(d), call_get({"k": 5}))
del D.get
print(call_get(d))


class Hooked(dict):
    def __getattribute__(self, name):
        if name == "get":
            return lambda *a: "hooked"
        return dict.__getattribute__(self, name)


print(call_get(Hooked(k=3)))

# One site, several receivers.
for obj in (D(k="d"), {"k": "plain"}, Hooked(), D(), D(k=None)):
    print(call_get(obj))

l = L([3, 1, 2])
for _ in range(2):
    l.append(4)
    l.sort()
    l.extend([0])
print(l, l.index(4), l.count(0), l.pop(), type(l.copy()).__name__)
s = S("Hello")
for _ in range(2):
    print(s.upper(), s.startswith("He"), s.split("l"), s.replace("l", "L"), type(s.strip()).__name__)
st = St({1})
for i in range(3):
    st.add(i)
print(sorted(st), st.issubset({0, 1, 2, 3}), type(st.union({9})).__name__)
b = B(b"ab")
for _ in range(2):
    b.append(99)
    b.extend(b"z")
print(b, b.hex(), b.find(b"c"))


class Own(list):
    def append(self, x):
        list.append(self, x * 10)


o = Own()
for i in range(3):
    o.append(i)
print(o)
try:
    D(k=1).get()
except TypeError as e:
    print("TypeError", e)

# Bound builtin methods kept in a variable and called later.
items = []
app = items.append
for i in range(3):
    app(i)
pop = items.pop
print(items, pop(), pop(0), items)
join = ", ".join
print(join(["a", "b"]), join(S("xy")))
dget = D(k="v").get
print(dget("k"), dget("missing"), dget("missing", 0))
fromkeys = D.fromkeys
made = fromkeys("ab", 0)
print(type(made).__name__, made, dict.fromkeys("c"))
upper = S("abc").upper
print(upper(), type(upper()).__name__)
for bad in (lambda: app(), lambda: app(1, 2), lambda: dget(), lambda: join(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(app(x=1) if False else "kw skipped", items)
try:
    app(object=1)
except TypeError as e:
    print("TypeError", e)
