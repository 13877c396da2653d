counter = 0


def increment():
    global counter
    counter += 1
    return counter


increment()
increment()
print(counter)


def make():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total

    return add


adder = make()
print(adder(5), adder(10), adder(-3))


def define_global():
    global brand_new
    brand_new = "created inside function"


define_global()
print(brand_new)


def outer():
    x = "outer"

    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
    middle()
    return x


print(outer())
