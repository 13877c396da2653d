from urllib.parse import quote

from django.urls.exceptions import NoReverseMatch
from django.urls.resolvers import get_resolver


def resolve(path, urlconf=None):
    return get_resolver(urlconf).resolve(path)


def reverse(viewname, urlconf=None, args=None, kwargs=None, current_app=None, *,
            query=None, fragment=None):
    if args and kwargs:
        raise ValueError("Don't mix *args and **kwargs in call to reverse()!")
    resolver = get_resolver(urlconf)
    if not args and not kwargs and isinstance(viewname, str):
        # A name without arguments always gives the same URL for a resolver (whose
        # patterns are fixed once read): remembered per resolver, and per current_app
        # (which can choose among a namespace's instances).
        key = (viewname, current_app)
        url = resolver._reversed.get(key)
        if url is None:
            url = resolver._reversed[key] = _reverse(resolver, viewname, (), {}, current_app)
    else:
        url = _reverse(resolver, viewname, args or (), kwargs or {}, current_app)
    if query:
        from django.http import QueryDict

        if isinstance(query, QueryDict):
            url += "?" + query.urlencode()
        else:
            from urllib.parse import urlencode
            url += "?" + urlencode(query, doseq=True)
    if fragment is not None:
        url += "#" + fragment
    return url


def _instance_path(resolver, path, current_app):
    """The instance namespaces that a name's 'a:b:' path means, as Django walks it: at
    each level an application namespace becomes the instance of it that current_app
    names, else the instance of the same name, else the last one defined; then the
    namespace must exist at that level (NoReverseMatch otherwise)."""
    current_path = current_app.split(":")[::-1] if current_app else None
    resolved = []
    for ns in path:
        current_ns = current_path.pop() if current_path else None
        app_dict, namespace_dict = resolver._namespaces()
        app_list = app_dict.get(ns)
        if app_list is not None:
            if current_ns and current_ns in app_list:
                ns = current_ns
            elif ns not in app_list:
                ns = app_list[0]
        if ns != current_ns:
            current_path = None
        sub = namespace_dict.get(ns)
        if sub is None:
            if resolved:
                raise NoReverseMatch("%r is not a registered namespace inside '%s'"
                                     % (ns, ":".join(resolved)))
            raise NoReverseMatch("%r is not a registered namespace" % ns)
        resolved.append(ns)
        resolver = sub
    return resolved


def _reverse(resolver, viewname, args, kwargs, current_app=None):
    """The path for viewname with args/kwargs (NoReverseMatch when none fits)."""
    if isinstance(viewname, str) and ":" in viewname:
        *path, view = viewname.split(":")
        viewname = ":".join(_instance_path(resolver, path, current_app) + [view])
    text, tried = resolver.reverse(viewname, args, kwargs)
    if text is None:
        module = getattr(viewname, "__module__", None)
        name = getattr(viewname, "__name__", None)
        if module is not None and name is not None:
            shown = "%s.%s" % (module, name)
        elif isinstance(viewname, str):
            # The messages name the view without its namespaces.
            shown = viewname.split(":")[-1]
        else:
            shown = viewname
        if tried:
            if args:
                arg_msg = "arguments '%s'" % (tuple(args),)
            elif kwargs:
                arg_msg = "keyword arguments '%s'" % kwargs
            else:
                arg_msg = "no arguments"
            raise NoReverseMatch(
                "Reverse for '%s' with %s not found. %d pattern(s) tried: %s"
                % (shown, arg_msg, len(tried), tried))
        raise NoReverseMatch(
            "Reverse for '%s' not found. '%s' is not a valid view function or pattern name."
            % (shown, shown))
    url = "/" + quote(text, safe="/~:@!$&'()*+,;=")
    if url.startswith("//"):
        url = "/%2F" + url[2:]
    return url
