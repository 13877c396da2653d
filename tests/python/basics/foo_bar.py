def bar(y):
    print("bar got", y)
    return y + 1


def foo(x):
    y = x * 2
    z = bar(y)
    print("foo: bar returned", z)
    return x / 2


print(foo(10))
print(foo(3))
print(foo(-7))
r = foo(0)
print(r, type(r))
