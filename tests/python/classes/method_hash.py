# Bound methods hash and compare by their self and function, not their identity.
class A:
    def f(self):
        return 1

a, b = A(), A()
print(hash(a.f) == hash(a.f), a.f == a.f, a.f != b.f, len({a.f, a.f, b.f}))
d = {a.f: "a"}
print(d[a.f], b.f in d)
l = [1, 2]
print(hash(l.append) == hash(l.append), l.append == l.append, len({l.append, l.append, [].append}))
