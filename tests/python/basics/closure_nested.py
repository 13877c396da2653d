def outer():
    a = 10

    def inner():
        return a + 1

    return inner()


print(outer())


def outer2():
    a = "seen"

    def inner():
        def innermost():
            return a
        return innermost()

    return inner()


print(outer2())
