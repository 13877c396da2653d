class F(float):
    def __eq__(self, other):
        return NotImplemented
    __hash__ = float.__hash__
a, b = F(1.0), F(1.0)
print(a == b, a == a, a != b, a == 1.0, 1.0 == a)
n = F(float("nan"))
print(n == n, n != n)
class G(float):
    pass
print(G(1.0) == G(1.0), G(2.0) > G(1.0))
class L(list):
    def __lt__(self, other):
        return NotImplemented
try:
    print(L([1]) < L([2]))
except TypeError as e:
    print("TypeError:", e)
print(L([1]) == L([1]))
