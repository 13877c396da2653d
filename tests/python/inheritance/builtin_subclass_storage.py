# A subclass of a builtin reaches the builtin's storage through super() and the builtin's
# own methods, and counts as its builtin for % formatting and reversed().
class T(tuple):
    __slots__ = ()


t = T((1, 2))
try:
    t.extra = 1
except AttributeError as e:
    print("AttributeError", e)
print("%s-%s" % t, "%r" % (t,), hasattr(t, "__dict__"))


class D(dict):
    def __delitem__(self, key):
        print("del", key)
        super().__delitem__(key)

    def __iter__(self):
        return iter(sorted(super().__iter__()))


d = D(b=1, a=2, c=3)
del d["b"]
print(list(d), list(reversed(d)), dict.__iter__ is not None)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)


class L(list):
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 10)

    def __delitem__(self, i):
        super().__delitem__(i)
        print("deleted", i)


lst = L([1, 2, 3])
lst[0] = 5
lst[1:2] = [7]
del lst[-1]
print(lst, list(reversed(lst)))
list.__setitem__(lst, 0, 0)
list.__delitem__(lst, slice(1, None))
print(lst)


class E(Exception):
    __slots__ = ()


e = E("x")
e.note = "exceptions keep their __dict__"
print(e.note)
