# The docstrings and text signatures of native modules' functions (math, itertools'
# tee, gc, sys), as CPython 3.11's: every function both have, by name.
import gc
import itertools
import math
import sys

NAMES = {
    math: ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2', 'atanh', 'cbrt', 'ceil',
           'comb', 'copysign', 'cos', 'cosh', 'degrees', 'dist', 'erf', 'erfc', 'exp', 'exp2',
           'expm1', 'fabs', 'factorial', 'floor', 'fmod', 'frexp', 'fsum', 'gamma', 'gcd',
           'hypot', 'isclose', 'isfinite', 'isinf', 'isnan', 'isqrt', 'lcm', 'ldexp',
           'lgamma', 'log', 'log10', 'log1p', 'log2', 'modf', 'nextafter', 'perm', 'pow',
           'prod', 'radians', 'remainder', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'trunc',
           'ulp'],
    itertools: ['tee'],
    gc: ['collect', 'disable', 'enable', 'isenabled'],
    sys: ['_getframe', 'exc_info', 'exit', 'getrecursionlimit', 'intern',
          'setrecursionlimit'],
}

for module, names in NAMES.items():
    for name in names:
        f = getattr(module, name)
        print(module.__name__, name, repr(f.__text_signature__), f.__module__, f.__qualname__)
        print("   ", repr(f.__doc__))
# A builtin function's and a builtin method's, for comparison.
print(repr(len.__text_signature__), repr(str.join.__text_signature__))
