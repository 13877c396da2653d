x = "global x"


def f():
    x = "f local x"

    def g():
        x = "g local x"
        return x
    return x, g()


print(f(), x)


def param_shadow(x):
    return x * 2


print(param_shadow(21), x)
list_ = [1, 2]


def shadows_builtin():
    list = "not the builtin"
    return list


print(shadows_builtin(), list("ab"))
for x in range(2):
    pass
print("loop rebound global x:", x)
