"""Cross Site Request Forgery protection, as Django 5.2 does it.

A 32-character secret lives in the csrftoken cookie. Pages get it masked: a fresh
32-character mask followed by the secret shifted by the mask, character by
character, in the 62-letter alphabet (64 characters, different on every render,
so the secret never appears in a page). An unsafe request (POST, PUT, ...) must
send a token (form field csrfmiddlewaretoken, or the X-CSRFToken header) that
unmasks to the cookie's secret, compared in constant time; a request with an
Origin header must come from this host or a trusted origin; an HTTPS request
without Origin must have a Referer of this host."""

import re
from urllib.parse import urlsplit

from _metal_text import check_token_format as _native_check_token_format
from _metal_text import shift_chars
from _metal_text import token_format_kit as _token_format_kit

from django.conf import settings
from django.core.exceptions import DisallowedHost, ImproperlyConfigured
from django.http import HttpHeaders
from django.utils.cache import patch_vary_headers
from django.utils.crypto import constant_time_compare, get_random_string
from django.utils.deprecation import MiddlewareMixin
from django.utils.http import is_same_domain
from django.utils.module_loading import import_string

REASON_BAD_ORIGIN = "Origin checking failed - %s does not match any trusted origins."
REASON_NO_REFERER = "Referer checking failed - no Referer."
REASON_BAD_REFERER = "Referer checking failed - %s does not match any trusted origins."
REASON_NO_CSRF_COOKIE = "CSRF cookie not set."
REASON_CSRF_TOKEN_MISSING = "CSRF token missing."
REASON_MALFORMED_REFERER = "Referer checking failed - Referer is malformed."
REASON_INSECURE_REFERER = (
    "Referer checking failed - Referer is insecure while host is secure."
)
# Phrases completed with "CSRF cookie ..." or "CSRF token from ... ...".
REASON_INCORRECT_LENGTH = "has incorrect length"
REASON_INVALID_CHARACTERS = "has invalid characters"

CSRF_SECRET_LENGTH = 32
CSRF_TOKEN_LENGTH = 2 * CSRF_SECRET_LENGTH
CSRF_ALLOWED_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
CSRF_SESSION_KEY = "_csrftoken"
_INVALID_TOKEN_CHARS = re.compile("[^a-zA-Z0-9]")


def _get_failure_view():
    """The view that answers a rejected request (settings.CSRF_FAILURE_VIEW)."""
    return import_string(settings.CSRF_FAILURE_VIEW)


def _get_new_csrf_string():
    return get_random_string(CSRF_SECRET_LENGTH, allowed_chars=CSRF_ALLOWED_CHARS)


def _mask_cipher_secret(secret):
    """The secret masked with a fresh random mask: mask + shifted secret."""
    mask = _get_new_csrf_string()
    return mask + shift_chars(secret, mask, CSRF_ALLOWED_CHARS, 1)


def _unmask_cipher_token(token):
    """The secret inside a 64-character masked token."""
    mask = token[:CSRF_SECRET_LENGTH]
    token = token[CSRF_SECRET_LENGTH:]
    return shift_chars(token, mask, CSRF_ALLOWED_CHARS, -1)


def _add_new_csrf_cookie(request):
    """Give the request a new secret, to be sent back in the cookie."""
    csrf_secret = _get_new_csrf_string()
    request.META.update(
        {
            "CSRF_COOKIE": csrf_secret,
            "CSRF_COOKIE_NEEDS_UPDATE": True,
        }
    )
    return csrf_secret


def get_token(request):
    """A masked token for this request's secret (made, and the cookie set, if
    there is none yet). Each call masks anew."""
    if "CSRF_COOKIE" in request.META:
        csrf_secret = request.META["CSRF_COOKIE"]
        # The cookie is sent back (refreshing its expiry) whenever a page uses it.
        request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    else:
        csrf_secret = _add_new_csrf_cookie(request)
    return _mask_cipher_secret(csrf_secret)


def rotate_token(request):
    """A new secret for this request (after a login, say)."""
    _add_new_csrf_cookie(request)


class InvalidTokenFormat(Exception):
    def __init__(self, reason):
        self.reason = reason


def _check_token_format(token):
    if len(token) not in (CSRF_TOKEN_LENGTH, CSRF_SECRET_LENGTH):
        raise InvalidTokenFormat(REASON_INCORRECT_LENGTH)
    # As Django: a regex of the characters not allowed (its TypeError for bytes and
    # other non-str values).
    if _INVALID_TOKEN_CHARS.search(token):
        raise InvalidTokenFormat(REASON_INVALID_CHARACTERS)


# Natively (csrf.rs) for a well-formed str token; this function for the rest.
_py_check_token_format = _check_token_format
_token_format_kit((globals(), _py_check_token_format))
_check_token_format = _native_check_token_format


def _does_token_match(request_csrf_token, csrf_secret):
    if len(request_csrf_token) == CSRF_TOKEN_LENGTH:
        request_csrf_token = _unmask_cipher_token(request_csrf_token)
    return constant_time_compare(request_csrf_token, csrf_secret)


class RejectRequest(Exception):
    def __init__(self, reason):
        self.reason = reason


class CsrfViewMiddleware(MiddlewareMixin):
    """Checks unsafe requests for a token matching the cookie, sets the cookie
    whenever a page used the token."""

    @property
    def csrf_trusted_origins_hosts(self):
        return [
            urlsplit(origin).netloc.lstrip("*")
            for origin in settings.CSRF_TRUSTED_ORIGINS
        ]

    @property
    def allowed_origins_exact(self):
        return {origin for origin in settings.CSRF_TRUSTED_ORIGINS if "*" not in origin}

    @property
    def allowed_origin_subdomains(self):
        """{scheme: [netloc pattern]} of the trusted origins with a wildcard."""
        allowed = {}
        for parsed in (
            urlsplit(origin) for origin in settings.CSRF_TRUSTED_ORIGINS if "*" in origin
        ):
            allowed.setdefault(parsed.scheme, []).append(parsed.netloc.lstrip("*"))
        return allowed

    def _accept(self, request):
        # Lets a view decorated with csrf_protect skip the checks done here.
        request.csrf_processing_done = True
        return None

    def _reject(self, request, reason):
        return _get_failure_view()(request, reason=reason)

    def _get_secret(self, request):
        """The secret from the cookie (None without one); InvalidTokenFormat for
        a malformed cookie."""
        if settings.CSRF_USE_SESSIONS:
            raise ImproperlyConfigured(
                "CSRF_USE_SESSIONS needs django.contrib.sessions, which is not "
                "supported yet."
            )
        try:
            csrf_secret = request.COOKIES[settings.CSRF_COOKIE_NAME]
        except KeyError:
            return None
        _check_token_format(csrf_secret)
        if len(csrf_secret) == CSRF_TOKEN_LENGTH:
            # Older Django versions stored a masked token in the cookie.
            csrf_secret = _unmask_cipher_token(csrf_secret)
        return csrf_secret

    def _set_csrf_cookie(self, request, response):
        response.set_cookie(
            settings.CSRF_COOKIE_NAME,
            request.META["CSRF_COOKIE"],
            max_age=settings.CSRF_COOKIE_AGE,
            domain=settings.CSRF_COOKIE_DOMAIN,
            path=settings.CSRF_COOKIE_PATH,
            secure=settings.CSRF_COOKIE_SECURE,
            httponly=settings.CSRF_COOKIE_HTTPONLY,
            samesite=settings.CSRF_COOKIE_SAMESITE,
        )
        # Pages that set the cookie differ from one client to the next.
        patch_vary_headers(response, ("Cookie",))

    def _origin_verified(self, request):
        request_origin = request.META["HTTP_ORIGIN"]
        try:
            good_host = request.get_host()
        except DisallowedHost:
            pass
        else:
            good_origin = "%s://%s" % (
                "https" if request.is_secure() else "http",
                good_host,
            )
            if request_origin == good_origin:
                return True
        if request_origin in self.allowed_origins_exact:
            return True
        try:
            parsed_origin = urlsplit(request_origin)
        except ValueError:
            return False
        request_scheme = parsed_origin.scheme
        request_netloc = parsed_origin.netloc
        return any(
            is_same_domain(request_netloc, host)
            for host in self.allowed_origin_subdomains.get(request_scheme, ())
        )

    def _check_referer(self, request):
        referer = request.META.get("HTTP_REFERER")
        if referer is None:
            raise RejectRequest(REASON_NO_REFERER)
        try:
            referer = urlsplit(referer)
        except ValueError:
            raise RejectRequest(REASON_MALFORMED_REFERER)
        if "" in (referer.scheme, referer.netloc):
            raise RejectRequest(REASON_MALFORMED_REFERER)
        # An HTTPS page must not be posted to from plain HTTP.
        if referer.scheme != "https":
            raise RejectRequest(REASON_INSECURE_REFERER)
        if any(
            is_same_domain(referer.netloc, host)
            for host in self.csrf_trusted_origins_hosts
        ):
            return
        good_referer = settings.CSRF_COOKIE_DOMAIN
        if good_referer is None:
            try:
                good_referer = request.get_host()
            except DisallowedHost:
                raise RejectRequest(REASON_BAD_REFERER % referer.geturl())
        else:
            server_port = request.get_port()
            if server_port not in ("443", "80"):
                good_referer = "%s:%s" % (good_referer, server_port)
        if not is_same_domain(referer.netloc, good_referer):
            raise RejectRequest(REASON_BAD_REFERER % referer.geturl())

    def _bad_token_message(self, reason, token_source):
        if token_source != "POST":
            # The header as a client writes it: HTTP_X_CSRFTOKEN -> X-Csrftoken.
            header_name = HttpHeaders.parse_header_name(token_source)
            token_source = f"the {header_name!r} HTTP header"
        return f"CSRF token from {token_source} {reason}."

    def _check_token(self, request):
        try:
            csrf_secret = self._get_secret(request)
        except InvalidTokenFormat as exc:
            raise RejectRequest(f"CSRF cookie {exc.reason}.")
        if csrf_secret is None:
            raise RejectRequest(REASON_NO_CSRF_COOKIE)
        request_csrf_token = ""
        if request.method == "POST":
            request_csrf_token = request.POST.get("csrfmiddlewaretoken", "")
        if request_csrf_token == "":
            # A header, for AJAX and for methods other than POST.
            token_source = settings.CSRF_HEADER_NAME
            try:
                request_csrf_token = request.META[settings.CSRF_HEADER_NAME]
            except KeyError:
                raise RejectRequest(REASON_CSRF_TOKEN_MISSING)
        else:
            token_source = "POST"
        try:
            _check_token_format(request_csrf_token)
        except InvalidTokenFormat as exc:
            raise RejectRequest(self._bad_token_message(exc.reason, token_source))
        if not _does_token_match(request_csrf_token, csrf_secret):
            raise RejectRequest(self._bad_token_message("incorrect", token_source))

    def process_request(self, request):
        try:
            csrf_secret = self._get_secret(request)
        except InvalidTokenFormat:
            _add_new_csrf_cookie(request)
        else:
            if csrf_secret is not None:
                # The secret is reused; the cookie is only resent when a page uses it.
                request.META["CSRF_COOKIE"] = csrf_secret

    def process_view(self, request, callback, callback_args, callback_kwargs):
        if getattr(request, "csrf_processing_done", False):
            return None
        if getattr(callback, "csrf_exempt", False):
            return None
        # Safe methods (RFC 9110) are never checked.
        if request.method in ("GET", "HEAD", "OPTIONS", "TRACE"):
            return self._accept(request)
        if getattr(request, "_dont_enforce_csrf_checks", False):
            return self._accept(request)
        if "HTTP_ORIGIN" in request.META:
            if not self._origin_verified(request):
                return self._reject(
                    request, REASON_BAD_ORIGIN % request.META["HTTP_ORIGIN"]
                )
        elif request.is_secure():
            try:
                self._check_referer(request)
            except RejectRequest as exc:
                return self._reject(request, exc.reason)
        try:
            self._check_token(request)
        except RejectRequest as exc:
            return self._reject(request, exc.reason)
        return self._accept(request)

    def process_response(self, request, response):
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            self._set_csrf_cookie(request, response)
            # Only once, even when this runs again (a view decorated with
            # csrf_protect inside the middleware).
            request.META["CSRF_COOKIE_NEEDS_UPDATE"] = False
        return response
