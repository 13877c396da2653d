# == and != between builtin values of different types (numbers, str, tuple, list, dict,
# set/frozenset, None, NotImplemented, Ellipsis, complex, bytes), and 'in'/count/index
# over lists of them: equal only within numbers and within sets.
vals = [0, 1, True, False, 1.0, 2**70, float(2**70), "", "a", (), (1,), [], [1], {}, {1: 2}, set(), frozenset(), {1}, frozenset({1}), None, NotImplemented, Ellipsis, 1j, b"", bytearray(b"")]
for a in vals:
    print(repr(a), [a == b for b in vals], [a != b for b in vals])
print(1 in [[], (), {}], "x" in [None, "", [], (), {}], 3 in (None, "", [], (), {}))
print([[], (), {}].count(0), [(), 0, False].index(False))
