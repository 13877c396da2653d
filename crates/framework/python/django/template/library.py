"""Tag and filter libraries: `register = Library()` in a templatetags module."""

from django.template.base import Node, Template, token_kwargs, unwrap
from django.template.exceptions import TemplateSyntaxError
from django.utils.html import conditional_escape


class InvalidTemplateLibrary(Exception):
    pass


class Library:
    """A collection of tags and filters; {% load %} adds one to a parser."""

    def __init__(self):
        self.filters = {}
        self.tags = {}

    def tag(self, name=None, compile_function=None):
        if name is None and compile_function is None:
            # @register.tag()
            return self.tag_function
        if name is not None and compile_function is None:
            if callable(name):
                # @register.tag
                return self.tag_function(name)
            # @register.tag('somename') or @register.tag(name='somename')

            def dec(func):
                return self.tag(name, func)

            return dec
        if name is not None and compile_function is not None:
            # register.tag('somename', somefunc)
            self.tags[name] = compile_function
            return compile_function
        raise ValueError(
            "Unsupported arguments to Library.tag: (%r, %r)" % (name, compile_function)
        )

    def tag_function(self, func):
        self.tags[func.__name__] = func
        return func

    def filter(self, name=None, filter_func=None, **flags):
        """Register a filter: @register.filter, @register.filter('name'),
        @register.filter(is_safe=True), or register.filter('name', func)."""
        if name is None and filter_func is None:

            def dec(func):
                return self.filter_function(func, **flags)

            return dec
        if name is not None and filter_func is None:
            if callable(name):
                return self.filter_function(name, **flags)

            def dec(func):
                return self.filter(name, func, **flags)

            return dec
        if name is not None and filter_func is not None:
            self.filters[name] = filter_func
            for attr in ("expects_localtime", "is_safe", "needs_autoescape"):
                if attr in flags:
                    value = flags[attr]
                    setattr(filter_func, attr, value)
                    # The innermost function too, for decorators like stringfilter.
                    setattr(unwrap(filter_func), attr, value)
            filter_func._filter_name = name
            return filter_func
        raise ValueError(
            "Unsupported arguments to Library.filter: (%r, %r)" % (name, filter_func)
        )

    def filter_function(self, func, **flags):
        return self.filter(func.__name__, func, **flags)

    def simple_tag(self, func=None, takes_context=None, name=None):
        """A tag from a function: its arguments come from the tag's bits, its
        return value is the output (escaped when autoescaping)."""

        def dec(func):
            params, varargs, varkw, defaults, kwonly, kwonly_defaults = _getargspec(func)
            function_name = name or func.__name__

            def compile_func(parser, token):
                bits = token.split_contents()[1:]
                target_var = None
                if len(bits) >= 2 and bits[-2] == "as":
                    target_var = bits[-1]
                    bits = bits[:-2]
                args, kwargs = parse_bits(
                    parser, bits, params, varargs, varkw, defaults, kwonly,
                    kwonly_defaults, takes_context, function_name,
                )
                return SimpleNode(func, takes_context, args, kwargs, target_var)

            self.tag(function_name, compile_func)
            return func

        if func is None:
            return dec
        if callable(func):
            return dec(func)
        raise ValueError("Invalid arguments provided to simple_tag")

    def inclusion_tag(self, filename, func=None, takes_context=None, name=None):
        """A tag that renders `filename` with the dict the function returns."""

        def dec(func):
            params, varargs, varkw, defaults, kwonly, kwonly_defaults = _getargspec(func)
            function_name = name or func.__name__

            def compile_func(parser, token):
                bits = token.split_contents()[1:]
                args, kwargs = parse_bits(
                    parser, bits, params, varargs, varkw, defaults, kwonly,
                    kwonly_defaults, takes_context, function_name,
                )
                return InclusionNode(func, takes_context, args, kwargs, filename)

            self.tag(function_name, compile_func)
            return func

        return dec


def _getargspec(func):
    code = func.__code__
    n = code.co_argcount
    names = code.co_varnames
    params = list(names[:n])
    kwonly = list(names[n : n + code.co_kwonlyargcount])
    i = n + code.co_kwonlyargcount
    varargs = varkw = None
    if code.co_flags & 0x04:
        varargs = names[i]
        i += 1
    if code.co_flags & 0x08:
        varkw = names[i]
    return params, varargs, varkw, func.__defaults__, kwonly, func.__kwdefaults__


class TagHelperNode(Node):
    def __init__(self, func, takes_context, args, kwargs):
        self.func = func
        self.takes_context = takes_context
        self.args = args
        self.kwargs = kwargs

    def get_resolved_arguments(self, context):
        resolved_args = [var.resolve(context) for var in self.args]
        if self.takes_context:
            resolved_args = [context] + resolved_args
        resolved_kwargs = {k: v.resolve(context) for k, v in self.kwargs.items()}
        return resolved_args, resolved_kwargs


class SimpleNode(TagHelperNode):
    child_nodelists = ()

    def __init__(self, func, takes_context, args, kwargs, target_var):
        super().__init__(func, takes_context, args, kwargs)
        self.target_var = target_var

    def render(self, context):
        resolved_args, resolved_kwargs = self.get_resolved_arguments(context)
        output = self.func(*resolved_args, **resolved_kwargs)
        if self.target_var is not None:
            context[self.target_var] = output
            return ""
        if context.autoescape:
            output = conditional_escape(output)
        return output


class InclusionNode(TagHelperNode):
    def __init__(self, func, takes_context, args, kwargs, filename):
        super().__init__(func, takes_context, args, kwargs)
        self.filename = filename

    def render(self, context):
        resolved_args, resolved_kwargs = self.get_resolved_arguments(context)
        _dict = self.func(*resolved_args, **resolved_kwargs)
        t = context.render_context.get(self)
        if t is None:
            if isinstance(self.filename, Template):
                t = self.filename
            elif isinstance(getattr(self.filename, "template", None), Template):
                t = self.filename.template
            elif not isinstance(self.filename, str) and hasattr(self.filename, "__iter__"):
                t = context.template.engine.select_template(self.filename)
            else:
                t = context.template.engine.get_template(self.filename)
            context.render_context.dicts[-1][self] = t
        new_context = context.new(_dict)
        csrf_token = context.get("csrf_token")
        if csrf_token is not None:
            new_context["csrf_token"] = csrf_token
        return t.render(new_context)


def parse_bits(parser, bits, params, varargs, varkw, defaults, kwonly,
               kwonly_defaults, takes_context, name):
    """Match a tag's bits to the function's parameters, as a call would."""
    if takes_context:
        if params and params[0] == "context":
            params = params[1:]
        else:
            raise TemplateSyntaxError(
                "'%s' is decorated with takes_context=True so it must "
                "have a first argument of 'context'" % name
            )
    args = []
    kwargs = {}
    unhandled_params = list(params)
    unhandled_kwargs = [
        kwarg for kwarg in kwonly if not kwonly_defaults or kwarg not in kwonly_defaults
    ]
    for bit in bits:
        kwarg = token_kwargs([bit], parser)
        if kwarg:
            param, value = kwarg.popitem()
            if param not in params and param not in kwonly and varkw is None:
                raise TemplateSyntaxError(
                    "'%s' received unexpected keyword argument '%s'" % (name, param)
                )
            elif param in kwargs:
                raise TemplateSyntaxError(
                    "'%s' received multiple values for keyword argument '%s'"
                    % (name, param)
                )
            else:
                kwargs[str(param)] = value
                if param in unhandled_params:
                    unhandled_params.remove(param)
                elif param in unhandled_kwargs:
                    unhandled_kwargs.remove(param)
        else:
            if kwargs:
                raise TemplateSyntaxError(
                    "'%s' received some positional argument(s) after some "
                    "keyword argument(s)" % name
                )
            else:
                args.append(parser.compile_filter(bit))
                try:
                    unhandled_params.pop(0)
                except IndexError:
                    if varargs is None:
                        raise TemplateSyntaxError(
                            "'%s' received too many positional arguments" % name
                        )
    if defaults is not None:
        unhandled_params = unhandled_params[: -len(defaults)]
    if unhandled_params or unhandled_kwargs:
        raise TemplateSyntaxError(
            "'%s' did not receive value(s) for the argument(s): %s"
            % (name, ", ".join("'%s'" % p for p in unhandled_params + unhandled_kwargs))
        )
    return args, kwargs


def import_library(name):
    """Load a templatetags module and return its `register` Library."""
    from django.utils.module_loading import import_module

    try:
        module = import_module(name)
    except ImportError as e:
        raise InvalidTemplateLibrary(
            "Invalid template library specified. ImportError raised when "
            "trying to load '%s': %s" % (name, e)
        )
    try:
        return module.register
    except AttributeError:
        raise InvalidTemplateLibrary(
            "Module  %s does not have a variable named 'register'" % name,
        )
