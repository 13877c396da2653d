from _metal_forms import clean_fields as _metal_clean_fields
from _metal_forms import clean_fields_kit as _clean_fields_kit
from _metal_forms import copy_fields
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.forms import _fast
from django.forms.boundfield import BoundField
from django.forms import fields as _fields_module
from django.forms.fields import Field, IntegerField
from django.forms.renderers import get_default_renderer
from django.forms.utils import ErrorDict, ErrorList
from django.forms.widgets import Widget
from django.utils._kit import ABSENT, class_reads
from django.utils.safestring import mark_safe


class DeclarativeFieldsMetaclass(type):
    """Collect the Field attributes of a Form class, in declaration order, bases first."""

    def __new__(mcs, name, bases, attrs):
        current = [(key, value) for key, value in attrs.items() if isinstance(value, Field)]
        for key, _ in current:
            attrs.pop(key)
        attrs["declared_fields"] = dict(current)
        new_class = super().__new__(mcs, name, bases, attrs)
        declared = {}
        for base in reversed(new_class.__mro__):
            if hasattr(base, "declared_fields"):
                declared.update(base.declared_fields)
            for attr, value in base.__dict__.items():
                if value is None and attr in declared:
                    declared.pop(attr)
        new_class.base_fields = declared
        new_class.declared_fields = declared
        return new_class


class BaseForm:
    default_renderer = None
    field_order = None
    prefix = None
    use_required_attribute = True
    template_name_div = "django/forms/div.html"
    template_name_p = "django/forms/p.html"
    template_name_table = "django/forms/table.html"
    template_name_ul = "django/forms/ul.html"
    template_name_label = "django/forms/label.html"

    def __init__(self, data=None, files=None, auto_id="id_%s", prefix=None, initial=None,
                 error_class=ErrorList, label_suffix=None, empty_permitted=False,
                 field_order=None, use_required_attribute=None, renderer=None):
        self.is_bound = data is not None or files is not None
        self.data = {} if data is None else data
        self.files = {} if files is None else files
        self.auto_id = auto_id
        if prefix is not None:
            self.prefix = prefix
        self.initial = initial or {}
        self.error_class = error_class
        self.label_suffix = label_suffix if label_suffix is not None else ":"
        self.empty_permitted = empty_permitted
        self._errors = None
        # copy.deepcopy(self.base_fields), as Django makes each form's fields; fields and
        # widgets that keep the framework's __deepcopy__ are copied natively.
        self.fields = copy_fields(self.base_fields, _FIELD_DEEPCOPY, _WIDGET_DEEPCOPY)
        self._bound_fields_cache = {}
        if use_required_attribute is not None:
            self.use_required_attribute = use_required_attribute
        if self.empty_permitted and self.use_required_attribute:
            raise ValueError(
                "The empty_permitted and use_required_attribute arguments may "
                "not both be True."
            )
        if renderer is None:
            if self.default_renderer is None:
                renderer = get_default_renderer()
            else:
                renderer = self.default_renderer
                if isinstance(self.default_renderer, type):
                    renderer = renderer()
        self.renderer = renderer
        self.order_fields(self.field_order if field_order is None else field_order)

    def order_fields(self, field_order):
        """Put the named fields first, in that order (unknown names are ignored)."""
        if field_order is None:
            return
        fields = {}
        for key in field_order:
            try:
                fields[key] = self.fields.pop(key)
            except KeyError:
                pass
        fields.update(self.fields)
        self.fields = fields

    def __repr__(self):
        if self._errors is None:
            is_valid = "Unknown"
        else:
            is_valid = self.is_bound and not self._errors
        return "<%(cls)s bound=%(bound)s, valid=%(valid)s, fields=(%(fields)s)>" % {
            "cls": self.__class__.__name__,
            "bound": self.is_bound,
            "valid": is_valid,
            "fields": ";".join(self.fields),
        }

    # Rendering

    @property
    def template_name(self):
        return self.renderer.form_template_name

    def get_context(self):
        fields = []
        hidden_fields = []
        top_errors = self.non_field_errors().copy()
        for name, bf in self._bound_items():
            if bf.is_hidden:
                if bf.errors:
                    top_errors += [
                        "(Hidden field %(name)s) %(error)s" % {"name": name, "error": str(e)}
                        for e in bf.errors
                    ]
                hidden_fields.append(bf)
            else:
                fields.append((bf, bf.errors))
        return {
            "form": self,
            "fields": fields,
            "hidden_fields": hidden_fields,
            "errors": top_errors,
        }

    def render(self, template_name=None, context=None, renderer=None):
        renderer = renderer or self.renderer
        template = template_name or self.template_name
        if (
            context is None
            and template == "django/forms/div.html"
            and renderer is self.renderer
            and _fast.form_eligible(self, type(renderer))
        ):
            html = _fast.render_div(self, renderer)
            if html is not None:
                return mark_safe(html.strip())
        context = context or self.get_context()
        return mark_safe(renderer.render(template, context))

    __str__ = render
    __html__ = render

    def as_p(self):
        return self.render(self.template_name_p)

    def as_table(self):
        return self.render(self.template_name_table)

    def as_ul(self):
        return self.render(self.template_name_ul)

    def as_div(self):
        return self.render(self.template_name_div)

    def _bound_items(self):
        for name in self.fields:
            yield name, self[name]

    def hidden_fields(self):
        return [field for field in self if field.is_hidden]

    def visible_fields(self):
        return [field for field in self if not field.is_hidden]

    def is_multipart(self):
        return any(field.widget.needs_multipart_form for field in self.fields.values())

    def add_initial_prefix(self, field_name):
        return "initial-%s" % self.add_prefix(field_name)

    def _widget_data_value(self, widget, html_name):
        return widget.value_from_datadict(self.data, self.files, html_name)

    def __iter__(self):
        for name in self.fields:
            yield self[name]

    def __getitem__(self, name):
        bf = _fast.bound_field(self, name)
        if bf is not None:
            return bf
        try:
            field = self.fields[name]
        except KeyError:
            raise KeyError(
                "Key '%s' not found in '%s'. Choices are: %s." % (
                    name, self.__class__.__name__, ", ".join(sorted(self.fields))))
        if name not in self._bound_fields_cache:
            self._bound_fields_cache[name] = field.get_bound_field(self, name)
        bf = self._bound_fields_cache[name]
        if bf.__class__ is list:
            # A BoundField's state, which the native drawing keeps in its place.
            bf = self._bound_fields_cache[name] = _fast.bound_field_from_state(self, bf)
        return bf

    @property
    def errors(self):
        if self._errors is None:
            self.full_clean()
        return self._errors

    def is_valid(self):
        return self.is_bound and not self.errors

    def add_prefix(self, field_name):
        return "%s-%s" % (self.prefix, field_name) if self.prefix else field_name

    def non_field_errors(self):
        return self.errors.get(
            NON_FIELD_ERRORS, self.error_class(error_class="nonfield", renderer=self.renderer)
        )

    def add_error(self, field, error):
        if not isinstance(error, ValidationError):
            error = ValidationError(error)
        if hasattr(error, "error_dict"):
            if field is not None:
                raise TypeError(
                    "The argument `field` must be `None` when the `error` argument "
                    "contains errors for multiple fields.")
            error = error.error_dict
        else:
            error = {field or NON_FIELD_ERRORS: error.error_list}
        for field, error_list in error.items():
            if field not in self.errors:
                if field != NON_FIELD_ERRORS and field not in self.fields:
                    raise ValueError("'%s' has no field named '%s'."
                                     % (self.__class__.__name__, field))
                if field == NON_FIELD_ERRORS:
                    self._errors[field] = self.error_class(
                        error_class="nonfield", renderer=self.renderer
                    )
                else:
                    self._errors[field] = self.error_class(
                        renderer=self.renderer, field_id=self[field].auto_id
                    )
            self._errors[field].extend(error_list)
            if field in self.cleaned_data:
                del self.cleaned_data[field]

    def has_error(self, field, code=None):
        if field not in self.errors:
            return False
        if code is None:
            return True
        return any(error.code == code for error in self.errors[field].as_data())

    def full_clean(self):
        self._errors = ErrorDict(renderer=self.renderer)
        if not self.is_bound:
            return
        self.cleaned_data = {}
        if self.empty_permitted and not self.has_changed():
            return
        self._clean_fields()
        self._clean_form()
        self._post_clean()

    def _field_data_value(self, field, html_name):
        return self._widget_data_value(field.widget, html_name)

    def _clean_fields(self):
        for name, field in self.fields.items():
            bf = self[name]
            value = bf.initial if field.disabled else bf.data
            try:
                value = field.clean(value)
                self.cleaned_data[name] = value
                if hasattr(self, "clean_%s" % name):
                    value = getattr(self, "clean_%s" % name)()
                    self.cleaned_data[name] = value
            except ValidationError as e:
                self.add_error(name, e)

    # Natively (forms_clean.rs): the same loop, its steps short-cut where the code
    # they skip is the framework's own; this method for a call it does not take.
    _py__clean_fields, _clean_fields = _clean_fields, _metal_clean_fields

    def _clean_form(self):
        try:
            cleaned_data = self.clean()
        except ValidationError as e:
            self.add_error(None, e)
        else:
            if cleaned_data is not None:
                self.cleaned_data = cleaned_data

    def _post_clean(self):
        pass

    def clean(self):
        return self.cleaned_data

    def has_changed(self):
        return bool(self.changed_data)

    @property
    def changed_data(self):
        return [name for name, f in self.fields.items()
                if f.has_changed(self.get_initial_for_field(f, name), self[name].data)]

    def get_initial_for_field(self, field, field_name):
        value = self.initial.get(field_name, field.initial)
        if callable(value):
            value = value()
        return value


_fast.note_base_form(BaseForm)
_FORM_CLEAN_NAMES = ("__getitem__", "_widget_data_value")
_clean_fields_kit((
    _fast._kit,
    _FORM_CLEAN_NAMES,
    tuple(BaseForm.__dict__[name] for name in _FORM_CLEAN_NAMES),
    ("data",),
    (BoundField.__dict__["data"],),
    ("value_from_datadict",),
    (Widget.__dict__["value_from_datadict"],),
    IntegerField,
    ValidationError,
    _fields_module._RE_DECIMAL,
    # What the short cuts stand in for: IntegerField's clean chain and what it reads.
    class_reads(IntegerField, "clean", "to_python", "validate", "run_validators",
                "__getattr__")
    + ((Field, "to_python", Field.__dict__["to_python"]),),
    tuple((g, name, g[name]) for g, name in (
        (globals(), "ValidationError"),
        (_fields_module.__dict__, "ValidationError"),
        (_fields_module.__dict__, "_RE_DECIMAL"),
        (_fast.__dict__, "_bound_field"),
        (_fast.__dict__, "_kit"),
    )),
    ABSENT,
))
# The framework's own __deepcopy__ methods (a patched one is called, not copied around).
_FIELD_DEEPCOPY = Field.__dict__["__deepcopy__"]
_WIDGET_DEEPCOPY = Widget.__dict__["__deepcopy__"]


class Form(BaseForm, metaclass=DeclarativeFieldsMetaclass):
    pass
