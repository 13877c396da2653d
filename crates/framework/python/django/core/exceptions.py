class ImproperlyConfigured(Exception):
    pass


class SuspiciousOperation(Exception):
    pass


class DisallowedHost(SuspiciousOperation):
    pass


class PermissionDenied(Exception):
    pass


class ViewDoesNotExist(Exception):
    pass


class MiddlewareNotUsed(Exception):
    pass


class ObjectDoesNotExist(Exception):
    silent_variable_failure = True


class BadRequest(Exception):
    pass


class DisallowedRedirect(SuspiciousOperation):
    pass


class TooManyFieldsSent(SuspiciousOperation):
    """More GET/POST parameters than settings.DATA_UPLOAD_MAX_NUMBER_FIELDS."""


class RequestDataTooBig(SuspiciousOperation):
    pass
NON_FIELD_ERRORS = "__all__"


class ValidationError(Exception):
    """One message (with code and params), a list of them, or a dict of field → list."""

    def __init__(self, message, code=None, params=None):
        super().__init__(message, code, params)
        if isinstance(message, ValidationError):
            if hasattr(message, "error_dict"):
                message = message.error_dict
            elif not hasattr(message, "message"):
                message = message.error_list
            else:
                message, code, params = message.message, message.code, message.params
        if isinstance(message, dict):
            self.error_dict = {}
            for field, messages in message.items():
                if not isinstance(messages, ValidationError):
                    messages = ValidationError(messages)
                self.error_dict[field] = messages.error_list
        elif isinstance(message, list):
            self.error_list = []
            for m in message:
                if not isinstance(m, ValidationError):
                    m = ValidationError(m)
                if hasattr(m, "error_dict"):
                    for errors in m.error_dict.values():
                        self.error_list.extend(errors)
                else:
                    self.error_list.extend(m.error_list)
        else:
            self.message = message
            self.code = code
            self.params = params
            self.error_list = [self]

    @property
    def message_dict(self):
        return dict(self)

    @property
    def messages(self):
        if hasattr(self, "error_dict"):
            return sum(dict(self).values(), [])
        return list(self)

    def update_error_dict(self, error_dict):
        if hasattr(self, "error_dict"):
            for field, error_list in self.error_dict.items():
                error_dict.setdefault(field, []).extend(error_list)
        else:
            error_dict.setdefault(NON_FIELD_ERRORS, []).extend(self.error_list)
        return error_dict

    def __iter__(self):
        if hasattr(self, "error_dict"):
            for field, errors in self.error_dict.items():
                yield field, list(ValidationError(errors))
        else:
            for error in self.error_list:
                message = error.message
                if error.params:
                    message %= error.params
                yield str(message)

    def __str__(self):
        if hasattr(self, "error_dict"):
            return repr(dict(self))
        return repr(list(self))

    def __repr__(self):
        return "ValidationError(%s)" % self


class SuspiciousFileOperation(SuspiciousOperation):
    """A user-supplied path reached outside where it may."""
