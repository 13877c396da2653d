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


class RequestDataTooBig(SuspiciousOperation):
    pass
