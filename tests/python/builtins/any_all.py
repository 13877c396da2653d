print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any([0, 0.0, 1j]), all([1, 0]))
print(any("abc"), all(""), any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
calls = []


def check(v):
    calls.append(v)
    return v > 1


print(any(check(v) for v in [0, 1, 2, 3, 4]), calls)
calls.clear()
print(all(check(v) for v in [5, 4, 1, 6]), calls)
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
