"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag (CPython 3.11's behaviour).

Written for metal from the documentation. Members are found once the class body has run
(metal gives the metaclass the finished namespace), so a name bound twice in the body
keeps its last value instead of raising.
"""

import builtins as _builtins
import sys as _sys
from types import MappingProxyType as _Proxy

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
           "ReprEnum", "auto", "unique", "property", "verify", "member", "nonmember",
           "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "global_flag_repr",
           "global_enum_repr", "global_str", "global_enum", "EnumCheck", "CONTINUOUS",
           "NAMED_FLAGS", "UNIQUE", "pickle_by_global_name", "pickle_by_enum_name"]

# The base classes do not exist while they are being built.
Enum = Flag = EJECT = ReprEnum = None

_NO_VALUE = object()


class auto:
    """Stands for a value the enumeration generates (_generate_next_value_)."""

    def __init__(self, value=_NO_VALUE):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Forces an attribute of an enumeration class body to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an attribute of an enumeration class body from becoming a member."""

    def __init__(self, value):
        self.value = value


class property:
    """An attribute of members that, looked up on the class, finds a member of that name
    (so members may be called `name` or `value`)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, "__doc__", None)
        self.name = getattr(fget, "__name__", None)
        self.clsname = None

    def __set_name__(self, owner, name):
        self.name = name
        self.clsname = owner.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except (KeyError, AttributeError):
                raise AttributeError("%r has no attribute %r" % (ownerclass, self.name)) \
                    from None
        if self.fget is None:
            raise AttributeError("<enum %r> cannot get attribute %r" % (self.clsname, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r"
                                 % (self.clsname, self.name))
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_"
            and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_"
            and name[-2] != "_")


def _is_private(cls_name, name):
    prefix = "_%s__" % cls_name.lstrip("_")
    return name.startswith(prefix) and not name.endswith("__")


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__")
            or hasattr(obj, "__delete__"))


def _is_single_bit(n):
    return n > 0 and n & (n - 1) == 0


def _bits_text(value, width):
    """'0b0 0111': a sign bit, then the value in `width` binary digits."""
    if value < 0:
        return "0b1 " + format(value & ((1 << width) - 1), "0%db" % width)
    return "0b0 " + format(value, "0%db" % width)


def _data_str(method):
    """A ReprEnum's __str__: the data type's."""
    def __str__(self):
        return method(self)
    return __str__


def _data_format(method):
    """A ReprEnum's __format__: the data type's."""
    def __format__(self, format_spec):
        return method(self, format_spec)
    return __format__


# The _sunder_ names an enumeration may define.
_ALLOWED_SUNDER = {"_order_", "_generate_next_value_", "_missing_", "_ignore_",
                   "_iter_member_", "_iter_member_by_value_", "_iter_member_by_def_",
                   "_numeric_repr_", "_add_alias_", "_add_value_alias_"}


class EnumType(type):
    """The metaclass of enumerations."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        classdict = dict(classdict)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        # Which names of the body are members.
        ignore = classdict.pop("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        for key in ignore:
            classdict.pop(key, None)
        members = []
        for key, value in list(classdict.items()):
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            if isinstance(value, member):
                members.append((key, value.value))
                del classdict[key]
                continue
            if _is_sunder(key):
                if key not in _ALLOWED_SUNDER:
                    raise ValueError("_sunder_ names, such as %r, are reserved for future "
                                     "Enum use" % key)
                continue
            if _is_dunder(key) or _is_private(cls, key) or _is_descriptor(value):
                continue
            members.append((key, value))
            del classdict[key]
        if members and first_enum is not None:
            for base in bases:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        for base in bases:
            for chain in getattr(base, "__mro__", ()):
                if isinstance(chain, EnumType) and chain._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (cls, chain))
        order = classdict.pop("_order_", None)
        if isinstance(order, str):
            order = order.replace(",", " ").split()
        new_member, use_args = metacls._find_new_(classdict, member_type, first_enum)
        classdict["_new_member_"] = new_member
        classdict["_use_args_"] = use_args
        if Flag is not None and boundary is None:
            for base in bases:
                boundary = getattr(base, "_boundary_", None)
                if boundary is not None:
                    break
        enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        setattr_ = type.__setattr__
        setattr_(enum_class, "_member_names_", [])
        setattr_(enum_class, "_member_map_", {})
        setattr_(enum_class, "_value2member_map_", {})
        setattr_(enum_class, "_unhashable_values_", [])
        setattr_(enum_class, "_member_type_", member_type)
        setattr_(enum_class, "_value_repr_", None)
        setattr_(enum_class, "_boundary_", boundary)
        setattr_(enum_class, "_inverted_", None)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        # ReprEnum: str() and format() are the data type's.
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError("ReprEnum subclasses must be mixed with a data type (i.e. "
                                "int, str, float, etc.)")
            if "__format__" not in classdict:
                method = _data_format(member_type.__format__)
                setattr_(enum_class, "__format__", method)
                classdict["__format__"] = method
            if "__str__" not in classdict:
                method = member_type.__str__
                if method is object.__str__ or member_type in (int, float):
                    method = member_type.__repr__
                method = _data_str(method)
                setattr_(enum_class, "__str__", method)
                classdict["__str__"] = method
        # The data type's repr() and friends would come first in the MRO: use the
        # enumeration's instead, unless the class itself defines them.
        if first_enum is not None:
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name in classdict:
                    continue
                found = getattr(enum_class, name, None)
                if found is None:
                    continue
                if found == getattr(member_type, name, None) or found == getattr(object, name,
                                                                                None):
                    setattr_(enum_class, name, getattr(first_enum, name))
        # Make the members, generating auto() values in order.
        generate = enum_class._generate_next_value_
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value.value is _NO_VALUE:
                    value.value = generate(name, 1, len(last_values), last_values[:])
                value = value.value
            last_values.append(value)
            metacls._add_member_(enum_class, name, value, is_flag)
        if is_flag:
            single = 0
            every = 0
            for m in enum_class._member_map_.values():
                v = m._value_
                if isinstance(v, int):
                    every |= v
                    if _is_single_bit(v):
                        single |= v
            setattr_(enum_class, "_flag_mask_", single)
            setattr_(enum_class, "_singles_mask_", single)
            setattr_(enum_class, "_all_bits_", 2 ** every.bit_length() - 1 if every else 0)
        if order is not None:
            names = [n for n in order if n in enum_class._member_map_]
            if names != enum_class._member_names_:
                raise TypeError("member order does not match _order_:\n  %r\n  %r"
                                % (enum_class._member_names_, order))
        return enum_class

    def __init__(cls, *args, **kwds):
        pass

    @staticmethod
    def _get_mixins_(class_name, bases):
        """(data type, the Enum base) for a new enumeration's bases."""
        if not bases:
            return object, Enum
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        found = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        found.append(base._member_type_)
                        break
                    continue
                if "__new__" in base.__dict__ or base in (int, str, float, bytes, tuple,
                                                          complex, frozenset):
                    found.append(candidate or base)
                    break
                candidate = candidate or base
        found = list(dict.fromkeys(found))
        if len(found) > 1:
            raise TypeError("too many data types for %r: %r" % (class_name, set(found)))
        return (found[0] if found else object), last

    @staticmethod
    def _find_new_(classdict, member_type, first_enum):
        """The function that makes a member, and whether it takes the value's arguments."""
        new = classdict.get("__new__")
        if new is not None:
            return new, True
        for source in (member_type, first_enum):
            for base in getattr(source, "__mro__", ()):
                candidate = base.__dict__.get("__new_member__") or base.__dict__.get("__new__")
                if candidate is None or base is object:
                    continue
                if Enum is not None and base in (Enum, Flag):
                    continue
                if isinstance(base, EnumType) and "__new_member__" not in base.__dict__ \
                        and base.__dict__.get("__new__") is not None \
                        and base._member_type_ is object:
                    continue
                return candidate, True
            if source is member_type and member_type is not object:
                return member_type.__new__, True
        return object.__new__, False

    @staticmethod
    def _add_member_(enum_class, name, value, is_flag):
        args = value if isinstance(value, tuple) else (value,)
        member_type = enum_class._member_type_
        if member_type is tuple:
            args = (args,)
        new = enum_class._new_member_
        if not enum_class._use_args_:
            obj = new(enum_class)
            if "_value_" not in getattr(obj, "__dict__", ()):
                obj._value_ = value
        else:
            obj = new(enum_class, *args)
            if "_value_" not in getattr(obj, "__dict__", ()):
                if member_type is object:
                    obj._value_ = value
                else:
                    try:
                        obj._value_ = member_type(*args)
                    except Exception:
                        obj._value_ = member_type(value)
        value = obj._value_
        obj._name_ = name
        obj.__objclass__ = enum_class
        obj.__init__(*args)
        obj._sort_order_ = len(enum_class._member_names_)
        # A second name for an existing value is an alias of the first member.
        canonical = None
        try:
            canonical = enum_class._value2member_map_.get(value)
        except TypeError:
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is None:
            for m in enum_class._member_map_.values():
                if m._value_ == value:
                    canonical = m
                    break
        if canonical is not None:
            obj = canonical
        elif not is_flag or (isinstance(value, int) and _is_single_bit(value)):
            enum_class._member_names_.append(name)
        # Reachable as a class attribute unless something of that name is inherited (a
        # method, or the `name`/`value` properties, which look members up themselves).
        inherited = False
        for base in enum_class.__mro__[1:]:
            if name in base.__dict__:
                inherited = True
                break
        if not inherited:
            type.__setattr__(enum_class, name, obj)
        enum_class._member_map_[name] = obj
        try:
            enum_class._value2member_map_.setdefault(value, obj)
        except TypeError:
            enum_class._unhashable_values_.append(value)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            if not cls._member_map_:
                raise TypeError("%r has no members defined" % cls)
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        try:
            result = cls._missing_(value)
        except Exception as e:
            result = None
            failure = e
        else:
            failure = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT:
            if result is not None:
                return result
        if failure is None and result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if failure is not None:
            if isinstance(failure, ValueError) and "invalid value" in str(failure):
                raise failure
            err = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
            raise err from failure
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: Enum('Name', 'A B C') and its other forms."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            values = []
            for i, n in enumerate(names):
                values.append((n, cls._generate_next_value_(n, start, i, [v for _, v in values])))
            names = values
        items = names.items() if hasattr(names, "items") else names
        for item in items:
            if isinstance(item, str):
                n, v = item, names[item]
            else:
                n, v = item
            classdict[n] = v
        if module is None:
            try:
                module = _sys._getframe(2).f_globals.get("__name__")
            except (AttributeError, ValueError, TypeError):
                module = None
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        import warnings
        warnings.warn("in 3.12 __contains__ will no longer raise TypeError, but will return "
                      "True or\nFalse depending on whether the value is a member or the "
                      "value of a member", DeprecationWarning, stacklevel=2)
        raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                        % (type(value).__qualname__, cls.__class__.__qualname__))

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {"__class__", "__contains__", "__doc__", "__getitem__", "__iter__",
                 "__len__", "__members__", "__module__", "__name__", "__qualname__"}
        names.update(cls._member_names_)
        return sorted(names)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        return _Proxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """The base of enumerations: members have a name and a value."""

    def __new__(cls, value):
        return cls._lookup_(value)

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        names = {"__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"}
        for cls in type(self).__mro__:
            if cls is Enum or cls is object:
                break
            names.update(n for n in cls.__dict__ if not n.startswith("_"))
        names.update(n for n in getattr(self, "__dict__", {}) if not n.startswith("_"))
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    """Only the repr() is the enumeration's; str() and format() are the data type's."""


class IntEnum(int, ReprEnum):
    """Members are also ints."""


class StrEnum(str, ReprEnum):
    """Members are also strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2]))
        value = str(*values)
        obj = str.__new__(cls, value)
        obj._value_ = value
        return obj

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _reduce_ex_by_global_name(self, proto):
    return self.name


pickle_by_global_name = _reduce_ex_by_global_name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """What a Flag does with bits it has no member for."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Members combine with the bitwise operators."""

    def __new__(cls, value):
        return cls._lookup_(value)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        if not isinstance(last, int):
            raise TypeError("invalid flag value %r" % last) from None
        return 2 ** last.bit_length()

    @classmethod
    def _iter_member_(cls, value):
        """The canonical members whose bits are all in value, in definition order."""
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_ and m._value_:
                yield m

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        all_bits = cls._all_bits_
        original = value
        if value < 0:
            value = all_bits + 1 + value
        unknown = value & ~mask
        boundary = cls._boundary_
        if unknown or value < 0:
            if boundary is STRICT:
                width = max(mask.bit_length(), original.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, original, _bits_text(original, width),
                                    _bits_text(mask, width)))
            if boundary is CONFORM:
                value &= mask
                unknown = 0
            elif boundary is EJECT:
                return original
        known = value & mask
        if cls._member_type_ is object:
            obj = object.__new__(cls)
        else:
            obj = cls._member_type_.__new__(cls, value)
        obj._value_ = value
        parts = [m._name_ for m in cls._iter_member_(known)]
        if parts and unknown:
            parts.append("%d" % unknown)
        obj._name_ = "|".join(parts) if parts else None
        if not parts and not unknown and value in cls._value2member_map_:
            return cls._value2member_map_[value]
        return cls._value2member_map_.setdefault(value, obj)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return sum(1 for _ in self._iter_member_(self._value_))

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._singles_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flags that are also ints."""

    def __or__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return v
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(~self._value_)


def unique(enumeration):
    """Class decorator: refuse aliases (two names for one value)."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        text = ", ".join("%s -> %s" % (alias, name) for alias, name in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, text))
    return enumeration


class EnumCheck(StrEnum):
    """What verify() checks."""

    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator checking an enumeration against EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(alias, m.name) for alias, m in enumeration.__members__.items()
                           if alias != m.name]
                if aliases:
                    raise ValueError("aliases found in %r: %s" % (
                        enumeration, ", ".join("%s -> %s" % pair for pair in aliases)))
            elif check is CONTINUOUS:
                values = sorted(set(m.value for m in enumeration))
                if len(values) < 2:
                    continue
                low, high = values[0], values[-1]
                if issubclass(enumeration, Flag):
                    expected = [1 << i for i in range(low.bit_length() - 1, high.bit_length())]
                    missing = [v for v in expected if v not in values]
                else:
                    missing = [v for v in range(low, high + 1) if v not in values]
                if missing:
                    raise ValueError("invalid %s %r: missing values %s"
                                     % ("flag" if issubclass(enumeration, Flag) else "enum",
                                        name, ", ".join(str(m) for m in missing)))
            elif check is NAMED_FLAGS:
                mask = 0
                for m in enumeration:
                    mask |= m.value
                bad = []
                for alias, m in enumeration.__members__.items():
                    if m.value & ~mask:
                        bad.append(alias)
                if bad:
                    raise ValueError("invalid Flag %r: aliases %s are missing combined values"
                                     % (name, ", ".join(bad)))
        return enumeration


def global_enum_repr(self):
    module = self.__class__.__module__.split(".")[-1]
    return "%s.%s" % (module, self._name_)


def global_flag_repr(self):
    module = self.__class__.__module__.split(".")[-1]
    if self._name_ is None:
        return "%s.%s(%r)" % (module, self.__class__.__name__, self._value_)
    return "|".join("%s.%s" % (module, n) for n in self._name_.split("|"))


def global_str(self):
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: put the members in the module's namespace, and repr them so."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    _sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls
