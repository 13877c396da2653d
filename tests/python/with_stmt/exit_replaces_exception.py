class Translate:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is KeyError:
            raise LookupError(f"translated {exc}") from exc
        return False


try:
    with Translate():
        {}["k"]
except LookupError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), e.__suppress_context__)


class Log:
    def __init__(self):
        self.seen = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.seen.append(exc_type.__name__ if exc_type else None)


log = Log()
for thing in ([1], {}, "s"):
    try:
        with log:
            thing[5]
    except (IndexError, KeyError):
        pass
print(log.seen)
try:
    with log:
        exit_value = 1 / 0
except ZeroDivisionError:
    print("exit_value bound?", "exit_value" in globals())
