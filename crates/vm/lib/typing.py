"""Type hints at run time (PEP 484 and successors): the names, their subscriptions and
reprs as CPython 3.11 shows them, generic classes, NamedTuple, TypedDict, Protocol and
get_type_hints. Nothing here checks types statically.

Written for metal from the documentation.
"""

import collections
import collections.abc
import contextlib
import functools
import re as _re
import sys
import types
from abc import ABCMeta, abstractmethod

__all__ = [
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef",
    "Generic", "Literal", "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar",
    "TypeVarTuple", "Union", "AbstractSet", "ByteString", "Container", "ContextManager",
    "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView", "Mapping", "MappingView",
    "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView",
    "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine", "Collection",
    "AsyncGenerator", "AsyncContextManager", "Reversible", "SupportsAbs", "SupportsBytes",
    "SupportsComplex", "SupportsFloat", "SupportsIndex", "SupportsInt", "SupportsRound",
    "ChainMap", "Counter", "Deque", "Dict", "DefaultDict", "List", "OrderedDict", "Set",
    "FrozenSet", "NamedTuple", "TypedDict", "Generator", "BinaryIO", "IO", "Match",
    "Pattern", "TextIO", "AnyStr", "assert_type", "assert_never", "cast", "clear_overloads",
    "dataclass_transform", "final", "get_args", "get_origin", "get_overloads",
    "get_type_hints", "is_typeddict", "LiteralString", "Never", "NewType",
    "no_type_check", "no_type_check_decorator", "NoReturn", "NotRequired", "overload",
    "ParamSpecArgs", "ParamSpecKwargs", "Required", "reveal_type", "runtime_checkable",
    "Self", "Text", "TYPE_CHECKING", "TypeAlias", "TypeGuard", "Unpack",
]

TYPE_CHECKING = False


def _type_repr(obj):
    """How typing shows an argument: int, mod.Class, ..., or the object's repr."""
    if isinstance(obj, type) and not isinstance(obj, _GenericAliasBase):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg, module=None):
    """None means NoneType; a string is a forward reference."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    arg = _type_convert(arg, module)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (ClassVar, Final) \
            and not allow_special_forms:
        raise TypeError("%s is not valid as type argument" % (arg,))
    if arg in (Any, NoReturn, Never, Self, TypeAlias, LiteralString):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError("Plain %s is not valid as type argument" % (arg,))
    if isinstance(arg, tuple):
        raise TypeError("%s Got %.100r." % (msg, arg))
    return arg


def _is_param(obj):
    return isinstance(obj, (TypeVar, ParamSpec, TypeVarTuple))


def _collect_parameters(args):
    """The type variables in args, in order of first appearance."""
    found = []
    for a in args:
        if isinstance(a, (list, tuple)):
            inner = _collect_parameters(a)
        elif _is_param(a):
            inner = [a]
        else:
            inner = getattr(a, "__parameters__", ())
            if not isinstance(inner, tuple):
                inner = ()
        for p in inner:
            if p not in found:
                found.append(p)
    return tuple(found)


def _flatten_union(params):
    out = []
    for p in params:
        if isinstance(p, _UnionGenericAlias):
            items = p.__args__
        elif isinstance(p, types.UnionType):
            items = p.__args__
        else:
            items = (p,)
        for item in items:
            if item not in out:
                out.append(item)
    return tuple(out)


class _Final:
    """Objects of typing that are not meant to be subclassed."""

    __slots__ = ()

    def __init_subclass__(cls, *args, _root=False, **kwds):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


# ------------------------------------------------------------------- special forms

class _SpecialForm(_Final, _root=True):
    """A name such as ClassVar or Union whose meaning comes from its subscription."""

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ("__name__", "__qualname__"):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % (self,))

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % (self,))

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _not_subscriptable(self, parameters):
    raise TypeError("%s is not subscriptable" % (self,))


def _plain(name, doc):
    def form(self, parameters):
        return _not_subscriptable(self, parameters)
    form.__name__ = name
    form.__doc__ = doc
    return _SpecialForm(form)


NoReturn = _plain("NoReturn", "A function that never returns.")
Never = _plain("Never", "The bottom type, with no values.")
Self = _plain("Self", "The type of the enclosing class's instances.")
LiteralString = _plain("LiteralString", "A string known when the program is written.")
TypeAlias = _plain("TypeAlias", "Marks an explicit type alias.")


@_SpecialForm
def ClassVar(self, parameters):
    """A class variable, not an instance attribute."""
    item = _type_check(parameters, "%s accepts only single type." % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """A name that may not be reassigned."""
    item = _type_check(parameters, "%s accepts only single type." % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y]: either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = _flatten_union(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and type(None) in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X]: X or None."""
    arg = _type_check(parameters, "%s requires a single type." % (self,))
    return Union[arg, type(None)]


@_SpecialForm
def Literal(self, *parameters):
    """The given values, exactly."""
    parameters = parameters[0] if len(parameters) == 1 else parameters
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    unique = []
    for p in parameters:
        if not any(p == q and type(p) is type(q) for q in unique):
            unique.append(p)
    return _LiteralGenericAlias(self, tuple(unique))


@_SpecialForm
def TypeGuard(self, parameters):
    """A function's bool result that narrows its argument's type."""
    item = _type_check(parameters, "%s accepts only single type." % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """A TypedDict key that must be present."""
    item = _type_check(parameters, "%s accepts only a single type." % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """A TypedDict key that may be missing."""
    item = _type_check(parameters, "%s accepts only a single type." % (self,))
    return _GenericAlias(self, (item,))


@_SpecialForm
def Concatenate(self, parameters):
    """Parameters prepended to a ParamSpec."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not isinstance(parameters[-1], ParamSpec) and parameters[-1] is not ...:
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable "
                        "or ellipsis.")
    return _ConcatenateGenericAlias(self, parameters)


@_SpecialForm
def Unpack(self, parameters):
    """*Ts: a TypeVarTuple unpacked."""
    item = _type_check(parameters, "%s accepts only single type." % (self,))
    return _UnpackGenericAlias(self, (item,))


# ---------------------------------------------------------------- type variables

def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return None


class TypeVar(_Final, _root=True):
    """A type variable: T = TypeVar('T'), optionally bound or constrained."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None \
            else None
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __reduce__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        return _type_check(arg, "Parameters to generic types must be types.")


class TypeVarTuple(_Final, _root=True):
    """A variadic type variable: Ts = TypeVarTuple('Ts')."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class ParamSpecArgs(_Final, _root=True):
    """P.args."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.args" % self.__origin__.__name__

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))


class ParamSpecKwargs(_Final, _root=True):
    """P.kwargs."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.kwargs" % self.__origin__.__name__

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))


class ParamSpec(_Final, _root=True):
    """The parameters of a callable: P = ParamSpec('P')."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None \
            else None
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


# ------------------------------------------------------------------ generic aliases

class _GenericAliasBase(_Final, _root=True):
    """What subscriptions give back: an origin class and (for _GenericAlias) arguments."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__.lower()))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAliasBase) or (isinstance(b, type)
                                                    and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ("__origin__", "__args__", "_name", "_inst"):
            raise AttributeError(attr)
        if attr in ("__name__", "__qualname__"):
            return self._name or self.__origin__.__name__
        if not (attr.startswith("__") and attr.endswith("__")):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _GenericAlias(_GenericAliasBase, _root=True):
    """A subscription: List[int], Box[T], ClassVar[int]..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = getattr(origin, "__module__", "typing")

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError("Cannot subscript already-subscripted %s" % (self,))
        if not self.__parameters__:
            raise TypeError("%s is not a generic class" % (self,))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        params = self.__parameters__
        if len(args) != len(params):
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ("many" if len(args) > len(params) else "few", self, len(args),
                               len(params)))
        subst = dict(zip(params, args))
        return self.copy_with(tuple(_substitute(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            text = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            text = "()"
        return "%s[%s]" % (name, text)

    def __reduce__(self):
        if self._name:
            origin = globals()[self._name]
        else:
            origin = self.__origin__
        args = tuple(self.__args__)
        if len(args) == 1 and not isinstance(args[0], tuple):
            args, = args
        import operator
        return operator.getitem, (origin, args)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError("Cannot subclass %r" % (self,))
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAliasBase) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


class _TypingEllipsisType:
    pass


_TypingEllipsis = _TypingEllipsisType()


def _substitute(arg, subst):
    if _is_param(arg):
        return subst.get(arg, arg)
    if isinstance(arg, (list, tuple)):
        return type(arg)(_substitute(a, subst) for a in arg)
    params = getattr(arg, "__parameters__", ())
    if isinstance(arg, _GenericAlias) and params:
        return arg[tuple(subst.get(p, p) for p in params)]
    return arg


class _SpecialGenericAlias(_GenericAliasBase, _root=True):
    """The unsubscripted aliases: List, Dict, Iterable..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        self.__module__ = "typing"

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        if len(params) != self._nparams:
            if self._nparams == 0:
                raise TypeError("%s is not a generic class" % (self,))
            raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                            % ("many" if len(params) > self._nparams else "few", self,
                               len(params), self._nparams))
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return "typing." + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __reduce__(self):
        return self._name

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return "typing.Callable[..., %s]" % _type_repr(args[1])
        if len(args) == 2 and isinstance(args[0], (ParamSpec, _ConcatenateGenericAlias)):
            return "typing.Callable[%s, %s]" % (_type_repr(args[0]), _type_repr(args[1]))
        return "typing.Callable[[%s], %s]" % (", ".join(_type_repr(a) for a in args[:-1]),
                                               _type_repr(args[-1]))

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name,
                                     inst=self._inst)


class _CallableType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = tuple(_type_convert(a) for a in args) + (_type_convert(result),)
        elif args is ... or isinstance(args, (ParamSpec, _ConcatenateGenericAlias)):
            params = (args, _type_convert(result))
        else:
            raise TypeError("Callable[args, result]: args must be a list. Got %.100r."
                            % (args,))
        return self.copy_with(params)

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name,
                                     inst=self._inst)


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _UnionGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return "typing.Optional[%s]" % _type_repr(args[1])
            if args[1] is type(None):
                return "typing.Optional[%s]" % _type_repr(args[0])
        return "typing.Union[%s]" % ", ".join(_type_repr(a) for a in args)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        import operator
        return operator.getitem, (Union, self.__args__)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((a, type(a)) for a in self.__args__) == \
            set((a, type(a)) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((a, type(a)) for a in self.__args__))

    def __repr__(self):
        return "typing.Literal[%s]" % ", ".join(repr(a) for a in self.__args__)


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        return _ConcatenateGenericAlias(self.__origin__, params, name=self._name,
                                        inst=self._inst)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return "*" + repr(self.__args__[0])


class _AnnotatedAlias(_GenericAlias, _root=True):
    """Annotated[T, x, ...]: T with metadata the type system ignores."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin, name="Annotated")
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (_type_repr(self.__origin__),
                                             ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return "Annotated"
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Annotated[T, x]: the type T carrying the metadata x."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.",
                             allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass %s.Annotated" % cls.__module__)


# --------------------------------------------------------------- Generic, Protocol

class Generic:
    """The base of generic classes: class Box(Generic[T])."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError("Parameter list to %s[...] cannot be empty" % cls.__qualname__)
            if not all(_is_param(p) for p in params):
                raise TypeError("Parameters to %s[...] must all be type variables or "
                                "parameter specification variables." % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % cls.__name__)
        else:
            expected = getattr(cls, "__parameters__", ())
            if not expected:
                raise TypeError("%s is not a generic class" % (cls,))
            if len(params) != len(expected):
                raise TypeError("Too %s arguments for %s; actual %d, expected %d"
                                % ("many" if len(params) > len(expected) else "few", cls,
                                   len(params), len(expected)))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "__orig_bases__" in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != "Protocol"
                     and type(cls) is not _TypedDictMeta)
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        tvars = []
        if "__orig_bases__" in cls.__dict__:
            tvars = list(_collect_parameters(cls.__orig_bases__))
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    if base.__origin__ is Generic and gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    raise TypeError("Some type variables (%s) are not listed in Generic[%s]"
                                    % (", ".join(str(t) for t in missing),
                                       ", ".join(str(g) for g in gvars)))
                tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


_SPECIAL_NAMES = {"__abstractmethods__", "__annotations__", "__dict__", "__doc__",
                  "__init__", "__module__", "__new__", "__slots__", "__subclasshook__",
                  "__weakref__", "__class_getitem__", "__parameters__", "__orig_bases__",
                  "__qualname__", "__init_subclass__", "__protocol_attrs__",
                  "_is_protocol", "_is_runtime_protocol", "__match_args__",
                  "__non_callable_proto_members__", "_abc_impl", "__firstlineno__",
                  "__static_attributes__"}


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = getattr(base, "__annotations__", {})
        for name in list(base.__dict__) + list(annotations):
            if not name.startswith("_abc_") and name not in _SPECIAL_NAMES:
                attrs.add(name)
    return attrs


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_protocol", False) and cls is not Protocol:
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if super().__instancecheck__(instance):
                return True
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    return False
            return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if getattr(cls, "_is_protocol", False) and cls is not Protocol:
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")
            for attr in _protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return False
                        break
                else:
                    return False
            return True
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of structural types: class Closable(Protocol): def close(self): ..."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if "__init__" not in cls.__dict__ and cls._is_protocol:
            cls.__init__ = _no_init


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


def runtime_checkable(cls):
    """Class decorator: allow isinstance() and issubclass() with a protocol."""
    if not (isinstance(cls, type) and issubclass(cls, Generic)) \
            or not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r"
                        % (cls,))
    cls._is_runtime_protocol = True
    return cls


# ------------------------------------------------------------------------ aliases

def _alias(origin, nparams, inst=True, name=None):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name)


_abc = collections.abc
Hashable = _alias(_abc.Hashable, 0)
Awaitable = _alias(_abc.Awaitable, 1)
Coroutine = _alias(_abc.Coroutine, 3)
AsyncIterable = _alias(_abc.AsyncIterable, 1)
AsyncIterator = _alias(_abc.AsyncIterator, 1)
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Reversible = _alias(_abc.Reversible, 1)
Sized = _alias(_abc.Sized, 0)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Callable = _CallableType(_abc.Callable, 2)
AbstractSet = _alias(_abc.Set, 1, name="AbstractSet")
MutableSet = _alias(_abc.MutableSet, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
ByteString = _alias(_abc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _alias(list, 1, inst=False, name="List")
Deque = _alias(collections.deque, 1, name="Deque")
Set = _alias(set, 1, inst=False, name="Set")
FrozenSet = _alias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _alias(_abc.MappingView, 1)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
ContextManager = _alias(contextlib.AbstractContextManager, 1, name="ContextManager")
if hasattr(contextlib, "AbstractAsyncContextManager"):
    _async_cm = contextlib.AbstractAsyncContextManager
else:
    class AbstractAsyncContextManager(metaclass=ABCMeta):
        """Stands in for contextlib's (metal has no async with yet)."""

        __module__ = "contextlib"

    _async_cm = AbstractAsyncContextManager
    del AbstractAsyncContextManager
AsyncContextManager = _alias(_async_cm, 1, name="AsyncContextManager")
Dict = _alias(dict, 2, inst=False, name="Dict")
DefaultDict = _alias(collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(_abc.Generator, 3)
AsyncGenerator = _alias(_abc.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name="Type")
Pattern = _alias(_re.Pattern, 1) if hasattr(_re, "Pattern") else None
Match = _alias(_re.Match, 1) if hasattr(_re, "Match") else None

Text = str
AnyStr = TypeVar("AnyStr", bytes, str)
T = TypeVar("T")
KT = TypeVar("KT")
VT = TypeVar("VT")
T_co = TypeVar("T_co", covariant=True)
V_co = TypeVar("V_co", covariant=True)
VT_co = TypeVar("VT_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
CT_co = TypeVar("CT_co", covariant=True, bound=type)


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    __slots__ = ()

    @abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits=0):
        pass


class IO(Generic[AnyStr]):
    """The generic type of file objects."""

    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


# ------------------------------------------------------------- NamedTuple, TypedDict

_PROHIBITED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
                         "_field_defaults", "_make", "_replace", "_asdict", "_source"})
_SPECIAL = frozenset({"__module__", "__name__", "__annotations__", "__qualname__",
                      "__orig_bases__"})


def _make_nmtuple(name, fields, module, defaults=()):
    fields = list(fields)
    names = [n for n, t in fields]
    annotations = {n: _type_check(t, "field %s annotation must be a type" % n)
                   for n, t in fields}
    nm_tpl = collections.namedtuple(name, names, defaults=defaults, module=module)
    nm_tpl.__annotations__ = annotations
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        annotations = ns.get("__annotations__", {})
        default_names = []
        for field_name in annotations:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError("Non-default namedtuple field %s cannot follow default "
                                "field%s %s" % (field_name, "s" if len(default_names) > 1
                                                else "", ", ".join(default_names)))
        nm_tpl = _make_nmtuple(typename, annotations.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns.get("__module__", "__main__"))
        for key in ns:
            if key in _PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if "__qualname__" in ns:
            nm_tpl.__qualname__ = ns["__qualname__"]
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed version of collections.namedtuple (also usable as a base class)."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, "
                        "not both")
    return _make_nmtuple(typename, fields, module=_caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a "
                                "non-TypedDict base class")
        generic = (Generic,) if any(b is Generic for b in bases) else ()
        ns = dict(ns)
        ns.pop("__orig_bases__", None)
        tp_dict = type.__new__(_TypedDictMeta, name, generic + (dict,), ns)
        annotations = {}
        own = ns.get("__annotations__", {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(tp, msg, module=tp_dict.__module__, allow_special_forms=True)
               for n, tp in own.items()}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        annotations.update(own)
        for key, tp in own.items():
            origin = get_origin(tp)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, "__total__"):
            tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys (the class is a plain dict at run time)."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {"__annotations__": dict(fields)}
    module = _caller_module()
    if module is not None:
        ns["__module__"] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """A distinct name for a type: UserId = NewType('UserId', int); UserId(5) is 5."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __mro_entries__(self, bases):
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError("Cannot subclass an instance of NewType. Perhaps you were "
                                "looking for: `%s = NewType(%r, %s)`"
                                % (subclass_name, subclass_name, superclass_name))

        return (Dummy,)

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ------------------------------------------------------------------ forward refs

class ForwardRef(_Final, _root=True):
    """A type written as a string, evaluated later."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        try:
            self.__forward_code__ = compile(arg, "<string>", "eval")
        except SyntaxError:
            raise SyntaxError("Forward reference must be an expression -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                globalns = getattr(sys.modules.get(self.__forward_module__, None), "__dict__",
                                   globalns)
            value = eval(self.__forward_code__, globalns, localns)
            value = _type_check(value, "Forward references must evaluate to types.",
                                is_argument=self.__forward_is_argument__,
                                allow_special_forms=self.__forward_is_class__)
            self.__forward_value__ = _eval_type(value, globalns, localns,
                                                recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            module = ""
        else:
            module = ", module=%r" % (self.__forward_module__,)
        return "ForwardRef(%r%s)" % (self.__forward_arg__, module)


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, _GenericAlias):
        args = t.__args__
        if isinstance(t, _CallableGenericAlias) or not args:
            new_args = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in args)
        else:
            new_args = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in args)
        if new_args == args:
            return t
        if isinstance(t, _AnnotatedAlias):
            return _AnnotatedAlias(new_args[0], t.__metadata__)
        if isinstance(t, _UnionGenericAlias):
            return Union[new_args]
        return t.copy_with(new_args)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        if isinstance(t, _UnionGenericAlias):
            return Union[stripped]
        return t.copy_with(stripped)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class, module or function, with strings evaluated."""
    if getattr(obj, "__no_type_check__", None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__, None), "__dict__", {})
            else:
                base_globals = globalns
            ann = base.__dict__.get("__annotations__", {})
            if isinstance(ann, types.GetSetDescriptorType if hasattr(
                    types, "GetSetDescriptorType") else ()):
                ann = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                value = _eval_type(value, base_globals, base_locals)
                hints[name] = value
        if include_extras:
            return hints
        return {k: _strip_annotations(v) for k, v in hints.items()}
    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, "__wrapped__"):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, "__globals__", {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, "__annotations__", None)
    if hints is None:
        if isinstance(obj, (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                            types.ModuleType, types.WrapperDescriptorType,
                            types.MethodWrapperType, types.MethodDescriptorType)):
            return {}
        raise TypeError("%r is not a module, class, method, or function." % (obj,))
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, types.ModuleType),
                               is_class=False)
        hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(v) for k, v in hints.items()}


def get_origin(tp):
    """The unsubscripted form: get_origin(List[int]) is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAliasBase, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    if hasattr(types, "GenericAlias") and isinstance(tp, types.GenericAlias):
        return tp.__origin__
    return None


def get_args(tp):
    """The arguments of a subscription: get_args(Dict[str, int]) == (str, int)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if tp.__origin__ is collections.abc.Callable and res and res[0] is not ... \
                and not isinstance(res[0], (ParamSpec, _ConcatenateGenericAlias)):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, types.UnionType):
        return tp.__args__
    if hasattr(types, "GenericAlias") and isinstance(tp, types.GenericAlias):
        return tp.__args__
    return ()


# --------------------------------------------------------------------- functions

def cast(typ, val):
    """Tell a type checker val has type typ; returns val unchanged."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: %s" % value)


def reveal_type(obj, /):
    print("Runtime type is %r" % (type(obj).__name__,), file=sys.stderr)
    return obj


_overload_registry = collections.defaultdict(dict)


def _overload_dummy(*args, **kwds):
    raise NotImplementedError("You should not call an overloaded function. A series of "
                              "@overload-decorated functions outside a stub module should "
                              "always be followed by an implementation that is not "
                              "@overload-ed.")


def overload(func):
    """Mark one signature of an overloaded function (the last, undecorated one runs)."""
    f = getattr(func, "__func__", func)
    try:
        key = "%s.%s" % (f.__module__, f.__qualname__)
        _overload_registry[key][f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    f = getattr(func, "__func__", func)
    key = "%s.%s" % (getattr(f, "__module__", ""), getattr(f, "__qualname__", ""))
    return list(_overload_registry.get(key, {}).values())


def clear_overloads():
    _overload_registry.clear()


def final(f):
    """Mark a class or method as final (sets __final__ = True where it can)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator: type checkers should ignore this class or function."""
    if isinstance(arg, type):
        for obj in list(arg.__dict__.values()):
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator
