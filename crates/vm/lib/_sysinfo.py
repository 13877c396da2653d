"""sys's structured records (version_info, float_info, int_info, hash_info, flags): tuples
whose items are also attributes, as CPython's struct sequences. sys makes them on first
use (its module __getattr__ imports this module)."""


def structseq_setattr(self, name, value):
    """`__setattr__` of metal's struct sequences, which CPython writes in C without a
    `__dict__`: their fields are read-only and no other attribute can be set."""
    if name == "__class__":
        object.__setattr__(self, name, value)
    _refuse(self, name)


def structseq_delattr(self, name):
    _refuse(self, name)


def _refuse(obj, name):
    cls = type(obj)
    tp = "%s.%s" % (cls.__module__, cls.__name__)
    if isinstance(cls.__dict__.get(name), property):
        raise AttributeError("readonly attribute")
    if hasattr(cls, name):
        raise AttributeError("'%s' object attribute '%s' is read-only" % (tp, name))
    raise AttributeError("'%s' object has no attribute '%s'" % (tp, name))


def _new(cls, *args, **kwargs):
    raise TypeError("cannot create '%s' instances" % cls._name)


def _repr(self):
    items = ", ".join("%s=%r" % pair for pair in zip(self._fields, self))
    return "%s(%s)" % (self._name, items)


def _field(i):
    return property(lambda self: self[i])


def _record(name, fields, values):
    ns = {
        "_fields": tuple(fields),
        "__match_args__": tuple(fields),
        "_name": name,
        "n_fields": len(fields),
        "n_sequence_fields": len(fields),
        "n_unnamed_fields": 0,
        "__module__": "sys",
        "__slots__": (),
        "__new__": _new,
        "__repr__": _repr,
        "__setattr__": structseq_setattr,
        "__delattr__": structseq_delattr,
    }
    for i, f in enumerate(fields):
        ns[f] = _field(i)
    cls = type(name.split(".")[-1], (tuple,), ns)
    return tuple.__new__(cls, values)


version_info = _record(
    "sys.version_info",
    ["major", "minor", "micro", "releaselevel", "serial"],
    (3, 11, 7, "final", 0),
)
float_info = _record(
    "sys.float_info",
    ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
     "epsilon", "radix", "rounds"],
    (1.7976931348623157e308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1),
)
int_info = _record(
    "sys.int_info",
    ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"],
    (30, 4, 4300, 640),
)
hash_info = _record(
    "sys.hash_info",
    ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"],
    (64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0),
)
# The interpreter's command-line flags. metal takes none of CPython's options, and the
# values are what it does: it never writes bytecode files (its compile cache is kept in
# memory) and never randomises str hashes.
flags = _record(
    "sys.flags",
    ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
     "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
     "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
     "safe_path", "int_max_str_digits"],
    (0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, False, 0, 0, False, -1),
)
