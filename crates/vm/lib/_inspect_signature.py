"""inspect's call signatures: Parameter, Signature, BoundArguments and signature().

Kept apart from inspect.py to keep files small; inspect re-exports every name.
"""

import enum
import functools
import keyword
import sys
import types

import _metal_builtin

import inspect as _inspect


class _void:
    """A marker: no value given to replace()."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


_DESCRIPTIONS = ('positional-only', 'positional or keyword', 'variadic positional',
                 'keyword-only', 'variadic keyword')


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _DESCRIPTIONS[self._value_]


_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


class Parameter:
    """One parameter of a Signature: its name, kind, default and annotation."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{self._kind.description} parameters cannot have default values')
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[0] == '.' and name[1:].isdigit():  # '' is an IndexError, as in CPython
            # The hidden argument of a comprehension's code object.
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or '
                                 f'keyword arguments, not {self._kind.description}')
            self._kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        reserved = keyword.iskeyword(name) and self._kind is not _POSITIONAL_ONLY
        if reserved or not name.isidentifier():
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(
            self._name if name is _void else name,
            self._kind if kind is _void else kind,
            default=self._default if default is _void else default,
            annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, _inspect.formatannotation(self._annotation))
        if self._default is not _empty:
            joiner = ' = ' if self._annotation is not _empty else '='
            text = text + joiner + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: the arguments by parameter name."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        out = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            if name not in self.arguments:
                break
            value = self.arguments[name]
            if param.kind == _VAR_POSITIONAL:
                out.extend(value)
            else:
                out.append(value)
        return tuple(out)

    @property
    def kwargs(self):
        out = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    # A positional parameter left out: the rest go by keyword.
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            value = self.arguments[name]
            if param.kind == _VAR_KEYWORD:
                out.update(value)
            else:
                out[name] = value
        return out

    def apply_defaults(self):
        given = self.arguments
        filled = []
        for name, param in self._signature.parameters.items():
            if name in given:
                filled.append((name, given[name]))
            elif param.default is not _empty:
                filled.append((name, param.default))
            elif param.kind is _VAR_POSITIONAL:
                filled.append((name, ()))
            elif param.kind is _VAR_KEYWORD:
                filled.append((name, {}))
        self.arguments = dict(filled)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    __hash__ = None

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __repr__(self):
        shown = ['{}={!r}'.format(name, value) for name, value in self.arguments.items()]
        return '<{} ({})>'.format(type(self).__name__, ', '.join(shown))


class Signature:
    """The parameters of a callable and its return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        table = {}
        if parameters is not None:
            if __validate_parameters__:
                highest = _POSITIONAL_ONLY
                had_default = False
                for param in parameters:
                    kind = param.kind
                    if kind < highest:
                        raise ValueError(
                            'wrong parameter order: {} parameter before {} parameter'
                            .format(highest.description, kind.description))
                    if kind > highest:
                        highest = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if had_default:
                                raise ValueError(
                                    'non-default argument follows default argument')
                        else:
                            had_default = True
                    if param.name in table:
                        raise ValueError('duplicate parameter name: {!r}'.format(param.name))
                    table[param.name] = param
            else:
                for param in parameters:
                    table[param.name] = param
        self._parameters = types.MappingProxyType(table)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        return _signature_from_callable(obj, sigcls=cls, follow_wrapped=follow_wrapped,
                                        globals=globals, locals=locals, eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        positional = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        keyword_only = {p.name: p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY}
        return positional, keyword_only, self.return_annotation

    def __hash__(self):
        positional, keyword_only, annotation = self._hash_basis()
        return hash((positional, frozenset(keyword_only.values()), annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        bound = {}
        params = list(self.parameters.values())
        at = 0
        rest = []
        # Positional arguments fill the parameters in order.
        position = 0
        while True:
            if position >= len(args):
                if at >= len(params):
                    break
                param = params[at]
                at += 1
                if param.kind == _VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    if param.kind == _POSITIONAL_ONLY:
                        raise TypeError('{!r} parameter is positional only, but was '
                                        'passed as a keyword'.format(param.name))
                    rest = [param]
                    break
                if param.kind == _VAR_KEYWORD or param.default is not _empty:
                    rest = [param]
                    break
                if partial:
                    rest = [param]
                    break
                raise TypeError('missing a required argument: {!r}'.format(param.name))
            value = args[position]
            position += 1
            if at >= len(params):
                raise TypeError('too many positional arguments') from None
            param = params[at]
            at += 1
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments') from None
            if param.kind == _VAR_POSITIONAL:
                bound[param.name] = (value,) + tuple(args[position:])
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name))
            bound[param.name] = value
        # Then the keywords.
        kwargs = dict(kwargs)
        catch_all = None
        for param in rest + params[at:]:
            if param.kind == _VAR_KEYWORD:
                catch_all = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name not in kwargs:
                if not partial and param.default is _empty:
                    raise TypeError('missing a required argument: {!r}'.format(param.name))
                continue
            if param.kind == _POSITIONAL_ONLY:
                raise TypeError('{!r} parameter is positional only, but was passed as '
                                'a keyword'.format(param.name))
            bound[param.name] = kwargs.pop(param.name)
        if kwargs:
            if catch_all is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(
                    next(iter(kwargs))))
            bound[catch_all.name] = kwargs
        return self._bound_arguments_cls(self, bound)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)

    def __str__(self):
        parts = []
        slash_pending = False
        star_needed = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                slash_pending = True
            elif slash_pending:
                parts.append('/')
                slash_pending = False
            if kind == _VAR_POSITIONAL:
                star_needed = False
            elif kind == _KEYWORD_ONLY and star_needed:
                parts.append('*')
                star_needed = False
            parts.append(str(param))
        if slash_pending:
            parts.append('/')
        text = '({})'.format(', '.join(parts))
        if self.return_annotation is not _empty:
            text += ' -> {}'.format(_inspect.formatannotation(self.return_annotation))
        return text


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


# ---------------------------------------------------------------- building signatures

_HEAPTYPE = 1 << 9
_IMMUTABLETYPE = 1 << 8

_NOT_USER_DEFINED = (types.WrapperDescriptorType, types.MethodWrapperType,
                     types.ClassMethodDescriptorType, types.BuiltinFunctionType)


def _written_in_c(cls):
    """A class CPython writes in C (metal's library may write it in Python: `deque`):
    a static type, or an immutable heap type (`re.Pattern`)."""
    flags = cls.__flags__
    return not flags & _HEAPTYPE or bool(flags & _IMMUTABLETYPE)


def _c_method(func):
    """`(tp_name, name)` of the class CPython writes in C whose method `func` is (metal's
    library writing it in Python: `collections.OrderedDict.move_to_end`), else None."""
    parts = getattr(func, '__qualname__', '').split('.')
    if len(parts) != 2:
        return None
    cls = getattr(sys.modules.get(getattr(func, '__module__', None) or ''), parts[0], None)
    if not isinstance(cls, type) or not _written_in_c(cls):
        return None
    raw = cls.__dict__.get(parts[1])
    if raw is not func and getattr(raw, '__func__', None) is not func:
        return None
    return '{}.{}'.format(cls.__module__, cls.__name__), parts[1]


def _user_defined(cls, name):
    try:
        found = getattr(cls, name)
    except AttributeError:
        return None
    if isinstance(found, _NOT_USER_DEFINED) or getattr(found, '_metal_slot_wrapper', False):
        return None
    # A method of a class CPython writes in C is a slot wrapper or method there, not a
    # Python function: `OrderedDict.__init__`.
    for base in cls.__mro__:
        if name in base.__dict__:
            if _written_in_c(base):
                return None
            break
    return found


def _drop_first(sig):
    """The signature of a bound method: its first parameter is taken."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind in (_POSITIONAL_OR_KEYWORD, _POSITIONAL_ONLY):
        params = params[1:]
    return sig.replace(parameters=params)


def _from_function(cls, func, skip_bound_arg=True, globals=None, locals=None,
                   eval_str=False):
    if not _inspect.isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    text = getattr(func, '__text_signature__', None)
    if text:
        return _from_text(cls, func, text, skip_bound_arg)
    code = func.__code__
    count = code.co_argcount
    names = code.co_varnames
    posonly = code.co_posonlyargcount
    kwonly = names[count:count + code.co_kwonlyargcount]
    annotations = _inspect.get_annotations(func, globals=globals, locals=locals,
                                           eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__
    first_default = count - len(defaults)
    params = []
    for index, name in enumerate(names[:count]):
        kind = _POSITIONAL_ONLY if index < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[index - first_default] if index >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    at = count + len(kwonly)
    if code.co_flags & _inspect.CO_VARARGS:
        name = names[at]
        params.append(Parameter(name, _VAR_POSITIONAL,
                                annotation=annotations.get(name, _empty)))
        at += 1
    for name in kwonly:
        default = _empty
        if kwdefaults is not None:
            default = kwdefaults.get(name, _empty)
        params.append(Parameter(name, _KEYWORD_ONLY, default=default,
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & _inspect.CO_VARKEYWORDS:
        name = names[at]
        params.append(Parameter(name, _VAR_KEYWORD,
                                annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _split_top_level(text):
    parts = []
    depth = 0
    quote = None
    current = ''
    for ch in text:
        if quote:
            current += ch
            if ch == quote:
                quote = None
            continue
        if ch in '\'"':
            quote = ch
        elif ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        elif ch == ',' and depth == 0:
            parts.append(current.strip())
            current = ''
            continue
        current += ch
    if current.strip():
        parts.append(current.strip())
    return parts


def _from_text(cls, obj, text, skip_bound_arg=True):
    """A signature from a builtin's __text_signature__, such as '($self, key, /)'."""
    inner = text.strip()
    if not (inner.startswith('(') and inner.endswith(')')):
        raise ValueError('{!r} builtin has invalid signature'.format(obj))
    module = sys.modules.get(getattr(obj, '__module__', None) or '')
    namespace = dict(vars(module)) if module is not None else {}
    namespace.setdefault('sys', sys)
    entries = _split_top_level(inner[1:-1])
    has_slash = '/' in entries
    kind = _POSITIONAL_ONLY if has_slash else _POSITIONAL_OR_KEYWORD
    params = []
    has_self = False
    for entry in entries:
        if entry == '/':
            kind = _POSITIONAL_OR_KEYWORD
            continue
        if entry == '*':
            kind = _KEYWORD_ONLY
            continue
        if entry.startswith('**'):
            params.append(Parameter(entry[2:], _VAR_KEYWORD))
            continue
        if entry.startswith('*'):
            params.append(Parameter(entry[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
            continue
        default = _empty
        if '=' in entry:
            name, source = entry.split('=', 1)
            name = name.strip()
            try:
                default = eval(source.strip(), namespace)
            except Exception:
                raise ValueError('{!r} builtin has invalid signature'.format(obj)) from None
        else:
            name = entry
        if name.startswith('$'):
            name = name[1:]
            has_self = not params
        params.append(Parameter(name, kind, default=default))
    if has_self:
        owner = getattr(obj, '__self__', None)
        if owner is not None and (_inspect.ismodule(owner) or skip_bound_arg):
            params.pop(0)
        else:
            params[0] = params[0].replace(kind=_POSITIONAL_ONLY)
    return cls(params, return_annotation=_empty)


def _from_builtin(cls, func, skip_bound_arg=True):
    text = getattr(func, '__text_signature__', None)
    if not text and func is object:
        return cls()
    if not text:
        raise ValueError('no signature found for builtin {!r}'.format(func))
    return _from_text(cls, func, text, skip_bound_arg)


def _is_builtin(obj):
    return (_inspect.isbuiltin(obj) or _inspect.ismethoddescriptor(obj)
            or isinstance(obj, _NOT_USER_DEFINED) or obj in (type, object))


def _partial_signature(wrapped, partial, extra=()):
    old = wrapped.parameters
    new = dict(old)
    pargs = extra + tuple(partial.args or ())
    pkeywords = partial.keywords or {}
    try:
        bound = wrapped.bind_partial(*pargs, **pkeywords)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex
    to_keyword_only = False
    for name, param in old.items():
        if name in bound.arguments:
            value = bound.arguments[name]
            if param.kind is _POSITIONAL_ONLY:
                del new[name]
                continue
            if param.kind is _POSITIONAL_OR_KEYWORD:
                if name in pkeywords:
                    to_keyword_only = True
                    new[name] = param.replace(default=value)
                else:
                    del new[name]
                    continue
            if param.kind is _KEYWORD_ONLY:
                new[name] = param.replace(default=value)
        if to_keyword_only:
            if param.kind is _POSITIONAL_OR_KEYWORD:
                moved = new.pop(name).replace(kind=_KEYWORD_ONLY)
                new[name] = moved
            elif param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                new[name] = new.pop(name)
            elif param.kind is _VAR_POSITIONAL:
                new.pop(name)
    return wrapped.replace(parameters=new.values())


def _signature_from_callable(obj, *, follow_wrapped=True, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False, sigcls):
    def again(inner):
        return _signature_from_callable(inner, follow_wrapped=follow_wrapped,
                                        skip_bound_arg=skip_bound_arg, globals=globals,
                                        locals=locals, sigcls=sigcls, eval_str=eval_str)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = again(obj.__func__)
        return _drop_first(sig) if skip_bound_arg else sig
    if follow_wrapped:
        obj = _inspect.unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return again(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'
                                .format(sig))
            return sig
    try:
        partialmethod = obj._partialmethod
    except AttributeError:
        pass
    else:
        if isinstance(partialmethod, functools.partialmethod):
            wrapped = again(partialmethod.func)
            sig = _partial_signature(wrapped, partialmethod, (None,))
            first = tuple(wrapped.parameters.values())[0]
            if first.kind is _VAR_POSITIONAL:
                return sig
            return sig.replace(parameters=(first,) + tuple(sig.parameters.values()))
    if _inspect.isfunction(obj):
        # A method of a class CPython writes in C: its C method's text signature.
        c_method = _c_method(obj)
        if c_method is not None:
            known, text = _metal_builtin.text_signature(*c_method)
            if known and text:
                sig = _from_text(sigcls, obj, text, skip_bound_arg)
                # (A C type's `__new__` is bound to the type.)
                return _drop_first(sig) if c_method[1] == '__new__' else sig
            if known:
                raise ValueError('no signature found for builtin <method {!r} of {!r} objects>'
                                 .format(c_method[1], c_method[0]))
        return _from_function(sigcls, obj, skip_bound_arg=skip_bound_arg, globals=globals,
                              locals=locals, eval_str=eval_str)
    if _is_builtin(obj):
        return _from_builtin(sigcls, obj, skip_bound_arg=skip_bound_arg)
    if isinstance(obj, functools.partial):
        return _partial_signature(again(obj.func), obj)
    sig = None
    if isinstance(obj, type):
        call = _user_defined(type(obj), '__call__')
        if call is not None:
            sig = again(call)
        else:
            factory = None
            new = _user_defined(obj, '__new__')
            init = _user_defined(obj, '__init__')
            for base in obj.__mro__:
                if new is not None and '__new__' in base.__dict__:
                    factory = new
                    break
                if init is not None and '__init__' in base.__dict__:
                    factory = init
                    break
            if factory is not None:
                sig = again(factory)
        if sig is None:
            for base in obj.__mro__[:-1]:
                text = getattr(base, '__text_signature__', None)
                if isinstance(text, str) and text:
                    return _from_text(sigcls, base, text, skip_bound_arg)
            if type not in obj.__mro__:
                # metal's builtin types may share object's __new__ (range does):
                # a class of builtins still has no signature without a text one.
                native = any(base.__module__ == 'builtins' for base in obj.__mro__[:-1])
                if (not native and obj.__init__ is object.__init__
                        and obj.__new__ is object.__new__):
                    return sigcls.from_callable(object)
                raise ValueError('no signature found for builtin type {!r}'.format(obj))
    elif not isinstance(obj, _NOT_USER_DEFINED):
        call = _user_defined(type(obj), '__call__')
        if call is not None:
            try:
                sig = again(call)
            except ValueError as ex:
                raise ValueError('no signature found for {!r}'.format(obj)) from ex
    if sig is not None:
        return _drop_first(sig) if skip_bound_arg else sig
    if isinstance(obj, types.BuiltinFunctionType):
        raise ValueError('no signature found for builtin function {!r}'.format(obj))
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


# Everything here is inspect's, as far as reprs and pickling can tell.
for _public in (_void, _empty, _ParameterKind, Parameter, BoundArguments, Signature, signature):
    _public.__module__ = 'inspect'
del _public
