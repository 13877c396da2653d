# The mutable builtin containers have __hash__ = None, as CPython's.
import collections.abc

for t in (list, dict, set, bytearray, tuple, frozenset, str, bytes, int):
    print(t.__name__, t.__hash__ is None, issubclass(t, collections.abc.Hashable),
          isinstance(t(), collections.abc.Hashable))


class L(list):
    pass


class H(list):
    def __hash__(self):
        return 7


print(L.__hash__ is None, H.__hash__ is None, hash(H()))
for x in ([], {}, set(), bytearray(), L()):
    try:
        hash(x)
    except TypeError as e:
        print(e)
