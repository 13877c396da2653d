funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])


def make_funcs():
    result = []
    for n in range(3):
        def show():
            return n
        result.append(show)
    n = 100
    return result


print([f() for f in make_funcs()])


def make_funcs_fixed():
    def maker(n):
        return lambda: n
    return [maker(n) for n in range(3)]


print([f() for f in make_funcs_fixed()])
adders = [lambda x, k=k: x + k for k in range(3)]
print([a(10) for a in adders])
