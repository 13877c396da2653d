def nothing():
    return


def implicit():
    x = 1


def multi():
    return 1, "two", [3]


def early(n):
    for i in range(10):
        if i == n:
            return i * 10
    return -1


print(nothing(), implicit(), multi(), early(3), early(42))
a, b, c = multi()
print(a, b, c)


def returns_function():
    def inner():
        return "inner called"
    return inner


print(returns_function()())
print(type(nothing()).__name__)
