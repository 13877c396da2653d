"""Template contexts: a stack of dicts that variables are looked up in."""

# Context processors run for every RequestContext (the CSRF token is always there).
_builtin_context_processors = ("django.template.context_processors.csrf",)


class ContextPopException(Exception):
    "pop() has been called more times than push()"


class ContextDict(dict):
    """A dict pushed on a context; as a context manager it pops itself on exit."""

    def __init__(self, context, *args, **kwargs):
        dict.__init__(self, *args, **kwargs)
        context.dicts.append(self)
        self.context = context

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.context.pop()


class BaseContext:
    def __init__(self, dict_=None):
        self._reset_dicts(dict_)

    def _reset_dicts(self, value=None):
        builtins = {"True": True, "False": False, "None": None}
        self.dicts = [builtins]
        if isinstance(value, BaseContext):
            self.dicts += value.dicts[1:]
        elif value is not None:
            self.dicts.append(value)

    def __copy__(self):
        duplicate = object.__new__(type(self))
        duplicate.__dict__.update(self.__dict__)
        duplicate.dicts = self.dicts[:]
        return duplicate

    def __repr__(self):
        return repr(self.dicts)

    def __iter__(self):
        return reversed(self.dicts)

    def push(self, *args, **kwargs):
        dicts = []
        for d in args:
            if isinstance(d, BaseContext):
                dicts += d.dicts[1:]
            else:
                dicts.append(d)
        return ContextDict(self, *dicts, **kwargs)

    def pop(self):
        if len(self.dicts) == 1:
            raise ContextPopException
        return self.dicts.pop()

    def __setitem__(self, key, value):
        "Set a variable in the current context"
        self.dicts[-1][key] = value

    def set_upward(self, key, value):
        """Set a variable in the innermost dict that has it (else the current one)."""
        context = self.dicts[-1]
        for d in reversed(self.dicts):
            if key in d:
                context = d
                break
        context[key] = value

    def __getitem__(self, key):
        "Get a variable's value, starting at the current context and going upward"
        for d in reversed(self.dicts):
            if key in d:
                return d[key]
        raise KeyError(key)

    def __delitem__(self, key):
        "Delete a variable from the current context"
        del self.dicts[-1][key]

    def __contains__(self, key):
        return any(key in d for d in self.dicts)

    def get(self, key, otherwise=None):
        for d in reversed(self.dicts):
            if key in d:
                return d[key]
        return otherwise

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def new(self, values=None):
        """A new context of the same class, with the same render state."""
        new_context = self.__copy__()
        new_context._reset_dicts(values)
        return new_context

    def flatten(self):
        flat = {}
        for d in self.dicts:
            flat.update(d)
        return flat

    def __eq__(self, other):
        if not isinstance(other, BaseContext):
            return NotImplemented
        return self.flatten() == other.flatten()

    __hash__ = object.__hash__


def _new_render_context():
    """RenderContext() without its calls: what BaseContext.__init__ would set."""
    render_context = _object_new(RenderContext)
    render_context.dicts = [{"True": True, "False": False, "None": None}]
    return render_context


_object_new = object.__new__
_context_dict_new = dict.__new__


def _context_fields(context, plain_class, dict_, autoescape, use_l10n, use_tz):
    """Set what Context.__init__ sets; for a context of exactly `plain_class` and a
    plain dict (or None), also answer the dicts BaseContext.__init__ would make (None
    otherwise: the caller runs BaseContext.__init__)."""
    context.autoescape = autoescape
    context.use_l10n = use_l10n
    context.use_tz = use_tz
    context.template_name = "unknown"
    context.render_context = _new_render_context()
    # The template being rendered (set while rendering).
    context.template = None
    if type(context) is plain_class and (dict_ is None or type(dict_) is dict):
        builtins = {"True": True, "False": False, "None": None}
        return [builtins] if dict_ is None else [builtins, dict_]
    return None


class Context(BaseContext):
    "A stack container for variable context"

    def __init__(self, dict_=None, autoescape=True, use_l10n=None, use_tz=None):
        dicts = _context_fields(self, Context, dict_, autoescape, use_l10n, use_tz)
        if dicts is None:
            super().__init__(dict_)
        else:
            self.dicts = dicts

    def bind_template(self, template):
        if self.template is not None:
            raise RuntimeError("Context is already bound to a template")
        return _Binding(self, template)

    def __copy__(self):
        duplicate = super().__copy__()
        duplicate.render_context = self.render_context.__copy__()
        return duplicate

    def update(self, other_dict):
        "Push other_dict to the stack of dictionaries in the Context"
        if not hasattr(other_dict, "__getitem__"):
            raise TypeError("other_dict must be a mapping (dictionary-like) object.")
        if isinstance(other_dict, BaseContext):
            other_dict = other_dict.dicts[1:].pop()
        return ContextDict(self, other_dict)


class _Binding:
    def __init__(self, context, template):
        self.context = context
        self.template = template

    def __enter__(self):
        self.context.template = self.template
        return self.context

    def __exit__(self, *exc):
        self.context.template = None


class RenderContext(BaseContext):
    """Per-render state of template tags (block contexts, cycles, include caches).
    Lookups see only the innermost dict, so included templates keep their own."""

    template = None

    def __iter__(self):
        return iter(self.dicts[-1])

    def __contains__(self, key):
        return key in self.dicts[-1]

    def get(self, key, otherwise=None):
        return self.dicts[-1].get(key, otherwise)

    def __getitem__(self, key):
        return self.dicts[-1][key]

    def push_state(self, template, isolated_context=True):
        """Django's context manager: render `template` in this state inside the
        with-block (`isolated_context`: in a dict of its own), restored on exit."""
        return _RenderState(self, template, isolated_context)

    def _push_state(self, template, isolated_context=True):
        """push_state's entry without its context-manager object (the framework's
        own callers pair it with _pop_state)."""
        self._states = getattr(self, "_states", None) or []
        self._states.append((self.template, isolated_context))
        self.template = template
        if isolated_context:
            self.dicts.append({})

    def _pop_state(self):
        initial, isolated_context = self._states.pop()
        self.template = initial
        if isolated_context:
            self.pop()


class _RenderState:
    """What RenderContext.push_state gives: enters the state on __enter__, as
    Django's generator-based context manager does, and leaves it on __exit__."""

    def __init__(self, render_context, template, isolated_context):
        self.render_context = render_context
        self.template = template
        self.isolated_context = isolated_context

    def __enter__(self):
        self.render_context._push_state(self.template, self.isolated_context)

    def __exit__(self, *exc):
        self.render_context._pop_state()


class RequestContext(Context):
    """A Context that runs the engine's context processors with the request."""

    def __init__(
        self,
        request,
        dict_=None,
        processors=None,
        use_l10n=None,
        use_tz=None,
        autoescape=True,
    ):
        # Context.__init__ without its call, for the common cases.
        dicts = _context_fields(
            self, RequestContext, dict_, autoescape, use_l10n, use_tz
        )
        if dicts is None:
            super().__init__(
                dict_, use_l10n=use_l10n, use_tz=use_tz, autoescape=autoescape
            )
            dicts = self.dicts
        self.request = request
        self._processors = () if processors is None else tuple(processors)
        self._processors_index = len(dicts)
        # The context processors' output (filled while bound to a template), then an
        # empty ContextDict for any new modifications (Django's self.update({})),
        # without its reference back to the context: nothing pops it, and the
        # reference would make the context a cycle.
        dicts.append({})
        dicts.append(_context_dict_new(ContextDict))
        self.dicts = dicts

    def bind_template(self, template):
        return _RequestBinding(self, template)

    def new(self, values=None):
        new_context = super().new(values)
        if hasattr(new_context, "_processors_index"):
            del new_context._processors_index
        return new_context


class _RequestBinding:
    def __init__(self, context, template):
        self.context = context
        self.template = template

    def __enter__(self):
        return _bind_request_context(self.context, self.template)

    def __exit__(self, *exc):
        _unbind_request_context(self.context)


def _bind_request_context(context, template):
    """RequestContext.bind_template's entry: run the context processors."""
    if context.template is not None:
        raise RuntimeError("Context is already bound to a template")
    context.template = template
    processors = template.engine.template_context_processors + context._processors
    updates = {}
    for processor in processors:
        context_data = processor(context.request)
        try:
            updates.update(context_data)
        except TypeError as e:
            raise TypeError(
                f"Context processor {processor.__qualname__} didn't return a "
                "dictionary."
            ) from e
    context.dicts[context._processors_index] = updates
    return context


def _unbind_request_context(context):
    context.template = None
    context.dicts[context._processors_index] = {}


def make_context(context, request=None, **kwargs):
    """Create a suitable Context from a plain dict and optionally an HttpRequest."""
    if context is not None and not isinstance(context, dict):
        raise TypeError(
            "context must be a dict rather than %s." % context.__class__.__name__
        )
    if request is None:
        context = Context(context, **kwargs)
    else:
        # The following pattern is required to ensure values from
        # context override those from template context processors.
        original_context = context
        context = RequestContext(request, **kwargs)
        if original_context:
            # context.push(original_context), without its calls, and without the
            # ContextDict's reference back to the context: only `with context.push()`
            # uses it, and it would make the context a cycle, freed only by the
            # collector (with the request and everything the template saw).
            pushed = _context_dict_new(ContextDict)
            dict.update(pushed, original_context)
            context.dicts.append(pushed)
    return context
