# reprlib: size-limited reprs of the builtin containers, strings, ints and others.
import collections
import reprlib

r = reprlib.repr
print(r(list(range(10))), r(list(range(6))), r([]))
print(r(tuple(range(10))), r((1,)), r(()))
print(r(set(range(10))), r(set()), r({3, 1, 2}))
print(r(frozenset(range(10))), r(frozenset()))
print(r(collections.deque(range(10))))
print(r({i: str(i) for i in range(10)}), r({}), r({"b": 1, "a": 2}))
print(r("x" * 100), r("short"), r("a'b\"c" * 10))
print(r(2 ** 200), r(12345), r(-(10 ** 50)))
print(r([[[[[[[[1]]]]]]]]), r({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))
print(r(object)[:20], r(3.5), r(None), r(b"x" * 50))


class Long:
    def __repr__(self):
        return "L" * 100


class Bad:
    def __repr__(self):
        raise ValueError("no")


print(r(Long()), r(Bad()).startswith("<Bad instance at 0x"))
custom = reprlib.Repr()
custom.maxlist = 2
custom.maxstring = 10
custom.maxlevel = 2
print(custom.repr([1, 2, 3]), custom.repr("abcdefghijklmnop"), custom.repr([[[1]]]))


class Node:
    def __init__(self):
        self.children = [self]

    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r)" % (self.children,)


print(Node(), Node.__repr__.__name__, Node.__repr__.__qualname__)


class Other:
    @reprlib.recursive_repr(fillvalue="<...>")
    def __repr__(self):
        """doc"""
        return "Other(%r)" % (self.me,)


o = Other()
o.me = o
print(o, Other.__repr__.__doc__, reprlib.__all__)
