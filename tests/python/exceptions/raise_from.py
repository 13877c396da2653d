def load():
    try:
        {}["config"]
    except KeyError as e:
        raise RuntimeError("could not load") from e


try:
    load()
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)


def hide():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None


try:
    hide()
except ValueError as e:
    print(type(e).__name__, e, e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise TypeError("direct") from ValueError("explicit cause")
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
