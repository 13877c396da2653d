class RemovedInDjango60Warning(DeprecationWarning):
    pass


class RemovedInDjango61Warning(PendingDeprecationWarning):
    pass


RemovedInNextVersionWarning = RemovedInDjango60Warning
RemovedAfterNextVersionWarning = RemovedInDjango61Warning


class MiddlewareMixin:
    """The old-style middleware shape: process_request / process_response hooks."""

    sync_capable = True
    async_capable = False

    def __init__(self, get_response):
        if get_response is None:
            raise ValueError("get_response must be provided.")
        self.get_response = get_response

    def __repr__(self):
        qualname = getattr(self.get_response, "__qualname__", None)
        if qualname is None:
            qualname = self.get_response.__class__.__qualname__
        return "<%s get_response=%s>" % (self.__class__.__qualname__, qualname)

    def __call__(self, request):
        response = None
        if hasattr(self, "process_request"):
            response = self.process_request(request)
        response = response or self.get_response(request)
        if hasattr(self, "process_response"):
            response = self.process_response(request, response)
        return response
