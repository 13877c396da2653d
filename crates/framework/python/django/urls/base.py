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
    text = resolver.reverse(viewname, args or (), kwargs or {})
    if text is None:
        if isinstance(viewname, str):
            shown = viewname
        else:
            shown = getattr(viewname, "__name__", repr(viewname))
        if args or kwargs:
            raise NoReverseMatch(
                "Reverse for '%s' with %s '%s' not found." % (
                    shown, "arguments" if args else "keyword arguments",
                    tuple(args) if args else kwargs))
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
