"""`{{ form }}` drawn in one pass, natively (`_metal_forms.render_div`, Rust): the div
layout, each field's field.html, its label, its error list and (for the text-like
inputs) its widget, without the calls through BoundField, the renderer and the widget's
context dicts that Django's path makes.

The output is byte for byte what BaseForm.render gives through renderers.render_div
and render_field. It is used only where nothing it skips can differ: the form class
keeps BaseForm's get_context/__getitem__/_bound_items/non_field_errors, the renderer
keeps BaseRenderer.render and the built-in template names, every bound field is a
plain BoundField. A field whose widget is not a plain input (or a subclass that
overrides one of the methods read here) is drawn through its own str() as before;
tests/python/django/forms_div_fast.py compares the output with Django 5.2's for every
kind of field and for classes that override what this skips."""

from _metal_forms import render_div as _render_div
from django.core.exceptions import NON_FIELD_ERRORS
from django.forms import renderers
from django.forms import boundfield
from django.forms.boundfield import BoundField
from django.forms.utils import ErrorList
from django.forms.widgets import Input, PasswordInput, Widget

_INPUT_TEMPLATES = frozenset(
    name for name, f in renderers.BUILTIN_TEMPLATES.items() if f is renderers.render_input
)

# What the native renderer compares by identity and the helpers it leaves to Python
# (the order is _metal_forms' Kit), made at the first render (forms.py, which defines
# BaseForm, imports this module).
_kit = None


def _make_kit():
    global _kit
    from django.forms.forms import BaseForm

    _kit = (
        BoundField,
        ErrorList,
        Input,
        Widget,
        PasswordInput,
        _INPUT_TEMPLATES,
        NON_FIELD_ERRORS,
        renderers.BaseRenderer,
        renderers.get_default_renderer,
        renderers._e,
        renderers._attrs,
        renderers._hidden,
        renderers._help_span,
        renderers._formatted,
        BaseForm,
        BoundField.__init__,
        BoundField.__dict__["auto_id"],
        BoundField.__dict__["initial"],
        BoundField.css_classes,
        BoundField._has_errors,
        boundfield,
        boundfield.pretty_name,
        boundfield._UNSET,
    )
    return _kit


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


def render_div(form, renderer):
    """BaseForm.render() with div.html (before its strip()), or None when a field
    needs the general path."""
    return _render_div(form, renderer, _kit or _make_kit())
