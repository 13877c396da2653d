from django.core.exceptions import ValidationError  # noqa: F401
from django.forms.boundfield import BoundField  # noqa: F401
from django.forms.fields import (  # noqa: F401
    BooleanField,
    CharField,
    ChoiceField,
    Field,
    IntegerField,
)
from django.forms.forms import BaseForm, Form  # noqa: F401
from django.forms.widgets import (  # noqa: F401
    CheckboxInput,
    EmailInput,
    HiddenInput,
    Input,
    NumberInput,
    PasswordInput,
    Select,
    Textarea,
    TextInput,
    URLInput,
    Widget,
)
