calls = []


def f(tag, value):
    calls.append(tag)
    return value


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0, 0 < 0 <= 0)
print(f("a", 1) < f("b", 2) < f("c", 3), calls)
calls.clear()
print(f("a", 5) < f("b", 2) < f("c", 3), calls)
calls.clear()
print(f("a", 1) < f("b", 5) > f("c", 3) == f("d", 3), calls)
calls.clear()
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 != 6, 1 < x in [5], "a" < "b" < "c")
print(1 < 2 < 3 < 4 < 5 < 4)
result = f("mid", 2)
print(1 < result < 3, calls)
