"""Form renderers: how forms, fields, labels, widgets and error lists become HTML.

Django draws these with templates under django/forms/templates/. Ours draws the
built-in template names natively: each function below produces, byte for byte,
what the template of that name renders (the text between the tags, whitespace
included, then stripped as the renderer does). A form, field or widget whose
template_name is anything else is rendered by the project's template engine."""

from _metal_text import escape_html, html_attrs
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData


def _e(value):
    """{{ value }} with autoescaping (the text, as a plain str or what __html__ gives:
    the callers join it into their output)."""
    if type(value) is str:
        return escape_html(value)
    if isinstance(value, str) or hasattr(value, "__html__"):
        return conditional_escape(value)
    return conditional_escape(str(value))


def _attrs(attrs):
    """django/forms/attrs.html: ' name="value"' per attribute; True is a bare
    name, False is left out."""
    if not attrs:
        return ""
    if type(attrs) is dict:
        drawn = html_attrs(attrs)
        if drawn is not None:
            return drawn
    out = []
    for name, value in attrs.items():
        if value is False:
            continue
        out.append(" ")
        out.append(_e(name))
        if value is not True:
            out.append('="')
            out.append(_formatted(value))
            out.append('"')
    return "".join(out)


def _formatted(value):
    """{{ value|stringformat:'s' }}: the text, escaped unless the value is safe."""
    text = "%s" % (value,)
    return text if isinstance(value, SafeData) else escape_html(text)


def _hidden(hidden_fields):
    return "".join(_e(f) for f in hidden_fields)


def _css(field):
    classes = field.css_classes()
    return ' class="%s"' % _e(classes) if classes else ""


def _help_span(field, tag):
    ident = ' id="%s_helptext"' % _e(field.auto_id) if field.auto_id else ""
    return '<%s class="helptext"%s>%s</%s>' % (tag, ident, field.help_text, tag)


def _label(field):
    return _e(field.label_tag()) if field.label else ""


def _widget_help_hidden(field, last, hidden, tag):
    """The end of a field's <p> or <li> in p.html and ul.html: the widget, the help
    text, the hidden fields after the last field, the closing tag."""
    out = ["\n    ", _e(field), "\n    "]
    if field.help_text:
        out += ["\n      ", _help_span(field, "span"), "\n    "]
    out.append("\n    ")
    if last:
        out += ["\n      ", _hidden(hidden), "\n    "]
    out.append("\n  </%s>\n" % tag)
    return out


def _ending(errors, fields, hidden):
    """The end of every form template: the hidden fields of a form with nothing else."""
    out = ["\n"]
    if not fields and not errors:
        out += ["\n  ", _hidden(hidden), "\n"]
    out.append("\n")
    return out


def render_div(c):
    errors, fields, hidden = c["errors"], c["fields"], c["hidden_fields"]
    out = [_e(errors), "\n"]
    if errors and not fields:
        out += ["\n  <div>", _hidden(hidden), "</div>\n"]
    out.append("\n")
    for i, (field, _errors) in enumerate(fields):
        out += ["\n  <div", _css(field), ">\n    ", _e(field.as_field_group()), "\n    "]
        if i == len(fields) - 1:
            out += ["\n      ", _hidden(hidden), "\n    "]
        out.append("\n</div>\n")
    out += _ending(errors, fields, hidden)
    return "".join(out)


def render_p(c):
    errors, fields, hidden = c["errors"], c["fields"], c["hidden_fields"]
    out = [_e(errors), "\n"]
    if errors and not fields:
        out += ["\n  <p>", _hidden(hidden), "</p>\n"]
    out.append("\n")
    for i, (field, field_errors) in enumerate(fields):
        out += ["\n  ", _e(field_errors), "\n  <p", _css(field), ">\n    ", _label(field)]
        out += _widget_help_hidden(field, i == len(fields) - 1, hidden, "p")
    out += _ending(errors, fields, hidden)
    return "".join(out)


def render_table(c):
    errors, fields, hidden = c["errors"], c["fields"], c["hidden_fields"]
    out = []
    if errors:
        out += ["\n  <tr>\n    <td colspan=\"2\">\n      ", _e(errors), "\n      "]
        if not fields:
            out += ["\n        ", _hidden(hidden), "\n      "]
        out.append("\n    </td>\n  </tr>\n")
    out.append("\n")
    for i, (field, field_errors) in enumerate(fields):
        out += ["\n  <tr", _css(field), ">\n    <th>", _label(field), "</th>\n    <td>\n      "]
        out += [_e(field_errors), "\n      ", _e(field), "\n      "]
        if field.help_text:
            out += ["\n        <br>\n        ", _help_span(field, "span"), "\n      "]
        out.append("\n      ")
        if i == len(fields) - 1:
            out += ["\n        ", _hidden(hidden), "\n      "]
        out.append("\n    </td>\n  </tr>\n")
    out += _ending(errors, fields, hidden)
    return "".join(out)


def render_ul(c):
    errors, fields, hidden = c["errors"], c["fields"], c["hidden_fields"]
    out = []
    if errors:
        out += ["\n  <li>\n    ", _e(errors), "\n  "]
        if not fields:
            out += ["\n    ", _hidden(hidden), "\n  "]
        out.append("\n  </li>\n")
    out.append("\n")
    for i, (field, field_errors) in enumerate(fields):
        out += ["\n  <li", _css(field), ">\n    ", _e(field_errors), "\n    ", _label(field)]
        out += _widget_help_hidden(field, i == len(fields) - 1, hidden, "li")
    out += _ending(errors, fields, hidden)
    return "".join(out)


def render_field(c):
    """django/forms/field.html: label (or legend), help text, errors, widget."""
    field = c["field"]
    out = []
    if field.use_fieldset:
        described = field.aria_describedby
        aria = ' aria-describedby="%s"' % _e(described) if described else ""
        out += ["\n  <fieldset", aria, ">\n  "]
        if field.label:
            out.append(_e(field.legend_tag()))
        out.append("\n")
    else:
        out += ["\n  ", _label(field), "\n"]
    out.append("\n")
    if field.help_text:
        out.append(_help_span(field, "div"))
    out += ["\n", _e(field.errors), "\n", _e(field)]
    if field.use_fieldset:
        out.append("</fieldset>")
    out.append("\n")
    return "".join(out)


def render_label(c):
    if c["use_tag"]:
        tag = _e(c["tag"])
        return "<%s%s>%s</%s>" % (tag, _attrs(c["attrs"]), _e(c["label"]), tag)
    return _e(c["label"])


def render_input(c):
    w = c["widget"]
    # A key the widget's context lacks draws as the template's missing variable: "".
    value = w.get("value")
    out = '<input type="%s" name="%s"' % (_e(w.get("type", "")), _e(w.get("name", "")))
    if value is not None:
        out += ' value="%s"' % _formatted(value)
    return out + _attrs(w.get("attrs") or {}) + ">\n"


def render_textarea(c):
    w = c["widget"]
    value = _e(w["value"]) if w["value"] else ""
    return '<textarea name="%s"%s>\n%s</textarea>\n' % (_e(w["name"]), _attrs(w["attrs"]), value)


def render_select(c):
    w = c["widget"]
    out = ['<select name="%s"%s>' % (_e(w["name"]), _attrs(w["attrs"]))]
    for group_name, group_choices, _index in w["optgroups"]:
        if group_name:
            out.append('\n  <optgroup label="%s">' % _e(group_name))
        for option in group_choices:
            out.append("\n  ")
            out.append(render_option({"widget": option}))
        if group_name:
            out.append("\n  </optgroup>")
    out.append("\n</select>\n")
    return "".join(out)


def render_option(c):
    w = c["widget"]
    return '<option value="%s"%s>%s</option>\n' % (
        _e("%s" % (w["value"],)), _attrs(w["attrs"]), _e(w["label"]))


def render_error_list(c):
    errors = c["errors"]
    if not errors:
        return ""
    ident = ' id="%s_error"' % _e(errors.field_id) if getattr(errors, "field_id", None) else ""
    items = "".join("<li>%s</li>" % _e(e) for e in errors)
    return '<ul class="%s"%s>%s</ul>' % (_e(c["error_class"]), ident, items)


def render_error_dict(c):
    errors = c["errors"]
    if not errors:
        return ""
    items = "".join("<li>%s%s</li>" % (_e(field), _e(error)) for field, error in errors)
    return '<ul class="%s">%s</ul>\n' % (_e(c["error_class"]), items)


def render_error_list_text(c):
    return "".join("* %s\n" % _e(e) for e in c["errors"])


def render_error_dict_text(c):
    out = []
    for field, errors in c["errors"]:
        out.append("* %s\n" % _e(field))
        out.extend("  * %s\n" % _e(e) for e in errors)
    return "".join(out)


BUILTIN_TEMPLATES = {
    "django/forms/div.html": render_div,
    "django/forms/p.html": render_p,
    "django/forms/table.html": render_table,
    "django/forms/ul.html": render_ul,
    "django/forms/field.html": render_field,
    "django/forms/label.html": render_label,
    "django/forms/widgets/input.html": render_input,
    "django/forms/widgets/text.html": render_input,
    "django/forms/widgets/number.html": render_input,
    "django/forms/widgets/email.html": render_input,
    "django/forms/widgets/url.html": render_input,
    "django/forms/widgets/password.html": render_input,
    "django/forms/widgets/hidden.html": render_input,
    "django/forms/widgets/checkbox.html": render_input,
    "django/forms/widgets/textarea.html": render_textarea,
    "django/forms/widgets/select.html": render_select,
    "django/forms/widgets/select_option.html": render_option,
    "django/forms/errors/list/default.html": render_error_list,
    "django/forms/errors/list/ul.html": render_error_list,
    "django/forms/errors/list/text.txt": render_error_list_text,
    "django/forms/errors/dict/default.html": render_error_dict,
    "django/forms/errors/dict/ul.html": render_error_dict,
    "django/forms/errors/dict/text.txt": render_error_dict_text,
}


class BaseRenderer:
    form_template_name = "django/forms/div.html"
    formset_template_name = "django/forms/formsets/div.html"
    field_template_name = "django/forms/field.html"

    def get_template(self, template_name):
        from django.template.loader import get_template

        return get_template(template_name)

    def render(self, template_name, context, request=None):
        builtin = BUILTIN_TEMPLATES.get(template_name)
        if builtin is not None:
            return builtin(context).strip()
        template = self.get_template(template_name)
        return template.render(context, request=request).strip()


class DjangoTemplates(BaseRenderer):
    """The default renderer: built-in templates natively, the rest through the
    project's template engines."""


class TemplatesSetting(BaseRenderer):
    """Templates from settings.TEMPLATES (built-in names still drawn natively)."""


_default_renderer = None


def get_default_renderer():
    global _default_renderer
    if _default_renderer is None:
        from django.conf import settings
        from django.utils.module_loading import import_string

        _default_renderer = import_string(settings.FORM_RENDERER)()
    return _default_renderer
