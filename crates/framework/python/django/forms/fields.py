import copy
import re

from django.core import validators
from django.core.exceptions import ValidationError
from django.forms.boundfield import BoundField
from django.forms.widgets import (
    CheckboxInput,
    HiddenInput,
    NumberInput,
    Select,
    Textarea,  # noqa: F401
    TextInput,
)


class Field:
    widget = TextInput
    hidden_widget = HiddenInput
    default_error_messages = {"required": "This field is required."}
    default_validators = []
    empty_values = list(validators.EMPTY_VALUES)
    creation_counter = 0

    def __init__(self, *, required=True, widget=None, label=None, initial=None,
                 help_text="", error_messages=None, show_hidden_initial=False,
                 validators=(), localize=False, disabled=False, label_suffix=None,
                 template_name=None):
        self.required = required
        self.label = label
        self.initial = initial
        self.help_text = help_text
        self.disabled = disabled
        self.label_suffix = label_suffix
        self.localize = localize
        self.show_hidden_initial = show_hidden_initial
        self.template_name = template_name
        widget = widget or self.widget
        if isinstance(widget, type):
            widget = widget()
        else:
            widget = widget.__deepcopy__({})
        if self.localize:
            widget.is_localized = True
        widget.is_required = self.required
        extra_attrs = self.widget_attrs(widget)
        if extra_attrs:
            widget.attrs.update(extra_attrs)
        self.widget = widget
        self.creation_counter = Field.creation_counter
        Field.creation_counter += 1
        messages = {}
        for c in reversed(type(self).__mro__):
            messages.update(getattr(c, "default_error_messages", {}))
        messages.update(error_messages or {})
        self.error_messages = messages
        self.validators = [*self.default_validators, *validators]

    def prepare_value(self, value):
        return value

    def __deepcopy__(self, memo):
        """Each form instance's copy of a declared field: the field's attributes, its own
        widget (deep-copied), error messages and validators (as Django copies them)."""
        result = object.__new__(type(self))
        result.__dict__.update(self.__dict__)
        memo[id(self)] = result
        result.widget = copy.deepcopy(self.widget, memo)
        result.error_messages = self.error_messages.copy()
        result.validators = self.validators[:]
        return result

    def widget_attrs(self, widget):
        """Extra HTML attributes the field gives its widget (maxlength, min...)."""
        return {}

    def get_bound_field(self, form, field_name):
        return BoundField(form, self, field_name)

    def to_python(self, value):
        return value

    def validate(self, value):
        if value in self.empty_values and self.required:
            raise ValidationError(self.error_messages["required"], code="required")

    def run_validators(self, value):
        if value in self.empty_values:
            return
        errors = []
        for v in self.validators:
            try:
                v(value)
            except ValidationError as e:
                if hasattr(e, "code") and e.code in self.error_messages:
                    e.message = self.error_messages[e.code]
                errors.extend(e.error_list)
        if errors:
            raise ValidationError(errors)

    def clean(self, value):
        value = self.to_python(value)
        self.validate(value)
        self.run_validators(value)
        return value

    def bound_data(self, data, initial):
        if self.disabled:
            return initial
        return data

    def has_changed(self, initial, data):
        if self.disabled:
            return False
        try:
            data = self.to_python(data)
        except ValidationError:
            return True
        initial_value = initial if initial is not None else ""
        data_value = data if data is not None else ""
        return initial_value != data_value


class CharField(Field):
    def __init__(self, *, max_length=None, min_length=None, strip=True, empty_value="",
                 **kwargs):
        self.max_length = max_length
        self.min_length = min_length
        self.strip = strip
        self.empty_value = empty_value
        super().__init__(**kwargs)
        if min_length is not None:
            self.validators.append(validators.MinLengthValidator(int(min_length)))
        if max_length is not None:
            self.validators.append(validators.MaxLengthValidator(int(max_length)))
        self.validators.append(validators.ProhibitNullCharactersValidator())

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if self.max_length is not None and not widget.is_hidden:
            attrs["maxlength"] = str(self.max_length)
        if self.min_length is not None and not widget.is_hidden:
            attrs["minlength"] = str(self.min_length)
        return attrs

    def to_python(self, value):
        if value not in self.empty_values:
            value = str(value)
            if self.strip:
                value = value.strip()
        if value in self.empty_values:
            return self.empty_value
        return value


class IntegerField(Field):
    widget = NumberInput
    default_error_messages = {"invalid": "Enter a whole number."}
    re_decimal = re.compile(r"\.0*\s*$")

    def __init__(self, *, max_value=None, min_value=None, step_size=None, **kwargs):
        self.max_value, self.min_value, self.step_size = max_value, min_value, step_size
        if kwargs.get("localize") and self.widget == NumberInput:
            kwargs.setdefault("widget", TextInput)
        super().__init__(**kwargs)
        if max_value is not None:
            self.validators.append(validators.MaxValueValidator(max_value))
        if min_value is not None:
            self.validators.append(validators.MinValueValidator(min_value))
        if step_size is not None:
            raise NotImplementedError("IntegerField(step_size=...) is not supported yet")

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        try:
            text = str(value)
            # (IntegerField's re_decimal matches only at a ".": text without one is
            # left as it is.)
            re_decimal = self.re_decimal
            if "." in text or re_decimal is not _RE_DECIMAL:
                text = re_decimal.sub("", text)
            value = int(text)
        except (ValueError, TypeError):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return value

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if isinstance(widget, NumberInput):
            if self.min_value is not None:
                attrs["min"] = self.min_value
            if self.max_value is not None:
                attrs["max"] = self.max_value
        return attrs


_RE_DECIMAL = IntegerField.re_decimal


class BooleanField(Field):
    widget = CheckboxInput

    def to_python(self, value):
        """'False', 'false' and '0' are false; other non-empty values are true."""
        if isinstance(value, str) and value.lower() in ("false", "0"):
            value = False
        else:
            value = bool(value)
        return super().to_python(value)

    def validate(self, value):
        if not value and self.required:
            raise ValidationError(self.error_messages["required"], code="required")

    def has_changed(self, initial, data):
        if self.disabled:
            return False
        return self.to_python(initial) != self.to_python(data)


class ChoiceField(Field):
    widget = Select
    default_error_messages = {
        "invalid_choice": "Select a valid choice. %(value)s is not one of the available choices.",
    }

    def __init__(self, *, choices=(), **kwargs):
        super().__init__(**kwargs)
        self.choices = choices

    def __deepcopy__(self, memo):
        result = super().__deepcopy__(memo)
        result._choices = copy.deepcopy(self._choices, memo)
        return result

    @property
    def choices(self):
        return self._choices

    @choices.setter
    def choices(self, value):
        self._choices = self.widget.choices = normalize_choices(value)

    def to_python(self, value):
        if value in self.empty_values:
            return ""
        return str(value)

    def validate(self, value):
        super().validate(value)
        if value and not self.valid_value(value):
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )

    def valid_value(self, value):
        text_value = str(value)
        for k, v in self.choices:
            if isinstance(v, (list, tuple)):
                for k2, v2 in v:
                    if value == k2 or text_value == str(k2):
                        return True
            elif value == k or text_value == str(k):
                return True
        return False


class CallableChoiceIterator:
    """Choices from a callable, called again each time they are used."""

    def __init__(self, func):
        self.func = func

    def __iter__(self):
        yield from normalize_choices(self.func())


def normalize_choices(value):
    """Choices as Django accepts them: (value, label) pairs, a dict, nested groups
    (a label with a list or dict of pairs), or a callable returning any of these."""
    if callable(value) and not hasattr(value, "__iter__"):
        return CallableChoiceIterator(value)
    if isinstance(value, CallableChoiceIterator):
        return value
    if hasattr(value, "items"):
        value = value.items()
    out = []
    for key, label in value:
        if hasattr(label, "items") or (
            isinstance(label, (list, tuple)) and label and isinstance(label[0], (list, tuple))
        ):
            out.append((key, normalize_choices(label)))
        else:
            out.append((key, label))
    return out
