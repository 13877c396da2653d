e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)


def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    return "exc" in dir()


print(f())
