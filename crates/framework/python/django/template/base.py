"""The Django template language: lexer, parser, variables, filters and nodes.

A template's source is split into tokens (text, {{ variable }}, {% block tag %},
{# comment #}); the parser turns them into a tree of nodes, calling each tag's
compile function; rendering walks the tree with a Context.
"""

import re

from _metal_template import render_nodes as _render_nodes
from _metal_template import resolve_plain as _resolve_plain

from django.template.context import (  # noqa: F401
    BaseContext,
    Context,
    ContextDict,
    RequestContext,
    _bind_request_context,
    _unbind_request_context,
)
from django.template.exceptions import TemplateSyntaxError
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeData, SafeString, mark_safe
from django.utils.text import get_text_list, smart_split, unescape_string_literal

FILTER_SEPARATOR = "|"
FILTER_ARGUMENT_SEPARATOR = ":"
VARIABLE_ATTRIBUTE_SEPARATOR = "."
BLOCK_TAG_START = "{%"
BLOCK_TAG_END = "%}"
VARIABLE_TAG_START = "{{"
VARIABLE_TAG_END = "}}"
COMMENT_TAG_START = "{#"
COMMENT_TAG_END = "#}"
SINGLE_BRACE_START = "{"
SINGLE_BRACE_END = "}"

tag_re = re.compile(r"({%.*?%}|{{.*?}}|{#.*?#})")


class TokenType:
    TEXT = 0
    VAR = 1
    BLOCK = 2
    COMMENT = 3


class VariableDoesNotExist(Exception):
    def __init__(self, msg, params=()):
        self.msg = msg
        self.params = params

    def __str__(self):
        return self.msg % self.params


class Origin:
    """Where a template came from: a file name (or locmem key) and its loader."""

    def __init__(self, name, template_name=None, loader=None):
        self.name = name
        self.template_name = template_name
        self.loader = loader

    def __str__(self):
        return self.name

    def __repr__(self):
        return "<%s name=%r>" % (self.__class__.__qualname__, self.name)

    def __eq__(self, other):
        return (
            isinstance(other, Origin)
            and self.name == other.name
            and self.loader == other.loader
        )

    def __hash__(self):
        return hash(self.name)

    @property
    def loader_name(self):
        if self.loader:
            return "%s.%s" % (
                self.loader.__module__,
                self.loader.__class__.__name__,
            )


UNKNOWN_SOURCE = "<unknown source>"


class Template:
    """A compiled template; render(context) with a django.template.Context."""

    def __init__(self, template_string, origin=None, name=None, engine=None):
        if engine is None:
            from django.template.engine import Engine

            engine = Engine.get_default()
        if origin is None:
            origin = Origin(UNKNOWN_SOURCE)
        self.name = name
        self.origin = origin
        self.engine = engine
        self.source = str(template_string)
        self.nodelist = self.compile_nodelist()

    def __repr__(self):
        return '<%s template_string="%s...">' % (
            self.__class__.__qualname__,
            self.source[:20].replace("\n", ""),
        )

    def __iter__(self):
        for node in self.nodelist:
            yield from node

    def _render(self, context):
        return self.nodelist.render(context)

    def render(self, context):
        """Display stage: render the compiled template with a Context."""
        render_context = context.render_context
        render_context._push_state(self)
        try:
            if context.template is None:
                if (
                    type(context) is RequestContext
                    and RequestContext.__dict__.get("bind_template") is _REQUEST_BIND
                ):
                    # RequestContext.bind_template's with-block, without its object.
                    _bind_request_context(context, self)
                    try:
                        context.template_name = self.name
                        return self._render(context)
                    finally:
                        _unbind_request_context(context)
                with context.bind_template(self):
                    context.template_name = self.name
                    return self._render(context)
            return self._render(context)
        finally:
            render_context._pop_state()

    def compile_nodelist(self):
        lexer = Lexer(self.source)
        tokens = lexer.tokenize()
        parser = Parser(
            tokens,
            self.engine.template_libraries,
            self.engine.template_builtins,
            self.origin,
        )
        return parser.parse()


class Token:
    def __init__(self, token_type, contents, position=None, lineno=None):
        self.token_type = token_type
        self.contents = contents
        self.lineno = lineno
        self.position = position

    def __repr__(self):
        names = {0: "Text", 1: "Var", 2: "Block", 3: "Comment"}
        return '<%s token: "%s...">' % (
            names[self.token_type],
            self.contents[:20].replace("\n", ""),
        )

    def split_contents(self):
        split = []
        bits = smart_split(self.contents)
        for bit in bits:
            # A translated literal _("a b") stays one bit.
            if bit.startswith(('_("', "_('")):
                sentinel = bit[2] + ")"
                trans_bit = [bit]
                while not bit.endswith(sentinel):
                    bit = next(bits)
                    trans_bit.append(bit)
                bit = " ".join(trans_bit)
            split.append(bit)
        return split


class Lexer:
    def __init__(self, template_string):
        self.template_string = template_string
        self.verbatim = False

    def __repr__(self):
        return '<%s template_string="%s...", verbatim=%s>' % (
            self.__class__.__qualname__,
            self.template_string[:20].replace("\n", ""),
            self.verbatim,
        )

    def tokenize(self):
        """Return a list of tokens from the template string."""
        in_tag = False
        lineno = 1
        result = []
        position = 0
        for token_string in tag_re.split(self.template_string):
            if token_string:
                end = position + len(token_string)
                result.append(
                    self.create_token(token_string, (position, end), lineno, in_tag)
                )
                lineno += token_string.count("\n")
                position = end
            in_tag = not in_tag
        return result

    def create_token(self, token_string, position, lineno, in_tag):
        if in_tag:
            token_start = token_string[0:2]
            if token_start == BLOCK_TAG_START:
                content = token_string[2:-2].strip()
                if self.verbatim:
                    # Inside {% verbatim %} only the matching end tag is a tag.
                    if content != self.verbatim:
                        return Token(TokenType.TEXT, token_string, position, lineno)
                    self.verbatim = False
                elif content[:9] in ("verbatim", "verbatim "):
                    self.verbatim = "end%s" % content
                return Token(TokenType.BLOCK, content, position, lineno)
            if not self.verbatim:
                content = token_string[2:-2].strip()
                if token_start == VARIABLE_TAG_START:
                    return Token(TokenType.VAR, content, position, lineno)
                # COMMENT_TAG_START
                return Token(TokenType.COMMENT, "", position, lineno)
        return Token(TokenType.TEXT, token_string, position, lineno)


class Parser:
    def __init__(self, tokens, libraries=None, builtins=None, origin=None):
        # The tokens are reversed so that next_token() is list.pop().
        self.tokens = list(reversed(tokens))
        self.tags = {}
        self.filters = {}
        self.command_stack = []
        self.extra_data = {}
        if libraries is None:
            libraries = {}
        if builtins is None:
            builtins = []
        self.libraries = libraries
        for builtin in builtins:
            self.add_library(builtin)
        self.origin = origin

    def __repr__(self):
        return "<%s tokens=%r>" % (self.__class__.__qualname__, self.tokens)

    def parse(self, parse_until=None):
        """Parse until one of the tags in parse_until (which is left unconsumed)."""
        if parse_until is None:
            parse_until = []
        nodelist = NodeList()
        while self.tokens:
            token = self.next_token()
            token_type = token.token_type
            if token_type == 0:  # TEXT
                self.extend_nodelist(nodelist, TextNode(token.contents), token)
            elif token_type == 1:  # VAR
                if not token.contents:
                    raise self.error(
                        token, "Empty variable tag on line %d" % token.lineno
                    )
                try:
                    filter_expression = self.compile_filter(token.contents)
                except TemplateSyntaxError as e:
                    raise self.error(token, e)
                var_node = VariableNode(filter_expression)
                self.extend_nodelist(nodelist, var_node, token)
            elif token_type == 2:  # BLOCK
                try:
                    command = token.contents.split()[0]
                except IndexError:
                    raise self.error(token, "Empty block tag on line %d" % token.lineno)
                if command in parse_until:
                    self.prepend_token(token)
                    return nodelist
                self.command_stack.append((command, token))
                try:
                    compile_func = self.tags[command]
                except KeyError:
                    self.invalid_block_tag(token, command, parse_until)
                try:
                    compiled_result = compile_func(self, token)
                except Exception as e:
                    raise self.error(token, e)
                self.extend_nodelist(nodelist, compiled_result, token)
                self.command_stack.pop()
        if parse_until:
            self.unclosed_block_tag(parse_until)
        return nodelist

    def skip_past(self, endtag):
        while self.tokens:
            token = self.next_token()
            if token.token_type == TokenType.BLOCK and token.contents == endtag:
                return
        self.unclosed_block_tag([endtag])

    def extend_nodelist(self, nodelist, node, token):
        if node.must_be_first and nodelist.contains_nontext:
            raise self.error(
                token,
                "{%% %s %%} must be the first tag in the template." % token.contents,
            )
        if not isinstance(node, TextNode):
            nodelist.contains_nontext = True
        node.token = token
        node.origin = self.origin
        nodelist.append(node)

    def error(self, token, e):
        if not isinstance(e, Exception):
            e = TemplateSyntaxError(e)
        return e

    def invalid_block_tag(self, token, command, parse_until=None):
        if parse_until:
            raise self.error(
                token,
                "Invalid block tag on line %d: '%s', expected %s. Did you "
                "forget to register or load this tag?"
                % (
                    token.lineno,
                    command,
                    get_text_list(["'%s'" % p for p in parse_until], "or"),
                ),
            )
        raise self.error(
            token,
            "Invalid block tag on line %d: '%s'. Did you forget to register "
            "or load this tag?" % (token.lineno, command),
        )

    def unclosed_block_tag(self, parse_until):
        command, token = self.command_stack.pop()
        msg = "Unclosed tag on line %d: '%s'. Looking for one of: %s." % (
            token.lineno,
            command,
            ", ".join(parse_until),
        )
        raise self.error(token, msg)

    def next_token(self):
        return self.tokens.pop()

    def prepend_token(self, token):
        self.tokens.append(token)

    def delete_first_token(self):
        del self.tokens[-1]

    def add_library(self, lib):
        self.tags.update(lib.tags)
        self.filters.update(lib.filters)

    def compile_filter(self, token):
        return FilterExpression(token, self)

    def find_filter(self, filter_name):
        if filter_name in self.filters:
            return self.filters[filter_name]
        raise TemplateSyntaxError("Invalid filter: '%s'" % filter_name)


# A constant string: "..." or '...' (optionally inside _( )), with escapes.
_STRDQ = r'"[^"\\]*(?:\\.[^"\\]*)*"'
_STRSQ = r"'[^'\\]*(?:\\.[^'\\]*)*'"
_CONSTANT = r"(?:_\(%s\)|_\(%s\)|%s|%s)" % (_STRDQ, _STRSQ, _STRDQ, _STRSQ)
_NUM = r"[-+.]?\d[\d.e]*"
_VAR_CHARS = r"\w\."
filter_raw_string = (
    r"^(?P<constant>%(constant)s)|"
    r"^(?P<var>[%(var_chars)s]+|%(num)s)|"
    r"(?:\s*\|\s*(?P<filter_name>\w+)"
    r"(?::(?:(?P<constant_arg>%(constant)s)|(?P<var_arg>[%(var_chars)s]+|%(num)s)))?)"
) % {"constant": _CONSTANT, "num": _NUM, "var_chars": _VAR_CHARS}
filter_re = re.compile(filter_raw_string)


def unwrap(func):
    """The innermost function under decorators that set __wrapped__."""
    while hasattr(func, "__wrapped__"):
        func = func.__wrapped__
    return func


class FilterExpression:
    """A variable (or literal) followed by filters: ``name|lower|default:"x"``."""

    __slots__ = ("token", "filters", "var", "is_var")

    def __init__(self, token, parser):
        self.token = token
        var_obj = None
        filters = []
        upto = 0
        for match in filter_re.finditer(token):
            start = match.start()
            if upto != start:
                raise TemplateSyntaxError(
                    "Could not parse some characters: %s|%s|%s"
                    % (token[:upto], token[upto:start], token[start:])
                )
            if var_obj is None:
                constant = match["constant"]
                if constant:
                    try:
                        var_obj = Variable(constant).resolve({})
                    except VariableDoesNotExist:
                        var_obj = None
                else:
                    var = match["var"]
                    if var is None:
                        raise TemplateSyntaxError(
                            "Could not find variable at start of %s." % token
                        )
                    var_obj = Variable(var)
            else:
                filter_name = match["filter_name"]
                args = []
                constant_arg = match["constant_arg"]
                var_arg = match["var_arg"]
                if constant_arg:
                    args.append((False, Variable(constant_arg).resolve({})))
                elif var_arg:
                    args.append((True, Variable(var_arg)))
                filter_func = parser.find_filter(filter_name)
                self.args_check(filter_name, filter_func, args)
                filters.append((filter_func, args))
            upto = match.end()
        if upto != len(token):
            raise TemplateSyntaxError(
                "Could not parse the remainder: '%s' from '%s'" % (token[upto:], token)
            )
        self.filters = filters
        self.var = var_obj
        self.is_var = isinstance(var_obj, Variable)

    def resolve(self, context, ignore_failures=False):
        if self.is_var:
            # A one-name variable found in the context's dicts, not callable: looked up
            # natively (what Variable.resolve gives); None when Python must decide.
            found = _resolve_plain(self.var, context, _NATIVE_KIT)
            if found is not None:
                obj = found[0]
            else:
                try:
                    obj = self.var.resolve(context)
                except VariableDoesNotExist:
                    if ignore_failures:
                        obj = None
                    else:
                        string_if_invalid = context.template.engine.string_if_invalid
                        if string_if_invalid:
                            if "%s" in string_if_invalid:
                                return string_if_invalid % self.var
                            return string_if_invalid
                        obj = string_if_invalid
        else:
            obj = self.var
        if not self.filters:
            return obj
        for func, args in self.filters:
            arg_vals = []
            for lookup, arg in args:
                if not lookup:
                    arg_vals.append(mark_safe(arg))
                else:
                    arg_vals.append(arg.resolve(context))
            if getattr(func, "needs_autoescape", False):
                new_obj = func(obj, *arg_vals, autoescape=context.autoescape)
            else:
                new_obj = func(obj, *arg_vals)
            if getattr(func, "is_safe", False) and isinstance(obj, SafeData):
                obj = mark_safe(new_obj)
            else:
                obj = new_obj
        return obj

    def args_check(name, func, provided):
        provided = list(provided)
        # The first argument is the value being filtered.
        plen = len(provided) + 1
        func = unwrap(func)
        code = getattr(func, "__code__", None)
        if code is None:
            return True
        nargs = code.co_argcount
        if getattr(func, "__self__", None) is not None:
            nargs -= 1
        defaults = func.__defaults__ or ()
        # A keyword-only `autoescape` is not a filter argument.
        dlen = len(defaults)
        if plen < (nargs - dlen) or plen > nargs:
            raise TemplateSyntaxError(
                "%s requires %d arguments, %d provided" % (name, nargs - dlen, plen)
            )
        return True

    args_check = staticmethod(args_check)

    def __str__(self):
        return self.token

    def __repr__(self):
        return "<%s %r>" % (self.__class__.__qualname__, self.token)


class Variable:
    """A template variable (dotted lookups) or a literal number or string."""

    __slots__ = ("var", "literal", "lookups", "translate", "message_context")

    def __init__(self, var):
        self.var = var
        self.literal = None
        self.lookups = None
        self.translate = False
        self.message_context = None
        if not isinstance(var, str):
            raise TypeError("Variable must be a string or number, got %s" % type(var))
        try:
            # A number?
            if "." in var or "e" in var.lower():
                self.literal = float(var)
                # "2." is not a number in a template.
                if "." not in var and "e" not in var.lower():
                    raise ValueError
                if var[-1] == ".":
                    raise ValueError
            else:
                self.literal = int(var)
        except ValueError:
            if var[0:2] == "_(" and var[-1] == ")":
                self.translate = True
                var = var[2:-1]
            try:
                self.literal = mark_safe(unescape_string_literal(var))
            except ValueError:
                if var.find(VARIABLE_ATTRIBUTE_SEPARATOR + "_") > -1 or var[0] == "_":
                    raise TemplateSyntaxError(
                        "Variables and attributes may not begin with underscores: '%s'"
                        % var
                    )
                self.lookups = tuple(var.split(VARIABLE_ATTRIBUTE_SEPARATOR))

    def resolve(self, context):
        if self.lookups is not None:
            return self._resolve_lookup(context)
        return self.literal

    def __repr__(self):
        return "<%s: %r>" % (self.__class__.__name__, self.var)

    def __str__(self):
        return self.var

    def _resolve_lookup(self, context):
        """Each bit: a dictionary key, else an attribute, else a list index;
        callables are called (unless they ask not to be)."""
        current = context
        try:
            for bit in self.lookups:
                try:
                    current = current[bit]
                except (TypeError, AttributeError, KeyError, ValueError, IndexError):
                    try:
                        if isinstance(current, BaseContext) and getattr(
                            type(current), bit, None
                        ) is not None:
                            raise AttributeError
                        current = getattr(current, bit)
                    except (TypeError, AttributeError):
                        if not isinstance(current, BaseContext) and bit in dir(current):
                            raise
                        try:
                            current = current[int(bit)]
                        except (IndexError, ValueError, KeyError, TypeError):
                            raise VariableDoesNotExist(
                                "Failed lookup for key [%s] in %r", (bit, current)
                            )
                if callable(current):
                    if getattr(current, "do_not_call_in_templates", False):
                        pass
                    elif getattr(current, "alters_data", False):
                        current = context.template.engine.string_if_invalid
                    else:
                        try:
                            current = current()
                        except TypeError:
                            if _needs_arguments(current):
                                current = context.template.engine.string_if_invalid
                            else:
                                raise
        except Exception as e:
            if getattr(e, "silent_variable_failure", False):
                current = context.template.engine.string_if_invalid
            else:
                raise
        return current


def _needs_arguments(func):
    """Whether calling func with no arguments is a signature mismatch."""
    target = func
    bound = 0
    if hasattr(target, "__func__"):
        target = target.__func__
        bound = 1
    elif isinstance(target, type):
        target = getattr(target, "__init__", None)
        bound = 1
    code = getattr(target, "__code__", None)
    if code is None:
        return True
    defaults = getattr(target, "__defaults__", None) or ()
    required = code.co_argcount - bound - len(defaults)
    kwdefaults = getattr(target, "__kwdefaults__", None) or {}
    required_kwonly = code.co_kwonlyargcount - len(kwdefaults)
    return required > 0 or required_kwonly > 0


class Node:
    # Set this to True for nodes that must be first in the template ({% extends %}).
    must_be_first = False
    child_nodelists = ("nodelist",)
    token = None
    origin = None

    def render(self, context):
        """Return the node rendered as a string."""

    def render_annotated(self, context):
        return self.render(context)

    def get_nodes_by_type(self, nodetype):
        nodes = []
        if isinstance(self, nodetype):
            nodes.append(self)
        for attr in self.child_nodelists:
            nodelist = getattr(self, attr, None)
            if nodelist:
                nodes.extend(nodelist.get_nodes_by_type(nodetype))
        return nodes

    def __iter__(self):
        yield self


class NodeList(list):
    # Set to True the first time a non-TextNode is added.
    contains_nontext = False

    def render(self, context):
        # Natively (django/template's text nodes and plain variables drawn in Rust, the
        # other nodes' render_annotated called) when this is exactly a NodeList.
        text = _render_nodes(self, context, _NATIVE_KIT)
        if text is not None:
            return SafeString(text)
        bits = []
        append = bits.append
        for node in self:
            append(node.render_annotated(context))
        return SafeString("".join(bits))

    def get_nodes_by_type(self, nodetype):
        nodes = []
        for node in self:
            nodes.extend(node.get_nodes_by_type(nodetype))
        return nodes


class TextNode(Node):
    child_nodelists = ()

    def __init__(self, s):
        self.s = s

    def __repr__(self):
        return "<%s: %r>" % (self.__class__.__name__, self.s[:25])

    def render(self, context):
        return self.s

    def render_annotated(self, context):
        return self.s


def render_value_in_context(value, context):
    """Convert a value to a string as a template shows it: localized numbers,
    escaped unless autoescaping is off or the value is safe."""
    if isinstance(value, float):
        value = _float_text(value)
    if context.autoescape:
        if not issubclass(type(value), str):
            value = str(value)
        return conditional_escape(value)
    return str(value)


_RENDER_VALUE = render_value_in_context


def _float_text(value):
    text = str(value)
    if "e" in text and value == value and value not in (float("inf"), float("-inf")):
        # Django's number formatting writes large and small floats out in full.
        from django.utils.numberformat import format as number_format

        return number_format(value, ".")
    return text


class VariableNode(Node):
    child_nodelists = ()

    def __init__(self, filter_expression):
        self.filter_expression = filter_expression

    def __repr__(self):
        return "<Variable Node: %s>" % self.filter_expression

    def render(self, context):
        value = self.filter_expression.resolve(context)
        # The common cases of render_value_in_context (while it is this module's own),
        # without the calls.
        if context.autoescape and render_value_in_context is _RENDER_VALUE:
            t = type(value)
            if t is str:
                return escape(value)
            if t is SafeString:
                return value
        return render_value_in_context(value, context)

    render_annotated = render


# Tag arguments as name=value.
kwarg_re = re.compile(r"(?:(\w+)=)?(.+)")


def token_kwargs(bits, parser, support_legacy=False):
    """Parse name=value bits (or, with support_legacy, 'value as name and ...')
    from the front of bits, removing them; return {name: FilterExpression}."""
    if not bits:
        return {}
    match = kwarg_re.match(bits[0])
    kwarg_format = match and match[1]
    if not kwarg_format:
        if not support_legacy:
            return {}
        if len(bits) < 3 or bits[1] != "as":
            return {}
    kwargs = {}
    while bits:
        if kwarg_format:
            match = kwarg_re.match(bits[0])
            if not match or not match[1]:
                return kwargs
            key, value = match.groups()
            del bits[:1]
        else:
            if len(bits) < 3 or bits[1] != "as":
                return kwargs
            key, value = bits[2], bits[0]
            del bits[:3]
        kwargs[key] = parser.compile_filter(value)
        if bits and not kwarg_format:
            if bits[0] != "and":
                return kwargs
            del bits[:1]
    return kwargs


# RequestContext's own bind_template: Template.render skips its context-manager object
# while it is not patched.
_REQUEST_BIND = RequestContext.__dict__["bind_template"]

# {% if %}'s part of the kit, filled by defaulttags.py (_note_if_node) once it has
# defined IfNode.
_IF_KIT = []

# {% csrf_token %}'s and {% url %}'s part of the kit, filled by defaulttags.py
# (_note_tag_nodes).
_TAG_KIT = []

# What _metal_template.render_nodes compares by identity (see its module comment),
# taken now, before anything can patch the classes.
_NATIVE_KIT = (
    NodeList,
    TextNode,
    VariableNode,
    FilterExpression,
    Variable,
    ContextDict,
    SafeString,
    render_value_in_context,
    (
        (TextNode, "render_annotated", TextNode.__dict__["render_annotated"]),
        (VariableNode, "render_annotated", VariableNode.__dict__["render_annotated"]),
        (VariableNode, "render", VariableNode.__dict__["render"]),
        (FilterExpression, "resolve", FilterExpression.__dict__["resolve"]),
        (Variable, "resolve", Variable.__dict__["resolve"]),
        (Variable, "_resolve_lookup", Variable.__dict__["_resolve_lookup"]),
    ),
    BaseContext.__dict__["__getitem__"],
    # This module's globals, and those VariableNode.render reads (a patched one sends
    # variables through Python).
    globals(),
    (
        ("escape", escape),
        ("render_value_in_context", render_value_in_context),
        ("SafeString", SafeString),
    ),
    # {% if %}'s classes and methods: the native loop evaluates an IfNode's conditions
    # of plain variables and literals.
    _IF_KIT,
    # {% csrf_token %}'s and {% url %}'s: the native loop draws the token's hidden input
    # and a URL reversed by name.
    _TAG_KIT,
)
