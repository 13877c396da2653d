print(len("abc"))
len = "module len shadows builtin"
print(len)


def uses_len():
    return len


print(uses_len())
del len
print(len("abcd"))


def local_first():
    max = lambda *a: "local max"
    return max(1, 2)


print(local_first(), max(1, 2))


def enclosing_first():
    abs = lambda v: "enclosing abs"

    def inner():
        return abs(-1)
    return inner()


print(enclosing_first(), abs(-1))
