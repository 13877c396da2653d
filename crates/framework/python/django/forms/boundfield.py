"""BoundField: a form field together with the form's data for it."""

import re

from django.forms.widgets import Textarea, TextInput
from django.utils.html import format_html
from django.utils.safestring import mark_safe


def pretty_name(name):
    """'first_name' -> 'First name'."""
    if not name:
        return ""
    return name.replace("_", " ").capitalize()


class BoundField:
    _auto_id_for = None

    def __init__(self, form, field, name):
        self.form = form
        self.field = field
        self.name = name
        # In the instance from the start, so every read of it finds it in one place.
        self._auto_id_for = None
        self.html_name = form.add_prefix(name)
        self.html_initial_name = form.add_initial_prefix(name)
        self.html_initial_id = form.add_initial_prefix(self.auto_id)
        if self.field.label is None:
            self.label = pretty_name(name)
        else:
            self.label = self.field.label
        self.help_text = field.help_text or ""
        self.renderer = form.renderer
        self._initial = _UNSET

    def __str__(self):
        """The widget's HTML (plus a hidden initial value when asked for)."""
        if self.field.show_hidden_initial:
            return self.as_widget() + self.as_hidden(only_initial=True)
        return self.as_widget()

    def __html__(self):
        return str(self)

    def __repr__(self):
        return '<%s "%s">' % (self.__class__.__name__, self.html_name)

    def __bool__(self):
        # A BoundField is always true, even when it has no subwidgets.
        return True

    @property
    def subwidgets(self):
        id_ = self.field.widget.attrs.get("id") or self.auto_id
        attrs = {"id": id_} if id_ else {}
        attrs = self.build_widget_attrs(attrs)
        return [
            widget
            for widget in self.field.widget.subwidgets(self.html_name, self.value(), attrs=attrs)
        ]

    def __iter__(self):
        return iter(self.subwidgets)

    def __len__(self):
        return len(self.subwidgets)

    def __getitem__(self, idx):
        if not isinstance(idx, (int, slice)):
            raise TypeError(
                "BoundField indices must be integers or slices, not %s."
                % type(idx).__name__
            )
        return self.subwidgets[idx]

    @property
    def errors(self):
        """The field's ErrorList (a new empty one when it has no errors)."""
        errors = self.form.errors
        if self.name in errors:
            return errors[self.name]
        return self.form.error_class(renderer=self.form.renderer, field_id=self.auto_id)

    def _has_errors(self):
        """bool(self.errors), without making an empty ErrorList."""
        return bool(self.form.errors.get(self.name))

    @property
    def template_name(self):
        return self.field.template_name or self.form.renderer.field_template_name

    def get_context(self):
        return {"field": self}

    def render(self, template_name=None, context=None, renderer=None):
        renderer = renderer or self.form.renderer
        template = template_name or self.template_name
        context = context or self.get_context()
        return mark_safe(renderer.render(template, context))

    def as_field_group(self):
        return self.render()

    def as_widget(self, widget=None, attrs=None, only_initial=False):
        """The HTML of the widget (the field's own unless one is given)."""
        widget = widget or self.field.widget
        if self.field.localize:
            widget.is_localized = True
        attrs = attrs or {}
        attrs = self.build_widget_attrs(attrs, widget)
        if self.auto_id and "id" not in widget.attrs:
            attrs.setdefault("id", self.html_initial_id if only_initial else self.auto_id)
        if only_initial and self.html_initial_name in self.form.data:
            value = self.form._widget_data_value(
                self.field.hidden_widget(), self.html_initial_name
            )
        else:
            value = self.value()
        return widget.render(
            name=self.html_initial_name if only_initial else self.html_name,
            value=value,
            attrs=attrs,
            renderer=self.form.renderer,
        )

    def as_text(self, attrs=None, **kwargs):
        return self.as_widget(TextInput(), attrs, **kwargs)

    def as_textarea(self, attrs=None, **kwargs):
        return self.as_widget(Textarea(), attrs, **kwargs)

    def as_hidden(self, attrs=None, **kwargs):
        return self.as_widget(self.field.hidden_widget(), attrs, **kwargs)

    @property
    def data(self):
        """The submitted data for this field (None when there is none)."""
        return self.form._widget_data_value(self.field.widget, self.html_name)

    def value(self):
        """The value the widget shows: the initial value, or the data when bound."""
        data = self.initial
        if self.form.is_bound:
            data = self.field.bound_data(self.data, data)
        return self.field.prepare_value(data)

    def _has_changed(self):
        return self.field.has_changed(self.initial, self.data)

    def label_tag(self, contents=None, attrs=None, label_suffix=None, tag=None):
        """The label in a <label for=...> when the field has an id, with the
        label suffix unless the label ends in punctuation."""
        contents = contents or self.label
        if label_suffix is None:
            label_suffix = (
                self.field.label_suffix
                if self.field.label_suffix is not None
                else self.form.label_suffix
            )
        if label_suffix and contents and contents[-1] not in ":?.!":
            contents = format_html("{}{}", contents, label_suffix)
        widget = self.field.widget
        id_ = widget.attrs.get("id") or self.auto_id
        if id_:
            id_for_label = widget.id_for_label(id_)
            if id_for_label:
                attrs = {**(attrs or {}), "for": id_for_label}
            if self.field.required and hasattr(self.form, "required_css_class"):
                attrs = attrs or {}
                if "class" in attrs:
                    attrs["class"] += " " + self.form.required_css_class
                else:
                    attrs["class"] = self.form.required_css_class
        context = {
            "field": self,
            "label": contents,
            "attrs": attrs,
            "use_tag": bool(id_),
            "tag": tag or "label",
        }
        return self.form.render(self.form.template_name_label, context)

    def legend_tag(self, contents=None, attrs=None, label_suffix=None):
        return self.label_tag(contents, attrs, label_suffix, tag="legend")

    def css_classes(self, extra_classes=None):
        """The field's CSS classes: the extra ones, the form's error_css_class when it
        has errors and its required_css_class when it is required, as a set (in the
        set's order, as Django joins them)."""
        if hasattr(extra_classes, "split"):
            extra_classes = extra_classes.split()
        extra_classes = set(extra_classes or [])
        if self._has_errors() and hasattr(self.form, "error_css_class"):
            extra_classes.add(self.form.error_css_class)
        if self.field.required and hasattr(self.form, "required_css_class"):
            extra_classes.add(self.form.required_css_class)
        return " ".join(extra_classes)

    @property
    def is_hidden(self):
        return self.field.widget.is_hidden

    @property
    def auto_id(self):
        """The id attribute: the form's auto_id with the name, or ''. Remembered for
        the form's auto_id and the html_name it was made from (read many times per
        render)."""
        auto_id = self.form.auto_id
        html_name = self.html_name
        cached = self._auto_id_for
        if cached is not None and cached[0] is auto_id and cached[1] is html_name:
            return cached[2]
        if auto_id and "%s" in str(auto_id):
            value = auto_id % html_name
        elif auto_id:
            value = html_name
        else:
            value = ""
        self._auto_id_for = (auto_id, html_name, value)
        return value

    @property
    def id_for_label(self):
        widget = self.field.widget
        id_ = widget.attrs.get("id") or self.auto_id
        return widget.id_for_label(id_)

    @property
    def initial(self):
        if self._initial is _UNSET:
            self._initial = self.form.get_initial_for_field(self.field, self.name)
        return self._initial

    def build_widget_attrs(self, attrs, widget=None):
        widget = widget or self.field.widget
        attrs = dict(attrs)
        if (
            widget.use_required_attribute(self.initial)
            and self.field.required
            and self.form.use_required_attribute
        ):
            attrs["required"] = True
        if self.field.disabled:
            attrs["disabled"] = True
        if not widget.is_hidden and self._has_errors():
            attrs["aria-invalid"] = "true"
        if not attrs.get("aria-describedby") and not self.use_fieldset:
            aria_describedby = self.aria_describedby
            if aria_describedby:
                attrs["aria-describedby"] = aria_describedby
        return attrs

    @property
    def aria_describedby(self):
        if self.field.widget.attrs.get("aria-describedby"):
            return None
        aria_describedby = []
        if self.auto_id and not self.is_hidden:
            if self.help_text:
                aria_describedby.append(f"{self.auto_id}_helptext")
            if self._has_errors():
                aria_describedby.append(f"{self.auto_id}_error")
        return " ".join(aria_describedby)

    @property
    def widget_type(self):
        return re.sub(r"widget$|input$", "", self.field.widget.__class__.__name__.lower())

    @property
    def use_fieldset(self):
        return self.field.widget.use_fieldset


_UNSET = object()
