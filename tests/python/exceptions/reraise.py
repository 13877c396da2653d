def risky():
    raise KeyError("missing")


def wrapper():
    try:
        risky()
    except KeyError:
        print("logging and re-raising")
        raise


try:
    wrapper()
except KeyError as e:
    print("outer caught", repr(e))


def reraise_as_is():
    try:
        int("bad")
    except ValueError as e:
        err = e
    raise err


try:
    reraise_as_is()
except ValueError as e:
    print("caught again:", e)
try:
    try:
        raise IndexError(1, 2)
    except IndexError as exc:
        raise exc
except IndexError as e:
    print(e.args, e)
