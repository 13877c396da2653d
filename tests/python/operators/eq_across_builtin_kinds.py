# == and != between builtin values of different types (numbers, str, tuple, list, dict,
# set/frozenset, None, NotImplemented, Ellipsis, complex, bytes), and 'in'/count/index
# over lists of them: equal only within numbers and within sets.
vals = [0, 1, True, False, 1.0, 2**70, float(2**70), "", "a", (), (1,), [], [1], {}, {1: 2}, set(), frozenset(), {1}, frozenset({1}), None, NotImplemented, Ellipsis, 1j, b"", bytearray(b"")]
for a in vals:
    print(repr(a), [a == b for b in vals], [a != b for b in vals])
print(1 in [[], (), {}], "x" in [None, "", [], (), {}], 3 in (None, "", [], (), {}))
print([[], (), {}].count(0), [(), 0, False].index(False))


# None against an instance whose __eq__ answers: the reflected comparison decides.
class A:
    def __eq__(self, o):
        return True


class B:
    def __eq__(self, o):
        return NotImplemented


a, b = A(), B()
print([None].count(a), (None,).index(a), [None].index(a), (None,).count(a))
print(a in (None,), None in (a,), a in [None], None == a, a == None, None != a)
print([None].count(b), b in (None,), None in (b,), None == b, b != None)
print({None: 1} == {None: a}, [None] == [a], (a,) == (None,))
