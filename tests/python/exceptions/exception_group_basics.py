# BaseExceptionGroup / ExceptionGroup: construction, attributes, str/repr, class choice.
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(repr(eg))
print(str(eg))
print(eg.message, eg.exceptions, eg.args)
print(type(eg.exceptions).__name__)
print(str(ExceptionGroup("one", (KeyError("k"),))))
print(repr(ExceptionGroup("", (KeyError("k"),))))
print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
print(ExceptionGroup in Exception.__subclasses__())
print(BaseExceptionGroup.__subclasses__())
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(type(BaseExceptionGroup("x", [ValueError(), KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("x", [SystemExit()])).__name__)
nested = ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError()]), OSError(2, "nf")])
print(repr(nested))
print(nested.exceptions[0].exceptions)
# a str is a sequence
try:
    ExceptionGroup("m", "ab")
except ValueError as e:
    print("str seq:", e)
print(repr(ExceptionGroup("m", range(0) or [ValueError()])))
print(ExceptionGroup[int], BaseExceptionGroup[str])
for name in ["message", "exceptions"]:
    try:
        setattr(eg, name, 1)
    except AttributeError as e:
        print(name, e)
print(sorted(set(vars(BaseExceptionGroup)) - {"__doc__"}))
print(BaseExceptionGroup.message.__name__, type(BaseExceptionGroup.exceptions).__name__)
eg.add_note("hello")
print(eg.__notes__)
# the same exception may appear twice
v = ValueError("twice")
print(repr(ExceptionGroup("dup", [v, v])))
print(str(ExceptionGroup("m" * 3, [v] * 5)))
