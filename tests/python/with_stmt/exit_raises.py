class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError(f"exit failed (saw {exc_type.__name__ if exc_type else None})")


try:
    with BadExit():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, e.__context__)
try:
    with BadExit():
        raise ValueError("body")
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)


class BadEnter:
    def __enter__(self):
        raise KeyError("enter")

    def __exit__(self, *a):
        print("exit should not run")


try:
    with BadEnter():
        print("body should not run")
except KeyError as e:
    print("enter failed", e)
