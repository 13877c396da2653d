from django.conf import settings
from django.utils.deprecation import MiddlewareMixin


class XFrameOptionsMiddleware(MiddlewareMixin):
    """Sets X-Frame-Options on every response that does not set it or opt out."""

    def process_response(self, request, response):
        if response.get("X-Frame-Options") is not None:
            return response
        if getattr(response, "xframe_options_exempt", False):
            return response
        response.headers["X-Frame-Options"] = self.get_xframe_options_value(request, response)
        return response

    def get_xframe_options_value(self, request, response):
        return getattr(settings, "X_FRAME_OPTIONS", "DENY").upper()
