# In-place operators on subclasses of list/set mutate the object and keep its type.
class L(list):
    pass
class M(list):
    def __add__(self, o):
        return "add"
class S(set):
    pass
a = L([1]); b = a
a += [2, 3]
print(a is b, type(a).__name__, a)
m = M([1]); n = m
m += [2]
print(m is n, m)
s = S({1}); t = s
s |= {2}
print(s is t, type(s).__name__, sorted(s))
a *= 2
print(a, a is b)
