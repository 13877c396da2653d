def f(a, b=2):
    c = a + b
    first = sorted(locals().items())
    d = "after"
    return first, sorted(locals())


print(f(1))


def with_closure():
    captured = "cap"

    def inner():
        local = 1
        return sorted(locals().items())
    return inner()


print(with_closure())


def empty():
    return locals()


print(empty())


def modify_locals():
    x = 1
    locals()["x"] = 2
    return x


print(modify_locals())
