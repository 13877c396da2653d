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

from _metal_forms import class_keeps as _class_keeps
from _metal_forms import bound_field as _bound_field
from _metal_forms import bound_field_from_state as _bound_field_from_state
from _metal_forms import render_div as _render_div
from django.core.exceptions import NON_FIELD_ERRORS
from django.forms import renderers
from django.forms import boundfield
from django.forms.boundfield import BoundField
from django.forms.fields import Field
from django.forms.utils import ErrorList
from django.forms.widgets import Input, PasswordInput, Widget

_INPUT_TEMPLATES = frozenset(
    name for name, f in renderers.BUILTIN_TEMPLATES.items() if f is renderers.render_input
)

# The framework's own methods, taken when this module is imported (before anything can
# patch them): the native renderer draws a form only while the classes involved still
# have these, compared by identity.
_WIDGET_ORIGINALS = (
    Widget.__dict__["render"],
    Widget.__dict__["_render"],
    Widget.__dict__["build_attrs"],
    Widget.__dict__["use_required_attribute"],
    Widget.__dict__["id_for_label"],
    Widget.__dict__["is_hidden"],
    Input.__dict__["get_context"],
    PasswordInput.__dict__["get_context"],
)
_RENDERER_RENDER = renderers.BaseRenderer.__dict__["render"]
_RENDERER_NAMES = ("render",)
_RENDERER_ORIGINALS = (_RENDERER_RENDER,)
_FORM_NAMES = ("render", "get_context", "_bound_items", "__getitem__", "non_field_errors")

# What the native renderer compares by identity and the helpers it leaves to Python
# (the order is _metal_forms' Kit); completed by note_base_form when forms.py (which
# imports this module) has defined BaseForm.
_kit = None
_form_originals = None


def note_base_form(base_form):
    """Take BaseForm's own methods, as forms.py defines them."""
    global _kit, _form_originals
    _form_originals = tuple(base_form.__dict__[name] for name in _FORM_NAMES)
    _kit = (
        BoundField,
        ErrorList,
        _WIDGET_ORIGINALS,
        _INPUT_TEMPLATES,
        NON_FIELD_ERRORS,
        _RENDERER_RENDER,
        renderers.get_default_renderer,
        renderers._e,
        renderers._attrs,
        renderers._hidden,
        renderers._help_span,
        renderers._formatted,
        tuple(base_form.__dict__[name]
              for name in ("add_prefix", "add_initial_prefix", "get_initial_for_field")),
        _BOUND_FIELD_ORIGINALS,
        boundfield,
        boundfield.pretty_name,
        boundfield._UNSET,
        (Field.__dict__["prepare_value"], Field.__dict__["bound_data"],
         Widget.__dict__["format_value"]),
    )


_BOUND_FIELD_ORIGINALS = (
    BoundField.__dict__["__init__"],
    BoundField.__dict__["auto_id"],
    BoundField.__dict__["initial"],
    BoundField.__dict__["css_classes"],
    BoundField.__dict__["_has_errors"],
    Field.__dict__["get_bound_field"],
    # What the one-pass drawing stands in for: a BoundField class with any of these
    # changed is drawn through the templates.
    tuple((name, BoundField.__dict__[name]) for name in (
        "__str__", "__html__", "as_widget", "value", "data", "build_widget_attrs",
        "aria_describedby", "label_tag", "id_for_label", "is_hidden", "errors",
        "template_name", "render", "get_context", "as_field_group", "use_fieldset",
        "field", "html_name", "label", "help_text",
    ) if name in BoundField.__dict__),
)

def form_eligible(form, renderer_cls):
    """True when the form draws its fields the way BaseForm does, through a renderer
    that draws the built-in templates."""
    # getattr(cls, name) is original for each, remembered per class until a class
    # changes.
    if not _class_keeps(renderer_cls, _RENDERER_NAMES, _RENDERER_ORIGINALS):
        return False
    if not _class_keeps(type(form), _FORM_NAMES, _form_originals):
        return False
    # Methods a form instance could override for itself (BaseForm.render calls them).
    own = form.__dict__
    return not ("get_context" in own or "_bound_items" in own or "non_field_errors" in own)


def render_div(form, renderer):
    """BaseForm.render() with div.html (before its strip()), or None when a field
    needs the general path."""
    return _render_div(form, renderer, _kit)


def bound_field(form, name):
    """form[name] made natively (BoundField.__init__'s attributes, in its order), or
    None when BaseForm.__getitem__ must decide in Python."""
    if _kit is None:
        return None
    return _bound_field(form, name, _kit)


def bound_field_from_state(form, entry):
    """The BoundField for an entry of form._bound_fields_cache: the entry itself, or
    the BoundField made from the state the native drawing and cleaning keep there
    instead of one (so that the form and its BoundFields make no cycle until asked)."""
    return _bound_field_from_state(form, entry, _kit)
