print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)), sum([1.5, 2.5]), sum([1, 2], start=100))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([0.1] * 10), sum([True, True, False]))
print(sum([1, 2.5, 1j]), sum(x * x for x in range(4)), sum([2 ** 64, 2 ** 64]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
