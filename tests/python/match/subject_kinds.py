# Which subjects are sequences and which are mappings to `match`.
import types, collections, collections.abc
def kind(v):
    match v:
        case {**m}:
            return "mapping"
        case [*s]:
            return "sequence"
        case _:
            return "neither"
class D(dict): pass
class L(list): pass
class T(tuple): pass
class Mixed(L, collections.abc.Mapping): pass
for v in [types.MappingProxyType({1: 2}), {}.keys(), {}.items(), range(3), D(), L(), T(),
          collections.UserList([1]), collections.UserDict(), collections.ChainMap({1: 2}),
          collections.Counter(), iter([1]), (x for x in []), set(), frozenset(), "s", b"b", bytearray(),
          collections.OrderedDict(), collections.deque(), Mixed(), type, None, 1.5]:
    print(type(v).__name__, kind(v))
