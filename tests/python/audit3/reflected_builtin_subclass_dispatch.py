class IntSub(int):
    def __radd__(self, o): return "IntSub.radd"
fl = 1.0
fl += IntSub(2)
print(fl)                 # CPython: 3.0 (IntSub is not a float subclass)
print(1.0 + IntSub(2))    # CPython: 3.0
class Lst(list):
    def __radd__(self, o): return "Lst.radd"
print([1] + Lst([2]))     # CPython: Lst.radd
ll = [1]
ll += Lst([2])
print(ll)                 # CPython: Lst.radd
class Tup(tuple):
    def __radd__(self, o): return "Tup.radd"
    def __rmul__(self, o): return "Tup.rmul"
print((1,) + Tup((2,)), 2 * Tup((1,)))
class IntSub2(int):
    def __gt__(self, o): return "IntSub2.gt"
    def __eq__(self, o): return "IntSub2.eq"
    __hash__ = int.__hash__
print(1.0 < IntSub2(2), 1.0 == IntSub2(1))   # CPython: True True
class F(float):
    def __gt__(self, o): return "F.gt"
    __hash__ = float.__hash__
class T(tuple):
    def __eq__(self, o): return "T.eq"
    __hash__ = tuple.__hash__
class I(int):
    def __gt__(self, o): return "I.gt"
    __hash__ = int.__hash__
print(1 < F(2.0), 1.0 < F(2.0), [1] == T((1,)), 1.5 < I(2), 1 < I(2))
