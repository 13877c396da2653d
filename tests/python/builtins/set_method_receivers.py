# set and frozenset methods called through their type check the receiver as CPython
# does: a set method does not apply to a frozenset, nor the reverse.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for f in [lambda: frozenset.union([], []), lambda: set.union(frozenset(), [1]), lambda: set.add(frozenset(), 1),
          lambda: set.union(), lambda: frozenset.__contains__([], 1), lambda: set.__len__(),
          lambda: frozenset.union(frozenset({1}), [2]), lambda: set.union({1}, [2]),
          lambda: set.__contains__({1}, 1), lambda: frozenset.copy(frozenset({3})), lambda: set.add(set(), 2)]:
    t(f)
class FS(frozenset): pass
print(FS({1}).union([2]), set.__len__({1, 2}))
