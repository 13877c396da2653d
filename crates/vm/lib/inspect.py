"""Inspection of live objects: predicates, source, frames and call signatures.

metal's own inspect, written from the documentation of CPython 3.11's module and its
observed behaviour. Signatures of builtins come from their `__text_signature__`.
"""

import builtins
import collections
import functools
import linecache
import os
import sys
import types

__all__ = [
    'ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
    'isgenerator', 'iscoroutinefunction', 'iscoroutine', 'isawaitable',
    'isasyncgenfunction', 'isasyncgen', 'istraceback', 'isframe', 'iscode',
    'isbuiltin', 'ismethoddescriptor', 'isdatadescriptor', 'isgetsetdescriptor',
    'ismemberdescriptor', 'isroutine', 'isabstract', 'ismethodwrapper',
    'getmembers', 'getmembers_static', 'getmro', 'getdoc', 'cleandoc', 'getmodule',
    'getfile', 'getsourcefile', 'getsource', 'getsourcelines', 'findsource',
    'unwrap', 'getattr_static', 'currentframe', 'stack', 'trace', 'getframeinfo',
    'getouterframes', 'getinnerframes', 'getargvalues', 'getcallargs',
    'getfullargspec', 'getclosurevars', 'getgeneratorstate', 'getgeneratorlocals',
    'formatannotation', 'signature', 'Signature', 'Parameter', 'BoundArguments',
    'get_annotations', 'FrameInfo', 'Traceback', 'FullArgSpec', 'ArgInfo',
    'ClosureVars', 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED',
]

# Code object flags, as CPython numbers them.
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

TPFLAGS_IS_ABSTRACT = 1 << 20


# ---------------------------------------------------------------- predicates

def ismodule(object):
    return isinstance(object, types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, types.MethodType)


def isfunction(object):
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    kind = getattr(types, 'CoroutineType', None)
    return kind is not None and isinstance(object, kind)


def isasyncgen(object):
    kind = getattr(types, 'AsyncGeneratorType', None)
    return kind is not None and isinstance(object, kind)


def isawaitable(object):
    if iscoroutine(object):
        return True
    if isgenerator(object) and object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    import collections.abc
    return isinstance(object, collections.abc.Awaitable)


def istraceback(object):
    return isinstance(object, types.TracebackType)


def isframe(object):
    return isinstance(object, types.FrameType)


def iscode(object):
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    return isinstance(object, types.MethodWrapperType)


def _is_plain_callable(object):
    return isclass(object) or ismethod(object) or isfunction(object)


def ismethoddescriptor(object):
    if _is_plain_callable(object):
        return False
    kind = type(object)
    return hasattr(kind, '__get__') and not hasattr(kind, '__set__')


def isdatadescriptor(object):
    if _is_plain_callable(object):
        return False
    kind = type(object)
    return hasattr(kind, '__set__') or hasattr(kind, '__delete__')


def isgetsetdescriptor(object):
    return isinstance(object, types.GetSetDescriptorType)


def ismemberdescriptor(object):
    return isinstance(object, types.MemberDescriptorType)


def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    if not isinstance(object, type):
        return False
    try:
        abstract = type.__getattribute__(object, '__abstractmethods__')
    except AttributeError:
        return False
    return bool(abstract)


# ---------------------------------------------------------------- members

def getmro(cls):
    return cls.__mro__


def _collect_members(object, predicate, fetch):
    if isclass(object):
        search = (object,) + tuple(getmro(object))
    else:
        search = ()
    names = dir(object)
    if isclass(object):
        # A DynamicClassAttribute hides itself from dir(); list it anyway.
        for base in object.__bases__:
            for key, value in base.__dict__.items():
                if isinstance(value, types.DynamicClassAttribute):
                    names.append(key)
    found = []
    done = set()
    for name in names:
        try:
            value = fetch(object, name)
            if name in done:
                raise AttributeError(name)
        except AttributeError:
            for base in search:
                if name in base.__dict__:
                    value = base.__dict__[name]
                    break
            else:
                continue
        if not predicate or predicate(value):
            found.append((name, value))
        done.add(name)
    found.sort(key=lambda pair: pair[0])
    return found


def getmembers(object, predicate=None):
    return _collect_members(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    return _collect_members(object, predicate, getattr_static)


_sentinel = object()


def _mro_of(klass):
    try:
        return type.__dict__['__mro__'].__get__(klass)
    except (KeyError, AttributeError, TypeError):
        return klass.__mro__


def _instance_dict_value(obj, attr):
    try:
        namespace = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        return _sentinel
    return dict.get(namespace, attr, _sentinel)


def _class_value(klass, attr):
    for entry in _mro_of(klass):
        if _shadowed_dict(type(entry)) is _sentinel:
            namespace = entry.__dict__
            if attr in namespace:
                return namespace[attr]
    return _sentinel


def _shadowed_dict(klass):
    for entry in _mro_of(klass):
        try:
            found = type.__dict__['__dict__'].__get__(entry)['__dict__']
        except (KeyError, AttributeError, TypeError):
            continue
        if not (type(found) is types.GetSetDescriptorType
                and found.__name__ == '__dict__'):
            return found
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """Look attr up as getattr would, without running descriptors or __getattr__."""
    from_instance = _sentinel
    if not isinstance(obj, type):
        klass = type(obj)
        shadow = _shadowed_dict(klass)
        if shadow is _sentinel or type(shadow) is types.MemberDescriptorType:
            from_instance = _instance_dict_value(obj, attr)
    else:
        klass = obj
    from_class = _class_value(klass, attr)
    if from_instance is not _sentinel and from_class is not _sentinel:
        kind = type(from_class)
        if (_class_value(kind, '__get__') is not _sentinel
                and (_class_value(kind, '__set__') is not _sentinel
                     or _class_value(kind, '__delete__') is not _sentinel)):
            return from_class
    if from_instance is not _sentinel:
        return from_instance
    if from_class is not _sentinel:
        return from_class
    if obj is klass:
        for entry in _mro_of(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel:
                namespace = entry.__dict__
                if attr in namespace:
                    return namespace[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def unwrap(func, *, stop=None):
    original = func
    seen = {id(func)}
    limit = sys.getrecursionlimit()
    while hasattr(func, '__wrapped__'):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        key = id(func)
        if key in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(original))
        seen.add(key)
    return func


# ---------------------------------------------------------------- docs

def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        text = line.lstrip()
        if text:
            indent = len(line) - len(text)
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _owner_class(func):
    module = sys.modules.get(getattr(func, '__module__', None))
    if module is None:
        return None
    owner = module
    for part in func.__qualname__.split('.')[:-1]:
        owner = getattr(owner, part, None)
        if owner is None:
            return None
    return owner if isclass(owner) else None


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = base.__doc__
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), '__func__', None) is obj.__func__:
            cls = self
        else:
            cls = type(self)
    elif isfunction(obj):
        name = obj.__name__
        cls = _owner_class(obj)
        if cls is None or getattr(cls, name, None) is not obj:
            return None
    elif isinstance(obj, property):
        func = obj.fget
        if func is None:
            return None
        name = func.__name__
        cls = _owner_class(func)
        if cls is None or getattr(cls, name, None) is not obj:
            return None
    elif ismethoddescriptor(obj) or isdatadescriptor(obj):
        name = getattr(obj, '__name__', None)
        cls = getattr(obj, '__objclass__', None)
        if name is None or cls is None or getattr(cls, name, None) is not obj:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# ---------------------------------------------------------------- files and source

def getfile(object):
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = sys.modules.get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getsourcefile(object):
    filename = getfile(object)
    if filename.endswith(('.pyc', '.pyo')):
        filename = filename[:-1]
    elif filename.endswith(('.so', '.pyd')):
        return None
    if os.path.exists(filename):
        return filename
    if filename in linecache.cache:
        return filename
    return None


def getabsfile(object, _filename=None):
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return sys.modules.get(object.__module__)
    if _filename is None:
        try:
            _filename = getsourcefile(object) or getfile(object)
        except TypeError:
            return None
    for module in list(sys.modules.values()):
        if getattr(module, '__file__', None) == _filename:
            return module
    main = sys.modules.get('__main__')
    if main is not None and hasattr(object, '__name__'):
        if getattr(main, object.__name__, None) is object:
            return main
    return None


def _class_line(lines, qualname):
    """Index of the line that starts `class` qualname's last part, nested as qualname says."""
    parts = [p for p in qualname.split('.') if p != '<locals>']
    name = parts[-1]
    candidates = []
    for index, line in enumerate(lines):
        text = line.lstrip()
        if text.startswith('class '):
            rest = text[6:].lstrip()
            if rest.startswith(name) and not (rest[len(name):len(name) + 1].isalnum()
                                               or rest[len(name):len(name) + 1] == '_'):
                candidates.append(index)
    if not candidates:
        return None
    if len(candidates) == 1 or len(parts) == 1:
        for index in candidates:
            if len(parts) > 1 or not lines[index][:1].isspace():
                return _decorated_start(lines, index)
        return _decorated_start(lines, candidates[0])
    # Several: prefer one whose enclosing definitions match the qualname.
    for index in candidates:
        indent = len(lines[index]) - len(lines[index].lstrip())
        outer = []
        for back in range(index - 1, -1, -1):
            text = lines[back].lstrip()
            level = len(lines[back]) - len(text)
            if text and level < indent and text.startswith(('class ', 'def ')):
                word = text.split()[1]
                outer.append(word.split('(')[0].split(':')[0])
                indent = level
                if level == 0:
                    break
        if list(reversed(outer)) == parts[:-1]:
            return _decorated_start(lines, index)
    return _decorated_start(lines, candidates[0])


def _decorated_start(lines, index):
    while index > 0 and lines[index - 1].lstrip().startswith('@'):
        index -= 1
    return index


def findsource(object):
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith('<') and file.endswith('>')):
            raise OSError('source code not available')
    module = getmodule(object, file)
    if module:
        lines = linecache.getlines(file, module.__dict__)
    else:
        lines = linecache.getlines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        index = _class_line(lines, object.__qualname__)
        if index is None:
            raise OSError('could not find class definition')
        return lines, index
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        index = object.co_firstlineno - 1
        if index >= len(lines):
            raise OSError('lineno is out of bounds')
        return lines, index
    raise OSError('could not find code object')


def _continuations(lines):
    """For each line, whether it continues the statement of the line before it:
    inside brackets, inside a triple-quoted string, or after a backslash."""
    result = []
    depth = 0
    quote = None
    backslash = False
    for line in lines:
        result.append(depth > 0 or quote is not None or backslash)
        i = 0
        size = len(line)
        while i < size:
            ch = line[i]
            if quote is not None:
                if ch == '\\':
                    i += 2
                elif line.startswith(quote, i):
                    i += len(quote)
                    quote = None
                else:
                    i += 1
                continue
            if ch == '#':
                break
            if ch in '\'"':
                quote = line[i:i + 3] if line[i:i + 3] in ('"""', "'''") else ch
                i += len(quote)
                continue
            if ch in '([{':
                depth += 1
            elif ch in ')]}':
                depth -= 1
            i += 1
        if quote is not None and len(quote) == 1:
            quote = None
        backslash = quote is None and line.rstrip('\r\n').endswith('\\')
    return result


def _header_opens_block(line):
    text = line.rstrip()
    if '#' in text and '"' not in text and "'" not in text:
        text = text[:text.index('#')].rstrip()
    return text.endswith(':')


def getblock(lines):
    """The lines of the definition (or statement) that lines starts with."""
    more = _continuations(lines)
    index = 0
    while index < len(lines) and lines[index].lstrip().startswith('@'):
        index += 1
        while index < len(lines) and more[index]:
            index += 1
    if index >= len(lines):
        return lines
    header = lines[index].lstrip()
    indent = len(lines[index]) - len(header)
    index += 1
    while index < len(lines) and more[index]:
        index += 1
    if (not header.startswith(('def ', 'class ', 'async def '))
            or not _header_opens_block(lines[index - 1])):
        return lines[:index]
    last = index
    body_indent = None
    while index < len(lines):
        line = lines[index]
        text = line.strip()
        if more[index]:
            index += 1
            last = index
            continue
        if not text:
            index += 1
            continue
        level = len(line) - len(line.lstrip())
        if text.startswith('#'):
            if body_indent is not None and level >= body_indent:
                last = index + 1
            index += 1
            continue
        if level <= indent:
            break
        if body_indent is None:
            body_indent = level
        index += 1
        last = index
    return lines[:last]


def getsourcelines(object):
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == '<module>'):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def getcomments(object):
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        return None
    end = lnum - 1
    comments = []
    indent = len(lines[lnum]) - len(lines[lnum].lstrip())
    while end >= 0:
        text = lines[end].lstrip()
        if text.startswith('#') and len(lines[end]) - len(text) == indent:
            comments.insert(0, lines[end].expandtabs().lstrip())
            end -= 1
        else:
            break
    return ''.join(comments) or None


# ---------------------------------------------------------------- frames

_Traceback = collections.namedtuple(
    '_Traceback', 'filename lineno function code_context index')
_FrameInfo = collections.namedtuple(
    '_FrameInfo', 'frame filename lineno function code_context index')


def _positions(self):
    # 3.11 adds the column range of the instruction; metal's code objects have no
    # co_positions to read it from.
    if self._positions is None:
        raise NotImplementedError('inspect: positions (column ranges) of '
                                  f'{type(self).__name__} are not supported yet')
    return self._positions


class Traceback(_Traceback):
    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        made = super().__new__(cls, filename, lineno, function, code_context, index)
        made._positions = positions
        return made

    positions = property(_positions)

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(*self, self._positions))


class FrameInfo(_FrameInfo):
    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        made = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        made._positions = positions
        return made

    positions = property(_positions)

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(*self, self._positions))


def currentframe():
    return sys._getframe(1) if hasattr(sys, '_getframe') else None


def getframeinfo(frame, context=1):
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index)


def getlineno(frame):
    return frame.f_lineno


def getouterframes(frame, context=1):
    found = []
    while frame:
        found.append(FrameInfo(frame, *getframeinfo(frame, context)))
        frame = frame.f_back
    return found


def getinnerframes(tb, context=1):
    found = []
    while tb:
        found.append(FrameInfo(tb.tb_frame, *getframeinfo(tb, context)))
        tb = tb.tb_next
    return found


def stack(context=1):
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    return getinnerframes(sys.exc_info()[2], context)


# ---------------------------------------------------------------- arguments of code

Arguments = collections.namedtuple('Arguments', 'args, varargs, varkw')
ArgInfo = collections.namedtuple('ArgInfo', 'args varargs keywords locals')
FullArgSpec = collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')
ClosureVars = collections.namedtuple('ClosureVars', 'nonlocals globals builtins unbound')


def getargs(co):
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    count = co.co_argcount
    kwonly = co.co_kwonlyargcount
    args = list(names[:count + kwonly])
    at = count + kwonly
    varargs = varkw = None
    if co.co_flags & CO_VARARGS:
        varargs = names[at]
        at += 1
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[at]
    return Arguments(args, varargs, varkw)


def getargvalues(frame):
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def getfullargspec(func):
    try:
        sig = _signature_from_callable(func, follow_wrapped=False, skip_bound_arg=False,
                                       sigcls=Signature, eval_str=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = varkw = None
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind is _VAR_POSITIONAL:
            varargs = name
        elif kind is _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind is _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs,
                       kwdefaults or None, annotations)


def _plural(count, word):
    return '{} {}{}'.format(count, word, '' if count == 1 else 's')


def getcallargs(func, /, *positional, **named):
    """The dict of argument names to values that calling func so would bind."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = spec
    fname = func.__name__
    result = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    num_pos = len(positional)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0
    for name, value in zip(args, positional):
        result[name] = value
    if varargs:
        result[varargs] = tuple(positional[num_args:])
    possible = set(args + kwonlyargs)
    if varkw:
        result[varkw] = {}
    for name, value in named.items():
        if name not in possible:
            if not varkw:
                raise TypeError('%s() got an unexpected keyword argument %r' % (fname, name))
            result[varkw][name] = value
            continue
        if name in result:
            raise TypeError('%s() got multiple values for argument %r' % (fname, name))
        result[name] = value
    if num_pos > num_args and not varargs:
        _too_many(fname, args, num_pos, num_defaults, kwonlyargs, result)
    if num_pos < num_args:
        required = args[:num_args - num_defaults]
        for name in required:
            if name not in result:
                missing = [n for n in required if n not in result]
                _missing(fname, missing, 'positional')
        for index, name in enumerate(args[num_args - num_defaults:]):
            if name not in result:
                result[name] = defaults[index]
    missing = 0
    for name in kwonlyargs:
        if name not in result:
            if kwonlydefaults and name in kwonlydefaults:
                result[name] = kwonlydefaults[name]
            else:
                missing += 1
    if missing:
        _missing(fname, [n for n in kwonlyargs if n not in result], 'keyword-only')
    return result


def _missing(fname, names, kind):
    count = len(names)
    quoted = [repr(name) for name in names]
    if count == 1:
        text = quoted[0]
    elif count == 2:
        text = '{} and {}'.format(*quoted)
    else:
        # getcallargs' own wording: no comma before the last name.
        text = ', '.join(quoted[:-1]) + ' and ' + quoted[-1]
    raise TypeError('%s() missing %i required %s argument%s: %s'
                    % (fname, count, kind, '' if count == 1 else 's', text))


def _too_many(fname, args, given, num_defaults, kwonly, values):
    atleast = len(args) - num_defaults
    kwonly_given = len([name for name in kwonly if name in values])
    if num_defaults:
        sig = 'from %d to %d' % (atleast, len(args))
    else:
        sig = '%d' % len(args)
    plural = 's' if (len(args) != 1 or num_defaults) else ''
    if kwonly_given:
        extra = ' positional argument%s (and %d keyword-only argument%s)' % (
            's' if given != 1 else '', kwonly_given, 's' if kwonly_given != 1 else '')
        raise TypeError('%s() takes %s positional argument%s but %d%s %s given'
                        % (fname, sig, plural, given, extra,
                           'was' if given == 1 and not kwonly_given else 'were'))
    raise TypeError('%s() takes %s positional argument%s but %d %s given'
                    % (fname, sig, plural, given, 'was' if given == 1 else 'were'))


def getclosurevars(func):
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError('{!r} is not a Python function'.format(func))
    code = func.__code__
    if func.__closure__ is None:
        nonlocal_vars = {}
    else:
        nonlocal_vars = {name: cell.cell_contents
                         for name, cell in zip(code.co_freevars, func.__closure__)}
    global_ns = func.__globals__
    builtin_ns = global_ns.get('__builtins__', builtins.__dict__)
    if ismodule(builtin_ns):
        builtin_ns = builtin_ns.__dict__
    global_vars = {}
    builtin_vars = {}
    unbound = set()
    for name in code.co_names:
        if name in ('None', 'True', 'False'):
            continue
        if name in global_ns:
            global_vars[name] = global_ns[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns[name]
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError('{!r} is not a Python generator'.format(generator))
    frame = getattr(generator, 'gi_frame', None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        text = repr(annotation)
        pieces = []
        word = ''
        for ch in text:
            if ch.isalnum() or ch in '_.':
                word += ch
                continue
            pieces.append(word[7:] if word.startswith('typing.') else word)
            word = ''
            pieces.append(ch)
        pieces.append(word[7:] if word.startswith('typing.') else word)
        return ''.join(pieces)
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    if isinstance(obj, type):
        found = obj.__dict__.get('__annotations__', None)
        if isinstance(found, types.GetSetDescriptorType):
            found = None
        module = sys.modules.get(getattr(obj, '__module__', None))
        obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, types.ModuleType):
        found = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrapped = None
    elif callable(obj):
        found = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrapped = obj
    else:
        raise TypeError(f'{obj!r} is not a module, class, or callable.')
    if found is None:
        return {}
    if not isinstance(found, dict):
        raise ValueError(f'{obj!r}.__annotations__ is neither a dict nor None')
    if not found:
        return {}
    if not eval_str:
        return dict(found)
    if unwrapped is not None:
        while True:
            if hasattr(unwrapped, '__wrapped__'):
                unwrapped = unwrapped.__wrapped__
                continue
            if isinstance(unwrapped, functools.partial):
                unwrapped = unwrapped.func
                continue
            break
        if hasattr(unwrapped, '__globals__'):
            obj_globals = unwrapped.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in found.items()}


from _inspect_signature import (  # noqa: E402
    Parameter, Signature, BoundArguments, signature, _signature_from_callable,
    _ParameterKind, _empty, _void,
)

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD
