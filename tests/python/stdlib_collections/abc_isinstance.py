from collections import OrderedDict, deque, ChainMap
from collections.abc import *
print(isinstance({}, Mapping), isinstance([], Sequence), isinstance((), Sequence), isinstance("", Sequence), isinstance([], Hashable), isinstance(1, Hashable), isinstance(iter([]), Iterator), isinstance([], Iterable), isinstance(len, Callable), isinstance(1, Callable), isinstance(OrderedDict(), MutableMapping), isinstance(deque(), MutableSequence), isinstance(set(), Set), isinstance(frozenset(), MutableSet), isinstance({}.keys(), Set), isinstance((x for x in []), Generator), isinstance(range(3), Reversible), isinstance({}, Reversible), isinstance(ChainMap(), Mapping), isinstance(dict, Callable))
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({'a': 1})
print(m.get('a'), m.get('b', 2), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1}, dict(m))
try: Mapping()
except TypeError as e: print(e)
class Half(Mapping):
    def __getitem__(self, k): return 1
try: Half()
except TypeError as e: print(e)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), Iterator), issubclass(It, Iterable), issubclass(It, Sized))
class NoHash:
    def __eq__(self, o): return True
print(isinstance(NoHash(), Hashable), issubclass(list, Sequence), issubclass(bytes, ByteString))
print(Mapping, MutableMapping.__mro__)
from collections import Counter, defaultdict, deque, OrderedDict
import collections.abc as cabc
print(Mapping[str, int], Sequence[int], Iterable[int], cabc.Callable[[int], str], cabc.Set[int])
print(deque[int], defaultdict[str, list], OrderedDict[str, int], Counter[str], ChainMap[str, int])
print(Mapping[str, int].__origin__ is Mapping, Mapping[str, int].__args__, list(deque[int]([1])))
