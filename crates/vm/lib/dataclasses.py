"""Classes of fields with generated __init__, __repr__, __eq__ and friends (PEP 557).

Written for metal from the documentation; the generated methods are compiled with exec so
their errors (missing arguments and the like) read as CPython's do.
"""

import builtins as _builtins
import copy as _copy
import sys as _sys
import types as _types

__all__ = ["dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
           "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
           "is_dataclass"]


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"


class InitVar:
    """Marks an __init__ argument that is passed to __post_init__ but is not a field."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            name = self.type.__name__
        else:
            name = repr(self.type)
        return "dataclasses.InitVar[%s]" % name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """What dataclass() knows about one field."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else _types.MappingProxyType(
            metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,"
                "hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%s)" % (
                    self.name, self.type, self.default, self.default_factory, self.init,
                    self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                    self._field_type))

    def __set_name__(self, owner, name):
        hook = getattr(type(self.default), "__set_name__", None)
        if hook:
            hook(self.default, owner, name)


_EMPTY_METADATA = _types.MappingProxyType({})


class _DataclassParams:
    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe one field of a dataclass."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _annotation_kind(cls, annotation):
    """_FIELD_CLASSVAR, _FIELD_INITVAR or _FIELD for an annotation."""
    typing = _sys.modules.get("typing")
    if typing is not None:
        cv = getattr(typing, "ClassVar", None)
        if annotation is cv or getattr(annotation, "__origin__", None) is cv and cv is not None:
            return _FIELD_CLASSVAR
    if annotation is InitVar or isinstance(annotation, InitVar):
        return _FIELD_INITVAR
    if isinstance(annotation, str):
        # A string annotation: "ClassVar[int]", "typing.ClassVar", "InitVar[str]"...
        head = annotation.strip().split("[", 1)[0].strip()
        module, _, name = head.rpartition(".")
        if name == "ClassVar" and module in ("", "typing"):
            return _FIELD_CLASSVAR
        if name == "InitVar" and module in ("", "dataclasses"):
            return _FIELD_INITVAR
    return _FIELD


def _is_kw_only_marker(cls, annotation):
    if annotation is KW_ONLY:
        return True
    if isinstance(annotation, str):
        text = annotation.strip()
        if text == "dataclasses.KW_ONLY":
            return True
        namespace = getattr(_sys.modules.get(cls.__module__), "__dict__", {})
        return text == "KW_ONLY" and namespace.get("KW_ONLY") is KW_ONLY
    return False


def _get_field(cls, name, annotation, kw_only):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if type(default).__name__ == "member_descriptor":
            default = MISSING
        f = field(default=default)
    f.name = name
    f.type = annotation
    f._field_type = _annotation_kind(cls, annotation)
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError("field %s cannot have a default factory" % f.name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = kw_only
    elif f.kw_only is not MISSING:
        raise TypeError("field %s is a ClassVar but specifies kw_only" % f.name)
    if f._field_type is _FIELD and f.default is not MISSING \
            and type(f.default).__hash__ is None:
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(f.default), f.name))
    return f


def _set_new_attribute(cls, name, value):
    """Add a generated method unless the class defines its own; True if it did."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _make_function(cls, name, params, body, namespace):
    """Compile one generated method: `def name(params): body` in namespace."""
    text = "def %s(%s):\n%s\n" % (name, ", ".join(params),
                                  "\n".join("    " + line for line in body) or "    pass")
    local = {}
    exec(text, namespace, local)
    fn = local[name]
    fn.__qualname__ = "%s.%s" % (cls.__qualname__, name)
    return fn


def _tuple_text(obj_name, flds):
    if not flds:
        return "()"
    return "(" + ", ".join("%s.%s" % (obj_name, f.name) for f in flds) + ",)"


def _init_method(cls, std_fields, kw_fields, all_fields, frozen, has_post_init, slots):
    namespace = {"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
                 "__dataclass_builtins_object__": object}
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument %r follows default argument" % f.name)
    self_name = "__dataclass_self__" if "self" in all_fields else "self"

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            return f.name
        if f.default_factory is not MISSING:
            return "%s=_HAS_DEFAULT_FACTORY" % f.name
        return "%s=__dataclass_dflt_%s__" % (f.name, f.name)

    params = [self_name] + [param(f) for f in std_fields if f.init]
    kw = [param(f) for f in kw_fields if f.init]
    if kw:
        params += ["*"] + kw
    body = []
    for f in all_fields.values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        dflt = "__dataclass_dflt_%s__" % f.name
        value = None
        if f.default_factory is not MISSING:
            namespace[dflt] = f.default_factory
            if f.init:
                value = "%s() if %s is _HAS_DEFAULT_FACTORY else %s" % (dflt, f.name, f.name)
            else:
                value = "%s()" % dflt
        elif f.init:
            if f.default is not MISSING:
                namespace[dflt] = f.default
            value = f.name
        elif slots and f.default is not MISSING:
            namespace[dflt] = f.default
            value = dflt
        if value is None or f._field_type is _FIELD_INITVAR:
            if f._field_type is _FIELD_INITVAR and f.default is not MISSING:
                namespace[dflt] = f.default
            continue
        if frozen:
            body.append("__dataclass_builtins_object__.__setattr__(%s, %r, %s)"
                        % (self_name, f.name, value))
        else:
            body.append("%s.%s = %s" % (self_name, f.name, value))
    if has_post_init:
        initvars = [f.name for f in all_fields.values() if f._field_type is _FIELD_INITVAR]
        body.append("%s.%s(%s)" % (self_name, _POST_INIT_NAME, ", ".join(initvars)))
    for f in all_fields.values():
        if f._field_type is _FIELD_INITVAR and f.default is not MISSING:
            namespace["__dataclass_dflt_%s__" % f.name] = f.default
    init = _make_function(cls, "__init__", params, body, namespace)
    # As CPython's generated __init__: the fields' types, so inspect.signature shows them.
    hints = {f.name: f.type for f in list(std_fields) + list(kw_fields) if f.init}
    hints["return"] = None
    init.__annotations__ = hints
    return init


def _recursive_guard(fn):
    """Make a __repr__ return '...' for an object already being shown on this thread."""
    active = set()

    def __repr__(self):
        key = id(self)
        if key in active:
            return "..."
        active.add(key)
        try:
            return fn(self)
        finally:
            active.discard(key)

    __repr__.__name__ = fn.__name__
    __repr__.__qualname__ = fn.__qualname__
    __repr__.__wrapped__ = fn
    return __repr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    fields = {}
    if cls.__module__ in _sys.modules:
        globals_ = _sys.modules[cls.__module__].__dict__
    else:
        globals_ = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    all_frozen_bases = None
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            frozen_base = getattr(b, _PARAMS).frozen
            if all_frozen_bases is None:
                all_frozen_bases = True
            all_frozen_bases = all_frozen_bases and frozen_base
            if frozen_base:
                any_frozen_base = True
    annotations = cls.__dict__.get("__annotations__", {})
    own = []
    kw_marker_seen = False
    for name, annotation in annotations.items():
        if _is_kw_only_marker(cls, annotation):
            if kw_marker_seen:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified"
                                % name)
            kw_marker_seen = True
            kw_only = True
            continue
        own.append(_get_field(cls, name, annotation, kw_only))
    for f in own:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("%r is a field but has no type annotation" % name)
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if all_frozen_bases is False and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    setattr(cls, _FIELDS, fields)
    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and "__eq__" in cls.__dict__))
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    all_init = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init = [f for f in all_init if not f.kw_only]
    kw_init = [f for f in all_init if f.kw_only]
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, "__init__",
                           _init_method(cls, std_init, kw_init, fields, frozen, has_post_init,
                                        slots))
    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        shown = [f for f in field_list if f.repr]
        text = ", ".join("%s={self.%s!r}" % (f.name, f.name) for f in shown)
        fn = _make_function(cls, "__repr__", ["self"],
                            ["return self.__class__.__qualname__ + f\"(%s)\"" % text], {})
        _set_new_attribute(cls, "__repr__", _recursive_guard(fn))
    if eq:
        compared = [f for f in field_list if f.compare]
        body = ["if other.__class__ is self.__class__:",
                "    return %s == %s" % (_tuple_text("self", compared),
                                         _tuple_text("other", compared)),
                "return NotImplemented"]
        _set_new_attribute(cls, "__eq__", _make_function(cls, "__eq__", ["self", "other"],
                                                         body, {}))
    if order:
        compared = [f for f in field_list if f.compare]
        for name, op in (("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"),
                         ("__ge__", ">=")):
            body = ["if other.__class__ is self.__class__:",
                    "    return %s %s %s" % (_tuple_text("self", compared), op,
                                             _tuple_text("other", compared)),
                    "return NotImplemented"]
            if _set_new_attribute(cls, name, _make_function(cls, name, ["self", "other"],
                                                            body, {})):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (name, cls.__name__))
    if frozen:
        names = tuple(f.name for f in field_list)
        ns = {"cls": cls, "FrozenInstanceError": FrozenInstanceError, "names": names}
        setter = _make_function(cls, "__setattr__", ["self", "name", "value"], [
            "if type(self) is cls or name in names:",
            "    raise FrozenInstanceError(f\"cannot assign to field {name!r}\")",
            "super(cls, self).__setattr__(name, value)"], ns)
        deleter = _make_function(cls, "__delattr__", ["self", "name"], [
            "if type(self) is cls or name in names:",
            "    raise FrozenInstanceError(f\"cannot delete field {name!r}\")",
            "super(cls, self).__delattr__(name)"], ns)
        for name, fn in (("__setattr__", setter), ("__delattr__", deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError("Cannot overwrite attribute %s in class %s"
                                % (name, cls.__name__))
    # __hash__: what the (unsafe_hash, eq, frozen, explicit __hash__) table says.
    hashed = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
    hash_fn = _make_function(cls, "__hash__", ["self"],
                             ["return hash(%s)" % _tuple_text("self", hashed)], {})
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = hash_fn
    elif eq and not has_explicit_hash:
        cls.__hash__ = hash_fn if frozen else None
    if not getattr(cls, "__doc__", None):
        try:
            cls.__doc__ = cls.__name__ + _signature_text(std_init, kw_init)
        except Exception:
            cls.__doc__ = ""
    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init))
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    abc = _sys.modules.get("abc")
    if abc is not None and hasattr(abc, "update_abstractmethods"):
        abc.update_abstractmethods(cls)
    return cls


def _annotation_text(a):
    if isinstance(a, type):
        if a.__module__ == "builtins":
            return a.__qualname__
        return "%s.%s" % (a.__module__, a.__qualname__)
    if isinstance(a, str):
        return a
    return repr(a).replace("typing.", "")


def _signature_text(std, kw):
    parts = []
    for f in std:
        text = "%s: %s" % (f.name, _annotation_text(f.type))
        if f.default is not MISSING:
            text += " = %r" % (f.default,)
        elif f.default_factory is not MISSING:
            text += " = <factory>"
        parts.append(text)
    if kw:
        parts.append("*")
        for f in kw:
            text = "%s: %s" % (f.name, _annotation_text(f.type))
            if f.default is not MISSING:
                text += " = %r" % (f.default,)
            elif f.default_factory is not MISSING:
                text += " = <factory>"
            parts.append(text)
    return "(" + ", ".join(parts) + ")"


def _add_slots(cls, is_frozen, weakref_slot):
    """A copy of cls with __slots__ for its fields (a class's slots are fixed at creation)."""
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, "__slots__", ()))
    slots = tuple(n for n in field_names if n not in inherited)
    if weakref_slot and "__weakref__" not in inherited:
        slots += ("__weakref__",)
    cls_dict["__slots__"] = slots
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)
    qualname = getattr(cls, "__qualname__", None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    if is_frozen:
        def __getstate__(self):
            return [getattr(self, name) for name in field_names]

        def __setstate__(self, state):
            for name, value in zip(field_names, state):
                object.__setattr__(self, name, value)

        if "__getstate__" not in cls_dict:
            new_cls.__getstate__ = __getstate__
        if "__setstate__" not in cls_dict:
            new_cls.__setstate__ = __setstate__
    # Methods compiled for the old class refer to it by closure (frozen __setattr__).
    for name in ("__setattr__", "__delattr__"):
        fn = cls_dict.get(name)
        if fn is not None and getattr(fn, "__qualname__", "").endswith("." + name) \
                and is_frozen:
            ns = {"cls": new_cls, "FrozenInstanceError": FrozenInstanceError,
                  "names": field_names}
            verb = "assign to" if name == "__setattr__" else "delete"
            params = ["self", "name", "value"] if name == "__setattr__" else ["self", "name"]
            call = "super(cls, self).%s(%s)" % (name, ", ".join(params[1:]))
            setattr(new_cls, name, _make_function(new_cls, name, params, [
                "if type(self) is cls or name in names:",
                "    raise FrozenInstanceError(f\"cannot %s field {name!r}\")" % verb,
                call], ns))
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add generated special methods to a class from its annotated fields."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields (not ClassVars or InitVars) of a dataclass or one of its instances."""
    try:
        found = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in found.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _as_dict_inner(obj, dict_factory)


def _as_dict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _as_dict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_as_dict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_as_dict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_as_dict_inner(k, dict_factory), _as_dict_inner(v, dict_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _as_tuple_inner(obj, tuple_factory)


def _as_tuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_as_tuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_as_tuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_as_tuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_as_tuple_inner(k, tuple_factory),
                          _as_tuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False, module=None):
    """Create a dataclass from a list of field names or (name, type[, Field]) tuples."""
    namespace = {} if namespace is None else dict(namespace)
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        import keyword
        if keyword.iskeyword(name):
            raise TypeError("Field names must not be keywords: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = tp
    namespace.update(defaults)
    namespace["__annotations__"] = annotations
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = "__main__"
    namespace["__module__"] = module
    cls = _types.new_class(cls_name, bases, {}, lambda ns: ns.update(namespace))
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)
