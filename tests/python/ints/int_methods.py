n = 42
print(n.real, n.imag, n.numerator, n.denominator)
print(n.conjugate(), (-7).as_integer_ratio())
print(int.__name__, type(n).__name__)
print((10).__add__(5), (10).__sub__(3), (10).__mul__(2))
print((7).__floordiv__(2), (7).__mod__(2), (7).__neg__())
print((3).__eq__(3), (3).__lt__(4), (3).__add__(1.5))
print(int(" 7 ") + 0, int.__add__(1, 2))
