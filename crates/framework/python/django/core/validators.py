from django.core.exceptions import ValidationError

EMPTY_VALUES = (None, "", [], (), {})


class BaseValidator:
    message = "Ensure this value is %(limit_value)s (it is %(show_value)s)."
    code = "limit_value"

    def __init__(self, limit_value, message=None):
        self.limit_value = limit_value
        if message:
            self.message = message

    def __call__(self, value):
        cleaned = self.clean(value)
        limit_value = self.limit_value() if callable(self.limit_value) else self.limit_value
        params = {"limit_value": limit_value, "show_value": cleaned, "value": value}
        if self.compare(cleaned, limit_value):
            raise ValidationError(self.get_message(params), code=self.code, params=params)

    def get_message(self, params):
        return self.message

    def compare(self, a, b):
        return a is not b

    def clean(self, x):
        return x

    def __eq__(self, other):
        return (self.__class__ is other.__class__ and self.limit_value == other.limit_value
                and self.message == other.message and self.code == other.code)


class MaxValueValidator(BaseValidator):
    message = "Ensure this value is less than or equal to %(limit_value)s."
    code = "max_value"

    def compare(self, a, b):
        return a > b


class MinValueValidator(BaseValidator):
    message = "Ensure this value is greater than or equal to %(limit_value)s."
    code = "min_value"

    def compare(self, a, b):
        return a < b


class _LengthValidator(BaseValidator):
    def get_message(self, params):
        # ngettext: the singular when the limit is 1.
        if params["limit_value"] == 1:
            return self.singular
        return self.plural

    def clean(self, x):
        return len(x)


class MinLengthValidator(_LengthValidator):
    singular = "Ensure this value has at least %(limit_value)d character (it has %(show_value)d)."
    plural = "Ensure this value has at least %(limit_value)d characters (it has %(show_value)d)."
    code = "min_length"

    def compare(self, a, b):
        return a < b


class MaxLengthValidator(_LengthValidator):
    singular = "Ensure this value has at most %(limit_value)d character (it has %(show_value)d)."
    plural = "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d)."
    code = "max_length"

    def compare(self, a, b):
        return a > b


class ProhibitNullCharactersValidator:
    message = "Null characters are not allowed."
    code = "null_characters_not_allowed"

    def __call__(self, value):
        if "\x00" in str(value):
            raise ValidationError(self.message, code=self.code)
