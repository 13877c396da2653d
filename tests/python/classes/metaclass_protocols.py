# A metaclass's own dunders apply to its classes: iteration, len, item access, repr, str,
# attribute assignment and deletion, and properties.
class Meta(type):
    def __iter__(cls):
        return iter(cls.items)

    def __len__(cls):
        return len(cls.items)

    def __getitem__(cls, key):
        return cls.items[key] * 10

    def __contains__(cls, x):
        return x in cls.items

    def __reversed__(cls):
        return reversed(cls.items)

    def __repr__(cls):
        return "<meta %s>" % cls.__name__

    def __setattr__(cls, name, value):
        if name == "locked":
            raise AttributeError("cannot reassign %r" % name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name == "locked":
            raise AttributeError("cannot delete %r" % name)
        super().__delattr__(name)

    @property
    def size(cls):
        return "size of %s: %d" % (cls.__name__, len(cls.items))


class A(metaclass=Meta):
    items = [1, 2, 3]
    locked = True


class B(A):
    items = [4]


print(list(A), len(A), A[1], 2 in A, list(reversed(A)), [x for x in B], len(B))
print(repr(A), str(B), "%s|%r" % (A, B), f"{A!r}")
print(A.size, B.size)
try:
    A.locked = False
except AttributeError as e:
    print("AttributeError:", e)
try:
    del A.locked
except AttributeError as e:
    print("AttributeError:", e)
A.other = 5
print(A.other, B.other)
del A.other
print(hasattr(A, "other"))
for x in A:
    print(x, end=" ")
print()
print(sorted(A, reverse=True), max(A), sum(B), dict.fromkeys(A))


class Plain:
    pass


try:
    iter(Plain)
except TypeError as e:
    print("TypeError:", e)
try:
    len(Plain)
except TypeError as e:
    print("TypeError:", e)
print(repr(Plain), str(Plain))
