def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return increment, get


inc, get = make_counter()
inc()
inc()
inc(10)
print(get())
inc2, get2 = make_counter(100)
inc2()
print(get(), get2())


def make_multiplier(factor):
    return lambda x: x * factor


double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double.__code__.co_freevars, make_counter.__code__.co_cellvars)
print(double.__closure__[0].cell_contents)
