from django.core.exceptions import ValidationError
from django.utils.html import escape, mark_safe


class ErrorDict(dict):
    """Field name → ErrorList; str() is the HTML list Django renders."""

    def __init__(self, *args, renderer=None, **kwargs):
        super().__init__(*args, **kwargs)

    def as_data(self):
        return {f: e.as_data() for f, e in self.items()}

    def get_json_data(self, escape_html=False):
        return {f: e.get_json_data(escape_html) for f, e in self.items()}

    def as_ul(self):
        if not self:
            return mark_safe("")
        return mark_safe('<ul class="errorlist">%s</ul>' % "".join(
            "<li>%s%s</li>" % (escape(field), str(errors)) for field, errors in self.items()))

    def as_text(self):
        lines = []
        for field, errors in self.items():
            lines.append("* %s" % field)
            lines.extend("  * %s" % e for e in errors)
        return "\n".join(lines)

    def __str__(self):
        return self.as_ul()

    __html__ = __str__


class ErrorList(list):
    """The errors of one field (or of the form): ValidationErrors, iterated as messages."""

    def __init__(self, initlist=None, error_class=None, renderer=None, field_id=None):
        super().__init__(initlist or [])
        self.error_class = "errorlist" if error_class is None else "errorlist " + error_class
        self.field_id = field_id

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
        if not len(self):
            return mark_safe("")
        id_attr = ' id="%s_error"' % self.field_id if self.field_id else ""
        return mark_safe('<ul class="%s"%s>%s</ul>' % (
            self.error_class, id_attr, "".join("<li>%s</li>" % escape(e) for e in self)))

    def as_text(self):
        return "\n".join("* %s" % e for e in self)

    def __str__(self):
        return self.as_ul()

    __html__ = __str__

    def copy(self):
        copy = ErrorList(self._raw(), renderer=None)
        copy.error_class = self.error_class
        copy.field_id = self.field_id
        return copy
