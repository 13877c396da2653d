from django.core.exceptions import ImproperlyConfigured
from django.urls.resolvers import RegexPattern, RoutePattern, URLPattern, URLResolver


def include(arg, namespace=None):
    app_name = None
    if isinstance(arg, tuple):
        try:
            urlconf_module, app_name = arg
        except ValueError:
            raise ImproperlyConfigured(
                "Passing a %d-tuple to include() is not supported. Pass a 2-tuple "
                "containing the list of patterns and app_name, and provide the "
                "namespace argument to include() instead." % len(arg))
    else:
        urlconf_module = arg
    if isinstance(urlconf_module, str):
        urlconf_module = __import__(urlconf_module, fromlist=["urlpatterns"])
    app_name = getattr(urlconf_module, "app_name", app_name)
    if namespace and not app_name:
        raise ImproperlyConfigured(
            "Specifying a namespace in include() without providing an app_name "
            "is not supported. Set the app_name attribute in the included "
            "module, or pass a 2-tuple containing the list of patterns and "
            "app_name instead.")
    namespace = namespace or app_name
    return (urlconf_module, app_name, namespace)


def _path(route, view, kwargs=None, name=None, Pattern=None):
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("kwargs argument must be a dict, but got %s." % type(kwargs).__name__)
    if isinstance(view, (list, tuple)):
        pattern = Pattern(route, is_endpoint=False)
        urlconf_module, app_name, namespace = view
        return URLResolver(pattern, urlconf_module, kwargs, app_name=app_name,
                           namespace=namespace)
    if callable(view):
        pattern = Pattern(route, name=name, is_endpoint=True)
        return URLPattern(pattern, view, kwargs, name)
    raise TypeError("view must be a callable or a list/tuple in the case of include().")


def path(route, view, kwargs=None, name=None):
    return _path(route, view, kwargs, name, RoutePattern)


def re_path(route, view, kwargs=None, name=None):
    return _path(route, view, kwargs, name, RegexPattern)
