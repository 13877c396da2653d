checks = [
    (KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (LookupError, Exception), (Exception, BaseException),
    (KeyboardInterrupt, Exception), (SystemExit, Exception), (SystemExit, BaseException),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (UnicodeDecodeError, ValueError), (UnicodeError, ValueError), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (StopIteration, Exception), (TypeError, ValueError), (bool, int),
]
for sub, sup in checks:
    print(sub.__name__, "<", sup.__name__, issubclass(sub, sup))
for exc in (KeyError("k"), IndexError("i")):
    try:
        raise exc
    except LookupError as e:
        print("LookupError caught", type(e).__name__)
try:
    1 // 0
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
print(isinstance(KeyError(), LookupError), isinstance(KeyError(), Exception), isinstance(ValueError(), KeyError))
print(ZeroDivisionError.__mro__)
