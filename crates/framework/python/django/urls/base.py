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
            url = resolver._reversed[key] = _reverse(resolver, viewname, (), {})
    else:
        url = _reverse(resolver, viewname, args or (), kwargs or {})
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


def _reverse(resolver, viewname, args, kwargs):
    """The path for viewname with args/kwargs (NoReverseMatch when none fits)."""
    text, tried = resolver.reverse(viewname, args, kwargs)
    if text is None:
        module = getattr(viewname, "__module__", None)
        name = getattr(viewname, "__name__", None)
        if module is not None and name is not None:
            shown = "%s.%s" % (module, name)
        elif isinstance(viewname, str):
            # 'ns:inner:view': each namespace must exist; the messages name the view.
            *path, shown = viewname.split(":")
            known = set()
            for entries in resolver._reverse_index().values():
                for namespaces, _chain, _text in entries:
                    for i in range(1, len(namespaces) + 1):
                        known.add(tuple(namespaces[:i]))
            for i, ns in enumerate(path):
                if tuple(path[:i + 1]) not in known:
                    if i:
                        raise NoReverseMatch("%r is not a registered namespace inside '%s'"
                                             % (ns, ":".join(path[:i])))
                    raise NoReverseMatch("%r is not a registered namespace" % ns)
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
