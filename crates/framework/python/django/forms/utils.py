from django.core.exceptions import ValidationError
from django.utils.html import escape, mark_safe


def _renderer(renderer):
    if renderer is None:
        from django.forms.renderers import get_default_renderer

        return get_default_renderer()
    return renderer


class ErrorDict(dict):
    """Field name → ErrorList; str() is the HTML list Django renders."""

    template_name = "django/forms/errors/dict/default.html"
    template_name_text = "django/forms/errors/dict/text.txt"
    template_name_ul = "django/forms/errors/dict/ul.html"

    def __init__(self, *args, renderer=None, **kwargs):
        # (dict's __init__ with nothing to add does nothing: not called for an exact
        # ErrorDict, whose super() is dict.)
        if args or kwargs or type(self) is not ErrorDict:
            super().__init__(*args, **kwargs)
        self.renderer = renderer or _renderer(None)

    def get_context(self):
        return {"errors": self.items(), "error_class": "errorlist"}

    def render(self, template_name=None, context=None, renderer=None):
        renderer = _renderer(renderer or self.renderer)
        return mark_safe(renderer.render(template_name or self.template_name,
                                         context or self.get_context()))

    def as_data(self):
        return {f: e.as_data() for f, e in self.items()}

    def get_json_data(self, escape_html=False):
        return {f: e.get_json_data(escape_html) for f, e in self.items()}

    def as_ul(self):
        return self.render(self.template_name_ul)

    def as_text(self):
        return self.render(self.template_name_text)

    def __str__(self):
        return self.render()

    __html__ = __str__


class ErrorList(list):
    """The errors of one field (or of the form): ValidationErrors, iterated as messages."""

    template_name = "django/forms/errors/list/default.html"
    template_name_text = "django/forms/errors/list/text.txt"
    template_name_ul = "django/forms/errors/list/ul.html"

    def __init__(self, initlist=None, error_class=None, renderer=None, field_id=None):
        super().__init__(initlist or [])
        self.error_class = "errorlist" if error_class is None else "errorlist " + error_class
        self.renderer = renderer or _renderer(None)
        self.field_id = field_id

    def get_context(self):
        return {"errors": self, "error_class": self.error_class}

    def render(self, template_name=None, context=None, renderer=None):
        renderer = _renderer(renderer or self.renderer)
        return mark_safe(renderer.render(template_name or self.template_name,
                                         context or self.get_context()))

    def as_data(self):
        return ValidationError(list(self._raw())).error_list

    def _raw(self):
        return [list.__getitem__(self, i) for i in range(len(self))]

    def get_json_data(self, escape_html=False):
        out = []
        for error in self.as_data():
            message = next(iter(error))
            out.append({"message": escape(message) if escape_html else message,
                        "code": error.code or ""})
        return out

    def __iter__(self):
        for item in self._raw():
            if isinstance(item, ValidationError):
                yield next(iter(item))
            else:
                yield str(item)

    def __getitem__(self, i):
        item = list.__getitem__(self, i)
        if isinstance(item, ValidationError):
            return next(iter(item))
        return item

    def __contains__(self, item):
        return item in list(self)

    def __eq__(self, other):
        return list(self) == other

    def __repr__(self):
        return repr(list(self))

    def as_ul(self):
        return self.render(self.template_name_ul)

    def as_text(self):
        return self.render(self.template_name_text)

    def __str__(self):
        return self.render()

    __html__ = __str__

    def copy(self):
        # UserList.copy's self.__class__(self), as Django's ErrorList inherits it.
        copy = type(self)(self._raw())
        copy.error_class = self.error_class
        copy.renderer = self.renderer
        return copy
