class Show:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("clean exit")
        else:
            print("exit got", exc_type.__name__, exc, isinstance(exc, exc_type), tb is not None)
        return False


for action in (lambda: None, lambda: 1 / 0, lambda: int("x"), lambda: [][1], lambda: {}["k"]):
    try:
        with Show():
            action()
        print("completed")
    except Exception as e:
        print("propagated", type(e).__name__)
try:
    with Show():
        raise KeyError("custom")
except KeyError as e:
    print("outside:", repr(e))
