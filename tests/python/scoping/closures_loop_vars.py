def build():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return fns


print([f() for f in build()])


def build_bound():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    return fns


print([f() for f in build_bound()])


def build_factory():
    def make(i):
        def f():
            return i * 10
        return f
    return [make(i) for i in range(3)]


print([f() for f in build_factory()])


def cell_updated_after():
    v = "first"

    def get():
        return v
    v = "second"
    return get()


print(cell_updated_after())
