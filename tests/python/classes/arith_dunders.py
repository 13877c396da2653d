class N:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"N({self.v!r})"

    def __add__(self, o): return N(("add", self.v, o))
    def __sub__(self, o): return N(("sub", self.v, o))
    def __mul__(self, o): return N(("mul", self.v, o))
    def __matmul__(self, o): return N(("matmul", self.v, o))
    def __truediv__(self, o): return N(("truediv", self.v, o))
    def __floordiv__(self, o): return N(("floordiv", self.v, o))
    def __mod__(self, o): return N(("mod", self.v, o))
    def __divmod__(self, o): return ("divmod", self.v, o)
    def __pow__(self, o, mod=None): return N(("pow", self.v, o, mod))
    def __lshift__(self, o): return N(("lshift", self.v, o))
    def __rshift__(self, o): return N(("rshift", self.v, o))
    def __and__(self, o): return N(("and", self.v, o))
    def __xor__(self, o): return N(("xor", self.v, o))
    def __or__(self, o): return N(("or", self.v, o))


n = N(1)
for r in (n + 2, n - 2, n * 2, n @ 2, n / 2, n // 2, n % 2, divmod(n, 2), n ** 2,
          pow(n, 2, 5), n << 2, n >> 2, n & 2, n ^ 2, n | 2):
    print(r)
print(n + n)
