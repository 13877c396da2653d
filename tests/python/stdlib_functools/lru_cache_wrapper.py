# functools.lru_cache returns an instance of the C type functools._lru_cache_wrapper:
# its class, layout, binding as a method, pickling by name, copies, the cache's
# statistics and the errors of its constructor.
import copy
import functools
import inspect
import pickle
import traceback


@functools.lru_cache(maxsize=2)
def square(x):
    return x * x


W = functools._lru_cache_wrapper
print(type(square), type(square) is W, W.__module__, W.__qualname__, W.__name__)
print(W.__basicsize__, W.__itemsize__, W.__dictoffset__, W.__weakrefoffset__)
print(isinstance(square, W), inspect.isfunction(square), inspect.isroutine(square), callable(square))
print(repr(square).startswith("<functools._lru_cache_wrapper object at 0x"))
print(square.__name__, square.__qualname__, square.__module__, square.__wrapped__.__name__)
print(sorted(square.__dict__))
print(square(3), square(3), square(4), square(5), square(3))
print(square.cache_info(), square.cache_parameters())
square.cache_clear()
print(square.cache_info())
print(W.__doc__.splitlines()[0])
print(W.cache_info.__doc__, "|", W.cache_clear.__doc__)

# unbounded, disabled, typed
@functools.lru_cache(maxsize=None)
def ident(x):
    return x


@functools.lru_cache(maxsize=0)
def zero(x):
    return x


@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print([ident(i % 3) for i in range(7)], ident.cache_info())
print([zero(i % 3) for i in range(4)], zero.cache_info())
print(typed(1), typed(1.0), typed(True), typed.cache_info())
print(functools.lru_cache(-5)(ident).cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info(), type(fib).__name__)


# as a method
class A:
    @functools.lru_cache
    def double(self, x):
        return 2 * x


a = A()
print(A.double is A.__dict__["double"], a.double(4), a.double(4), A.double.cache_info())
print(type(a.double).__name__, a.double.__self__ is a, a.double.__func__ is A.__dict__["double"])
print(W.__get__(A.__dict__["double"], None, A) is A.__dict__["double"])

# copies and pickling
print(copy.copy(square) is square, copy.deepcopy(square) is square)
print(square.__reduce__(), pickle.loads(pickle.dumps(square)) is square)

# the type is immutable
try:
    W.x = 1
except TypeError as e:
    print("TypeError", e)

# constructor errors
for args in [(1, 2, 3, 4), (ident, "a", False, functools._CacheInfo), (ident, 1.5, False, None)]:
    try:
        W(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    W(ident)
except TypeError as e:
    print("TypeError", e)
w = W(len, 4, False, functools._CacheInfo)
print(w("abc"), w("abc"), w.cache_info(), hasattr(w, "__wrapped__"))
try:
    functools.lru_cache("x")
except TypeError as e:
    print("TypeError", e)


# an exception in the cached function: the wrapper leaves no traceback entry
@functools.lru_cache
def boom(x):
    raise ValueError(x)


try:
    boom(1)
except ValueError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])
print(boom.cache_info())

# the constructor's arguments, as CPython's C parser reads them
for a, k in [((), {}), ((len,), {}), ((len, 1), {}), ((len, 1, 2), {}), ((len, 1, 2, 3, 4), {}),
             ((len,), {"maxsize": 1, "typed": 0, "cache_info_type": functools._CacheInfo}),
             ((len, 1, 2, 3), {"x": 1})]:
    try:
        print(W(*a, **k)("ab"))
    except TypeError as e:
        print("TypeError", e)
print(functools.lru_cache(maxsize=True)(ident).cache_info())
