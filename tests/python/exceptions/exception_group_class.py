# The classes themselves: their dicts, docs, sizes, descriptors, copying, __new__/__init__ called directly.
import copy
eg = ExceptionGroup("m", [ValueError(1), TypeError(2)])
print(sorted(vars(BaseExceptionGroup)))
print(sorted(set(vars(ExceptionGroup)) - {"__weakref__"}))
print(ExceptionGroup.__module__, BaseExceptionGroup.__module__, ExceptionGroup.__qualname__)
print(ExceptionGroup.__doc__)
print(BaseExceptionGroup.__doc__)
print(BaseExceptionGroup.split.__doc__, BaseExceptionGroup.derive.__doc__)
print(BaseExceptionGroup.__basicsize__, ExceptionGroup.__basicsize__)
print([n for n in dir(eg) if not n.startswith("__")])

c = copy.copy(eg)
print(repr(c), c.exceptions, c is eg, type(c))
d = copy.deepcopy(eg)
print(repr(d), d.exceptions[0] is eg.exceptions[0])
print(BaseExceptionGroup.__init__, BaseExceptionGroup.__str__)
print(BaseExceptionGroup.split, BaseExceptionGroup.message, BaseExceptionGroup.exceptions)
e2 = ExceptionGroup("m", [ValueError()])
e2.x = 1
print(e2.__dict__)
print(ExceptionGroup.__subclasses__(), ExceptionGroup.__base__)
print(ExceptionGroup("a", [ValueError()]) == ExceptionGroup("a", [ValueError()]))
print(BaseExceptionGroup.__new__(ExceptionGroup, "x", [ValueError()]))
try:
    BaseExceptionGroup.__new__(ValueError, "x", [ValueError()])
except TypeError as e:
    print(e)
try:
    BaseExceptionGroup.__new__(1, "x", [ValueError()])
except TypeError as e:
    print(e)
eg.__init__("other", [KeyError()])
print(repr(eg), eg.message, eg.exceptions)
print(eg.with_traceback(None) is eg)
print(isinstance(eg, (ValueError, ExceptionGroup)))
