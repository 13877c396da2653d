def outer():
    x = 1

    def change():
        nonlocal x
        x = 2

    def read():
        return x

    print("before", read())
    change()
    print("after", read(), x)


outer()


def accumulator():
    items = []
    total = 0

    def add(v):
        nonlocal total
        items.append(v)
        total += v
        return total, list(items)
    return add


acc = accumulator()
print(acc(1))
print(acc(10))


def three_levels():
    a = "level1"

    def level2():
        b = "level2"

        def level3():
            nonlocal a, b
            a += "!"
            b += "?"
            return a + " " + b
        return level3()
    result = level2()
    return result, a


print(three_levels())
