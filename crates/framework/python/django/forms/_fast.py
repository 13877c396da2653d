"""`{{ form }}` drawn in one pass: the div layout, each field's field.html, its label,
its error list and (for the text-like inputs) its widget, without the calls through
BoundField, the renderer and the widget's context dicts that Django's path makes.

The output is byte for byte what BaseForm.render gives through renderers.render_div
and render_field. It is used only where nothing it skips can differ: the form class
keeps BaseForm's get_context/__getitem__/_bound_items/non_field_errors, the renderer
keeps BaseRenderer.render and the built-in template names, every bound field is a
plain BoundField. A field whose widget is not a plain input (or a subclass that
overrides one of the methods read here) is drawn through its own str() as before;
tests/python/django/forms_div_fast.py compares the output with Django 5.2's for every
kind of field and for classes that override what this skips."""

from _metal_text import escape_html
from django.core.exceptions import NON_FIELD_ERRORS
from django.forms import renderers
from django.forms.boundfield import BoundField
from django.forms.utils import ErrorList
from django.forms.widgets import Input, PasswordInput, Widget

_e = renderers._e
_attrs = renderers._attrs

_INPUT_TEMPLATES = frozenset(
    name for name, f in renderers.BUILTIN_TEMPLATES.items() if f is renderers.render_input
)

def _widget_kind(cls):
    """0 (not a plain input), 1 (an input), 2 (PasswordInput's value rule). Checked on
    every render, not remembered: a class may be patched between two renders."""
    if not (
        issubclass(cls, Input)
        and cls.render is Widget.render
        and cls._render is Widget._render
        and cls.build_attrs is Widget.build_attrs
        and cls.use_required_attribute is Widget.use_required_attribute
        and cls.id_for_label is Widget.id_for_label
        and cls.is_hidden is Widget.is_hidden
    ):
        return 0
    get_context = cls.get_context
    if get_context is Input.get_context:
        return 1
    if get_context is PasswordInput.get_context:
        return 2
    return 0


def form_eligible(form_cls, base_form, renderer_cls):
    """True when the form class draws its fields the way BaseForm does, through a
    renderer that draws the built-in templates."""
    return (
        renderer_cls.render is renderers.BaseRenderer.render
        and form_cls.render is base_form.render
        and form_cls.get_context is base_form.get_context
        and form_cls._bound_items is base_form._bound_items
        and form_cls.__getitem__ is base_form.__getitem__
        and form_cls.non_field_errors is base_form.non_field_errors
    )


def _error_list(errors):
    """An ErrorList as its default template draws it ('' when empty)."""
    if not errors:
        return ""
    if type(errors) is ErrorList and errors.template_name == ErrorList.template_name:
        renderer = errors.renderer or renderers.get_default_renderer()
        if type(renderer).render is renderers.BaseRenderer.render:
            field_id = errors.field_id
            ident = ' id="%s_error"' % _e(field_id) if field_id else ""
            items = "".join(["<li>%s</li>" % _e(e) for e in errors])
            return '<ul class="%s"%s>%s</ul>' % (_e(errors.error_class), ident, items)
    return _e(errors)


def _label(bf, form, field, widget, auto_id):
    """BoundField.label_tag() through label.html, stripped."""
    contents = bf.label
    if not contents:
        return ""
    suffix = field.label_suffix
    if suffix is None:
        suffix = form.label_suffix
    if suffix and contents[-1] not in ":?.!":
        text = _e(contents) + _e(suffix)
    else:
        text = _e(contents)
    id_ = widget.attrs.get("id") or auto_id
    if not id_:
        return text.strip()
    attrs = {}
    id_for_label = widget.id_for_label(id_)
    if id_for_label:
        attrs["for"] = id_for_label
    if field.required and hasattr(form, "required_css_class"):
        attrs["class"] = form.required_css_class
    return "<label%s>%s</label>" % (_attrs(attrs), text)


def _widget(bf, form, field, widget, kind, auto_id, has_errors):
    """str(bf) for a plain input: build_widget_attrs, value(), render_input."""
    if field.localize:
        widget.is_localized = True
    hidden = widget.input_type == "hidden"
    attrs = {}
    if not hidden and field.required and form.use_required_attribute:
        attrs["required"] = True
    if field.disabled:
        attrs["disabled"] = True
    if not hidden and has_errors:
        attrs["aria-invalid"] = "true"
    if not widget.attrs.get("aria-describedby") and auto_id and not hidden:
        described = []
        if bf.help_text:
            described.append(auto_id + "_helptext")
        if has_errors:
            described.append(auto_id + "_error")
        if described:
            attrs["aria-describedby"] = " ".join(described)
    if auto_id and "id" not in widget.attrs:
        attrs["id"] = auto_id
    value = bf.initial
    if form.is_bound:
        value = field.bound_data(bf.data, value)
    value = field.prepare_value(value)
    if kind == 2 and not widget.render_value:
        value = None
    value = widget.format_value(value)
    out = '<input type="%s" name="%s"' % (_e(widget.input_type), _e(bf.html_name))
    if value is not None:
        out += ' value="%s"' % renderers._formatted(value)
    return out + _attrs({**widget.attrs, **attrs}) + ">"


def _field(bf, form, renderer, errors):
    """The field's div body: field.html for a field that is not a fieldset."""
    field = bf.field
    widget = field.widget
    auto_id = bf.auto_id
    field_errors = errors.get(bf.name)
    has_errors = bool(field_errors)
    label = _label(bf, form, field, widget, auto_id)
    help_text = renderers._help_span(bf, "div") if bf.help_text else ""
    error_list = _error_list(field_errors) if field_errors is not None else ""
    kind = _widget_kind(type(widget))
    if (
        kind
        and not field.show_hidden_initial
        and widget.template_name in _INPUT_TEMPLATES
    ):
        drawn = _widget(bf, form, field, widget, kind, auto_id, has_errors)
    else:
        drawn = _e(bf)
    return ("\n  %s\n\n%s\n%s\n%s" % (label, help_text, error_list, drawn)).strip()


def render_div(form, renderer):
    """BaseForm.render() with div.html (before its strip()), or None when a field
    needs the general path."""
    if form.template_name_label != "django/forms/label.html" or form.error_class is not ErrorList:
        return None
    errors = form.errors
    fields = []
    hidden_fields = []
    hidden_errors = False
    for name in form.fields:
        bf = form[name]
        if type(bf) is not BoundField:
            return None
        widget = bf.field.widget
        if widget.use_fieldset:
            return None
        if (bf.field.template_name or renderer.field_template_name) != "django/forms/field.html":
            return None
        if widget.is_hidden:
            if errors.get(name):
                hidden_errors = True
            hidden_fields.append(bf)
        else:
            fields.append(bf)
    if hidden_errors or NON_FIELD_ERRORS in errors:
        top = _e(form.get_context()["errors"])
    else:
        top = ""
    out = [top, "\n"]
    if top and not fields:
        out += ["\n  <div>", renderers._hidden(hidden_fields), "</div>\n"]
    out.append("\n")
    last = len(fields) - 1
    for i, bf in enumerate(fields):
        tail = "\n      %s\n    " % renderers._hidden(hidden_fields) if i == last else ""
        out.append("\n  <div%s>\n    %s\n    %s\n</div>\n"
                   % (renderers._css(bf), _field(bf, form, renderer, errors), tail))
    out += renderers._ending(top, fields, hidden_fields)
    return "".join(out)
