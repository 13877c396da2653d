"""{% load static %}: {% static 'path' %}, {% get_static_prefix %}, {% get_media_prefix %}."""

from urllib.parse import quote, urljoin

from django import template
from django.utils.html import conditional_escape

register = template.Library()


class PrefixNode(template.Node):
    def __init__(self, varname=None, name=None):
        if name is None:
            raise template.TemplateSyntaxError(
                "Prefix nodes must be given a name to return."
            )
        self.varname = varname
        self.name = name

    @classmethod
    def handle_token(cls, parser, token, name):
        tokens = token.contents.split()
        if len(tokens) > 1 and tokens[1] != "as":
            raise template.TemplateSyntaxError(
                "First argument in '%s' must be 'as'" % tokens[0]
            )
        varname = tokens[2] if len(tokens) > 1 else None
        return cls(varname, name)

    @classmethod
    def handle_simple(cls, name):
        from django.conf import settings

        prefix = getattr(settings, name, None) or ""
        return str(prefix)

    def render(self, context):
        prefix = self.handle_simple(self.name)
        if self.varname is None:
            return prefix
        context[self.varname] = prefix
        return ""


@register.tag
def get_static_prefix(parser, token):
    return PrefixNode.handle_token(parser, token, "STATIC_URL")


@register.tag
def get_media_prefix(parser, token):
    return PrefixNode.handle_token(parser, token, "MEDIA_URL")


class StaticNode(template.Node):
    child_nodelists = ()

    def __init__(self, varname=None, path=None):
        if path is None:
            raise template.TemplateSyntaxError("Static template nodes must be given a path to return.")
        self.path = path
        self.varname = varname

    def url(self, context):
        path = self.path.resolve(context)
        return self.handle_simple(path)

    def render(self, context):
        url = self.url(context)
        if context.autoescape:
            url = conditional_escape(url)
        if self.varname is None:
            return url
        context[self.varname] = url
        return ""

    @classmethod
    def handle_simple(cls, path):
        """The URL of a static file: through the static files storage when there
        is one (hashed names), else STATIC_URL + the quoted path."""
        try:
            from django.contrib.staticfiles.storage import staticfiles_storage
        except ImportError:
            staticfiles_storage = None
        if staticfiles_storage is not None:
            return staticfiles_storage.url(path)
        return urljoin(PrefixNode.handle_simple("STATIC_URL"), quote(path))

    @classmethod
    def handle_token(cls, parser, token):
        bits = token.split_contents()
        if len(bits) < 2:
            raise template.TemplateSyntaxError(
                "'%s' takes at least one argument (path to file)" % bits[0]
            )
        path = parser.compile_filter(bits[1])
        if len(bits) >= 2 and bits[-2] == "as":
            varname = bits[3]
        else:
            varname = None
        return cls(varname, path)


@register.tag("static")
def do_static(parser, token):
    """The URL of a static file: {% static "css/site.css" %}."""
    return StaticNode.handle_token(parser, token)


def static(path):
    return StaticNode.handle_simple(path)
