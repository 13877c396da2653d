# sys's struct-sequence records, sys.stdin (at its end: the tests run with stdin from
# /dev/null), and a module-level __getattr__ failing with CPython's message.
import sys

v = sys.version_info
print(v[:2] >= (3, 11), v.major, v.minor, v.releaselevel, len(v), isinstance(v, tuple))
print(type(v).__name__, repr(v).startswith("sys.version_info(major=3, minor=11"))
print(sys.float_info, sys.float_info.mant_dig, sys.float_info[0] == sys.float_info.max)
print(sys.int_info.bits_per_digit, sys.hash_info.inf, sys.hash_info.algorithm)
f = sys.flags
print(f)
print(len(f), isinstance(f, tuple), type(f).__name__, f.n_fields, f.optimize, f.dev_mode,
      f.int_max_str_digits, f[4] == f.dont_write_bytecode, f.hash_randomization)
Flags = type(f)
match f:
    case Flags(debug=0, optimize=0):
        print("matched sys.flags by keyword")
print(repr(sys.stdin.readline()), sys.stdin.readlines(), repr(sys.stdin.read()), list(sys.stdin))
try:
    sys.no_such_thing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(sys, "version_info"), hasattr(sys, "no_such_thing"), "version_info" in dir(sys))
