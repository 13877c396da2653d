# except*: matching, wrapping naked exceptions, the rest going on, what handlers raise.
import sys
try:
    raise ValueError(1)
except* ValueError as e:
    print("caught", repr(e), e.__traceback__ is not None, sys.exc_info()[1] is e)
    print(e.exceptions[0].__traceback__ is not None)
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("V", repr(e))
    except* TypeError as e:
        print("T", repr(e))
        raise
except ExceptionGroup as e:
    print("outer", repr(e))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError("x")
except ExceptionGroup as e:
    print("outer2", repr(e), repr(e.exceptions[0].__context__))
try:
    try:
        raise ValueError(5)
    except* ValueError as e:
        raise KeyError("x")
except Exception as e:
    print("outer3", repr(e), repr(e.__context__))
try:
    try:
        raise ValueError(5)
    except* ValueError as e:
        raise
except Exception as e:
    print("outer4", repr(e))
try:
    try:
        raise ValueError(5)
    except* TypeError as e:
        pass
except Exception as e:
    print("outer5", repr(e))
try:
    try:
        raise ExceptionGroup("a", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
except Exception as e:
    print("outer6", repr(e))
try:
    x = 1
except* ValueError:
    pass
else:
    print("else")
finally:
    print("finally")
try:
    try:
        raise ExceptionGroup("a", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as e:
        print("both", repr(e))
except Exception as e:
    print("no")
try:
    try:
        raise ValueError(1)
    except* 1:
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError(1)
    except* (ExceptionGroup,):
        pass
except Exception as e:
    print(type(e).__name__, e)
eg = ExceptionGroup("a", [ValueError(1)])
try:
    try:
        raise eg
    except* ValueError as e:
        print(e is eg)
except Exception as e:
    print("no")
def f():
    try:
        raise ExceptionGroup("a", [ValueError(1), ExceptionGroup("b", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print("f", repr(e))
        raise RuntimeError("r1")
    except* TypeError as e:
        print("f", repr(e))
        raise
try: f()
except BaseException as e: print("f out", repr(e))
print(sys.exc_info())
try:
    e
except NameError as x:
    print(x)
