class Plain:
    pass


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


class EqHash(EqOnly):
    def __hash__(self):
        return hash(self.v)


p = Plain()
print(p == p, p == Plain(), p != Plain(), hash(p) == hash(p))
print(EqOnly.__hash__, EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(len({EqHash(1), EqHash(1), EqHash(2)}), hash(EqHash(5)) == hash(5))
d = {EqHash("k"): "v"}
print(d[EqHash("k")], EqHash("k") in d)


class NoHash:
    __hash__ = None


try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)


class BadHash:
    def __hash__(self):
        return "x"


try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)


class BigHash:
    def __hash__(self):
        return 2 ** 70


print(hash(BigHash()) == hash(2 ** 70))


class TrueHash:
    def __hash__(self):
        return True


print(hash(TrueHash()))
