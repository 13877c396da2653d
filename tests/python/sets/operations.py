a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([10], (11,), range(12, 14)), a.intersection([1, 2], {2, 3}), a.difference([1], [2]))
print(a, b)
try:
    a | [5]
except TypeError as e:
    print(type(e).__name__, e)
print(a == {4, 3, 2, 1}, a != b, {1} < a, a <= a, a < a, a >= {1}, a > {1, 9})
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([1]), {1}.isdisjoint({2}), {1}.isdisjoint([1]))
print(set() <= a, set() < set(), {0} == {False}, {1, 2} == [1, 2])
