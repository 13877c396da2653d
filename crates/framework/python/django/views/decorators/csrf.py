"""csrf_exempt and friends: per-view control of CSRF protection."""

from functools import update_wrapper


def csrf_exempt(view_func):
    """The view is not checked by CsrfViewMiddleware."""

    def wrapper_view(request, *args, **kwargs):
        return view_func(request, *args, **kwargs)

    wrapper_view = update_wrapper(wrapper_view, view_func)
    wrapper_view.csrf_exempt = True
    return wrapper_view


def _with_middleware(view_func, configure):
    from django.middleware.csrf import CsrfViewMiddleware

    def wrapper_view(request, *args, **kwargs):
        middleware = CsrfViewMiddleware(lambda req: None)
        configure(middleware)
        result = middleware.process_request(request)
        if result is not None:
            return result
        result = middleware.process_view(request, view_func, args, kwargs)
        if result is not None:
            return result
        response = view_func(request, *args, **kwargs)
        return middleware.process_response(request, response)

    return update_wrapper(wrapper_view, view_func)


def csrf_protect(view_func):
    """Check this view as CsrfViewMiddleware would, even without the middleware."""
    return _with_middleware(view_func, lambda m: None)


def requires_csrf_token(view_func):
    """Make the token available to the view's templates, without rejecting."""

    def configure(middleware):
        middleware._reject = lambda request, reason: None

    return _with_middleware(view_func, configure)


def ensure_csrf_cookie(view_func):
    """Always send the CSRF cookie with this view's response."""

    def configure(middleware):
        middleware._reject = lambda request, reason: None
        process_view = middleware.process_view

        def process_view_and_token(request, callback, callback_args, callback_kwargs):
            from django.middleware.csrf import get_token

            get_token(request)
            return process_view(request, callback, callback_args, callback_kwargs)

        middleware.process_view = process_view_and_token

    return _with_middleware(view_func, configure)
