from django.core.exceptions import ValidationError
from django.forms.fields import CharField, Field, IntegerField
from django.forms.forms import BaseForm, Form
