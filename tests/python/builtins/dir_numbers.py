# dir() of numbers lists their data attributes (real, imag, numerator, denominator).
for v in (1, True, 1.5, 2j, int, float, complex):
    print([n for n in dir(v) if not n.startswith("__")])


class MyInt(int):
    extra = 1


print([n for n in dir(MyInt(3)) if not n.startswith("__")])
