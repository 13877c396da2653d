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
    text, tried = resolver.reverse(viewname, args or (), kwargs or {})
    if text is None:
        module = getattr(viewname, "__module__", None)
        name = getattr(viewname, "__name__", None)
        if module is not None and name is not None:
            shown = "%s.%s" % (module, name)
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
