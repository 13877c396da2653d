def not_nested():
    return a + 1


def outer():
    a = 10

    def inner():
        return a + 1

    print("inner sees a:", inner())
    print("calling a separately defined function...")
    return not_nested()


outer()
print("never printed")
