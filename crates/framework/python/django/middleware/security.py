from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.utils.deprecation import MiddlewareMixin


# Referrer-Policy header text by REFERRER_POLICY str setting.
_POLICY_TEXT = {}


class SecurityMiddleware(MiddlewareMixin):
    def __init__(self, get_response):
        super().__init__(get_response)
        self.sts_seconds = getattr(settings, "SECURE_HSTS_SECONDS", 0)
        self.sts_include_subdomains = getattr(settings, "SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
        self.sts_preload = getattr(settings, "SECURE_HSTS_PRELOAD", False)
        self.content_type_nosniff = settings.SECURE_CONTENT_TYPE_NOSNIFF
        self.redirect = getattr(settings, "SECURE_SSL_REDIRECT", False)
        self.redirect_host = getattr(settings, "SECURE_SSL_HOST", None)
        self.redirect_exempt = getattr(settings, "SECURE_REDIRECT_EXEMPT", [])
        self.referrer_policy = settings.SECURE_REFERRER_POLICY
        self.cross_origin_opener_policy = settings.SECURE_CROSS_ORIGIN_OPENER_POLICY

    def process_request(self, request):
        path = request.path.lstrip("/")
        if self.redirect and not request.is_secure():
            import re

            if not any(re.search(pattern, path) for pattern in self.redirect_exempt):
                host = self.redirect_host or request.get_host()
                return HttpResponsePermanentRedirect(
                    "https://%s%s" % (host, request.get_full_path()))
        return None

    def process_response(self, request, response):
        if (self.sts_seconds and request.is_secure()
                and "Strict-Transport-Security" not in response):
            sts_header = "max-age=%s" % self.sts_seconds
            if self.sts_include_subdomains:
                sts_header += "; includeSubDomains"
            if self.sts_preload:
                sts_header += "; preload"
            response.headers["Strict-Transport-Security"] = sts_header
        if self.content_type_nosniff:
            response.headers.setdefault("X-Content-Type-Options", "nosniff")
        if self.referrer_policy:
            policy = self.referrer_policy
            # A comma-separated str (each value stripped) or an iterable of values,
            # joined with "," as Django does.
            if isinstance(policy, str):
                # Made once per distinct (plain str) setting.
                text = _POLICY_TEXT.get(policy) if type(policy) is str else None
                if text is None:
                    text = ",".join([v.strip() for v in policy.split(",")])
                    if type(policy) is str and len(_POLICY_TEXT) < 16:
                        _POLICY_TEXT[policy] = text
            else:
                text = ",".join(policy)
            response.headers.setdefault("Referrer-Policy", text)
        if self.cross_origin_opener_policy:
            response.headers.setdefault(
                "Cross-Origin-Opener-Policy", self.cross_origin_opener_policy)
        return response
