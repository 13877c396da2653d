factor = 10


def scaled(values):
    offset = 1
    return [v * factor + offset for v in values]


print(scaled([1, 2, 3]))


def nested_comp(n):
    base = "x"
    return [[base * (i + j) for j in range(n)] for i in range(n)]


print(nested_comp(2))


def closures_from_comp():
    return [lambda: k for k in range(3)]


print([f() for f in closures_from_comp()])


def uses_outer_in_condition(limit):
    return [v for v in range(10) if v < limit]


print(uses_outer_in_condition(4))
first = [1, 2]
print([(a, b) for a in first for b in first if a != b])
