# The classes of the methods in builtin types' dicts (method_descriptor,
# wrapper_descriptor, classmethod_descriptor, method-wrapper), what they show and what
# they do as descriptors and when called unbound.


def show(v):
    r = repr(v)
    return r.split(" at 0x")[0]


samples = [
    (str, ["join", "upper", "__add__", "__len__", "__new__", "format", "__format__",
           "__mod__", "__contains__", "__getitem__", "__eq__", "__hash__", "__repr__"]),
    (list, ["append", "__add__", "__getitem__", "__init__", "__len__", "__iadd__",
            "sort", "__reversed__", "__new__"]),
    (dict, ["get", "fromkeys", "__getitem__", "__ior__", "__or__", "keys",
            "__contains__", "__init__"]),
    (set, ["add", "__or__", "__contains__", "__init__"]),
    (frozenset, ["union", "__contains__"]),
    (int, ["__add__", "bit_length", "from_bytes", "__bool__", "__index__", "__new__",
           "to_bytes", "conjugate"]),
    (float, ["__add__", "fromhex", "is_integer", "hex", "__trunc__"]),
    (tuple, ["count", "index", "__getitem__", "__len__", "__new__"]),
    (bytes, ["decode", "fromhex"]),
    (object, ["__init__", "__repr__", "__eq__", "__new__", "__init_subclass__",
              "__subclasshook__", "__dir__", "__format__", "__getattribute__",
              "__setattr__", "__lt__"]),
    (type, ["__call__", "mro", "__subclasses__", "__prepare__", "__instancecheck__"]),
]
for cls, names in samples:
    for n in names:
        d = cls.__dict__[n]
        attrs = []
        for a in ("__name__", "__qualname__", "__objclass__", "__self__"):
            try:
                attrs.append(show(getattr(d, a)))
            except AttributeError as e:
                attrs.append("AttributeError")
        print(cls.__name__, n, type(d).__name__, show(d), *attrs,
              "doc" if d.__doc__ else "nodoc", hasattr(d, "__get__"), callable(d))

print("-- bound")
for v in ["x".join, "x".__add__, [].append, [].__len__, (1).__add__, {}.get,
          object().__repr__, dict.fromkeys, int.from_bytes, str.maketrans]:
    attrs = []
    for a in ("__name__", "__qualname__", "__objclass__", "__self__", "__module__"):
        try:
            attrs.append(show(getattr(v, a)))
        except AttributeError:
            attrs.append("AttributeError")
    print(type(v).__name__, show(v), *attrs)


class S(str):
    pass


class D(dict):
    pass


print("-- __get__ and calls")
exprs = [
    "str.__dict__['join'].__get__('-')(['a', 'b'])",
    "str.__dict__['join'].__get__(S('-'))(['a', 'b'])",
    "str.__dict__['join'].__get__(None, str)",
    "str.__dict__['join'].__get__(None, int)",
    "str.__dict__['join'].__get__(None, None)",
    "str.__dict__['join'].__get__(None)",
    "str.__dict__['join'].__get__(5)",
    "str.__dict__['join'].__get__()",
    "str.__dict__['join'].__get__(1, 2, 3)",
    "int.__dict__['__add__'].__get__(1)(2)",
    "int.__dict__['__add__'].__get__(True)",
    "int.__dict__['__add__'].__get__(1.0)",
    "int.__dict__['__add__'].__get__(None, int)",
    "dict.__dict__['fromkeys'].__get__(None, dict)",
    "dict.__dict__['fromkeys'].__get__({})",
    "dict.__dict__['fromkeys'].__get__(D())([1])",
    "dict.__dict__['fromkeys'].__get__(None, D)([1])",
    "dict.__dict__['fromkeys'].__get__(5)",
    "dict.__dict__['fromkeys'].__get__(None, int)",
    "dict.__dict__['fromkeys'].__get__(None, None)",
    "dict.__dict__['fromkeys'](dict, [1])",
    "dict.__dict__['fromkeys'](D, [1])",
    "dict.__dict__['fromkeys'](5)",
    "dict.__dict__['fromkeys'](int)",
    "dict.__dict__['fromkeys']()",
    "str.join(5, [])",
    "str.join()",
    "str.join('-', 'ab')",
    "str.join(S('-'), 'ab')",
    "str.upper(5)",
    "str.upper(S('a'))",
    "str.__dict__['join'](5)",
    "list.append(1, 2)",
    "list.append()",
    "list.__getitem__((1,), 0)",
    "dict.get([], 1)",
    "int.__add__(1.0, 2)",
    "int.__add__(True, 2)",
    "int.__add__()",
    "str.__len__(3)",
    "object.__init__()",
    "object.__repr__(5)[:13]",
    "str.join.__call__('-', 'ab')",
    "str.join.__call__()",
    "(1).__add__.__call__(2)",
    "len.__call__('abc')",
    "type(str.join.__get__).__name__",
    "type(str.join.__call__).__name__",
    "str.__new__(str, 5)",
    "str.__new__.__self__",
    "type('x'.__new__).__name__",
    "'x'.__new__(str, 'y')",
    "str.join == str.join",
    "'a'.__add__ == 'a'.__add__",
]
for e in exprs:
    try:
        print(e, "->", show(eval(e)))
    except TypeError as ex:
        print(e, "!! TypeError", ex)


class A:
    up = str.upper
    ln = len


print("-- as class attributes")
for e in ["A().ln('ab')", "A.up('x')", "A().up", "A().up()"]:
    try:
        print(e, "->", show(eval(e)))
    except TypeError as ex:
        print(e, "!! TypeError", ex)

print("-- the classes")
for t in [type(str.join), type(int.__add__), type((1).__add__),
          type(dict.__dict__["fromkeys"]), type(len)]:
    print(t.__name__, t.__qualname__, t.__module__, t.__basicsize__,
          t.__weakrefoffset__, t.__mro__[-1].__name__, "__get__" in vars(t),
          "__call__" in vars(t))
    try:
        t()
    except TypeError as ex:
        print("TypeError", ex)
    try:
        class X(t):
            pass
    except TypeError as ex:
        print("TypeError", ex)
print(isinstance(str.join, type(list.append)), isinstance("x".join, type(len)))

print("-- copy")
import copy
for f in [str.join, int.__add__, dict.__dict__["fromkeys"], "x".join, len]:
    for fn in (copy.copy, copy.deepcopy):
        try:
            print(fn(f) is f)
        except TypeError as ex:
            print("TypeError", ex)
print(copy.copy((1).__add__) == (1).__add__)

print("-- types and typing")
import types
import typing
print(types.MethodDescriptorType, types.WrapperDescriptorType,
      types.MethodWrapperType, types.ClassMethodDescriptorType)
for f in [str.join, int.__add__, (1).__add__, len]:
    print(typing.get_type_hints(f))
