# URL resolution, first match wins: a URLResolver holds patterns (URLPattern endpoints
# and nested URLResolvers from include()); RoutePattern is path()'s syntax with
# converters, RegexPattern is re_path()'s regular expression.
import re

from _metal_text import resolve_kit as _resolve_kit
from _metal_text import resolve_memo as _resolve_memo
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.urls.converters import get_converter, register_converter  # noqa: F401
from django.urls.exceptions import Resolver404
from django.utils._kit import ABSENT, class_reads

_PATH_PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<parameter>[^>]+)>")
_WHITESPACE = frozenset(" \t\n\r\x0b\x0c")


def _present(names):
    """The names that are not empty or None, as a new list (Django's
    list(filter(None, names)))."""
    if not names:
        return []
    if len(names) == 1 and type(names) is list:
        # The common one-level case: [None], [''] or [name].
        name = names[0]
        return [name] if name else []
    return list(filter(None, names))


def _func_path(func):
    """A view's dotted path (its class's for a class-based view's function)."""
    if hasattr(func, "view_class"):
        func = func.view_class
    if not hasattr(func, "__name__"):
        return func.__class__.__module__ + "." + func.__class__.__name__
    return func.__module__ + "." + func.__name__


class ResolverMatch:
    def __init__(self, func, args, kwargs, url_name=None, app_names=None, namespaces=None,
                 route=None, tried=None, captured_kwargs=None, extra_kwargs=None):
        self.func = func
        self.args = args
        self.kwargs = kwargs
        self.url_name = url_name
        self.route = route
        self.tried = tried
        self.captured_kwargs = captured_kwargs
        self.extra_kwargs = extra_kwargs
        self.app_names = app_names = _present(app_names)
        self.app_name = ":".join(app_names) if app_names else ""
        self.namespaces = namespaces = _present(namespaces)
        self.namespace = ":".join(namespaces) if namespaces else ""
        self._func_path = func_path = _func_path(func)
        view_path = url_name or func_path
        self.view_name = ":".join([*namespaces, view_path])

    def __getitem__(self, index):
        return (self.func, self.args, self.kwargs)[index]

    def __iter__(self):
        return iter((self.func, self.args, self.kwargs))

    def __repr__(self):
        return (
            "ResolverMatch(func=%s, args=%r, kwargs=%r, url_name=%r, app_names=%r, "
            "namespaces=%r, route=%r%s%s)"
            % (self._func_path, self.args, self.kwargs, self.url_name, self.app_names,
               self.namespaces, self.route,
               ", captured_kwargs=%r" % self.captured_kwargs if self.captured_kwargs else "",
               ", extra_kwargs=%r" % self.extra_kwargs if self.extra_kwargs else "")
        )


_MATCH_INIT = ResolverMatch.__init__


def _plain_match(func, args, url_name, app_name, namespace, route, tried):
    """ResolverMatch(func, args, {}, url_name, [app_name], [namespace], route, tried,
    captured_kwargs={}, extra_kwargs={}) with its __init__'s work done here (for an
    endpoint of one URLconf level that captured nothing and has no default kwargs):
    the same attributes, set in the same order."""
    match = _object_new(ResolverMatch)
    match.func = func
    match.args = args
    match.kwargs = {}
    match.url_name = url_name
    match.route = route
    match.tried = tried
    match.captured_kwargs = {}
    match.extra_kwargs = {}
    match.app_names = app_names = [app_name] if app_name else []
    match.app_name = app_name if app_name else ""
    match.namespaces = namespaces = [namespace] if namespace else []
    match.namespace = namespace if namespace else ""
    match._func_path = func_path = _func_path(func)
    view_path = url_name or func_path
    if type(view_path) is not str:
        # Django's endpoint match (made first, with no namespaces) raises here.
        ":".join((view_path,))
    match.view_name = namespace + ":" + view_path if namespace else view_path
    if app_names and type(app_name) is not str or namespaces and type(namespace) is not str:
        # ":".join would have raised its TypeError.
        return ResolverMatch(func, args, {}, url_name, [app_name], [namespace], route, tried,
                             captured_kwargs={}, extra_kwargs={})
    return match


_object_new = object.__new__


def _route_to_regex(route, is_endpoint):
    parts = ["^"]
    converters = {}
    while True:
        match = _PATH_PARAMETER.search(route)
        if not match:
            parts.append(re.escape(route))
            break
        if not _WHITESPACE.isdisjoint(match.group()):
            raise ImproperlyConfigured(
                "URL route %r cannot contain whitespace in angle brackets <…>." % route)
        parts.append(re.escape(route[:match.start()]))
        route = route[match.end():]
        parameter = match["parameter"]
        if not parameter.isidentifier():
            raise ImproperlyConfigured(
                "URL route %r uses parameter name %r which isn't a valid Python identifier."
                % (route, parameter))
        raw_converter = match["converter"] or "str"
        try:
            converter = get_converter(raw_converter)
        except KeyError:
            raise ImproperlyConfigured(
                "URL route %r uses invalid converter %r." % (route, raw_converter)) from None
        converters[parameter] = converter
        parts.append("(?P<" + parameter + ">" + converter.regex + ")")
    if is_endpoint:
        parts.append(r"\Z")
    return "".join(parts), converters


class RoutePattern:
    def __init__(self, route, name=None, is_endpoint=False):
        self._route = route
        self._is_endpoint = is_endpoint
        self.name = name
        pattern, self.converters = _route_to_regex(str(route), is_endpoint)
        self.regex = re.compile(pattern)
        # A route without converters is matched with string operations (as Django 5.2
        # does): the same answer as its regex ^route or ^route\Z.
        literal = route if type(route) is str and not self.converters else None
        self._prefix, self._whole = (None, literal) if is_endpoint else (literal, None)

    def match(self, path):
        if type(path) is str and (self._prefix is not None or self._whole is not None):
            return _match_literal(self._prefix, self._whole, path)
        match = self.regex.search(path)
        if match:
            kwargs = match.groupdict()
            for key, value in kwargs.items():
                try:
                    kwargs[key] = self.converters[key].to_python(value)
                except ValueError:
                    return None
            return path[match.end():], (), kwargs
        return None

    def reverse(self, kwargs):
        """The route with each parameter filled in, or None when a value does not fit."""
        out = []
        route = self._route
        while True:
            match = _PATH_PARAMETER.search(route)
            if not match:
                out.append(route)
                break
            out.append(route[:match.start()])
            route = route[match.end():]
            name = match["parameter"]
            if not isinstance(kwargs, dict):
                kwargs = dict(zip(self.converters, kwargs))
            if name not in kwargs:
                return None
            converter = self.converters[name]
            try:
                text = converter.to_url(kwargs[name])
            except ValueError:
                return None
            if not re.fullmatch(converter.regex, str(text)):
                return None
            out.append(str(text))
        return "".join(out)

    def arity(self):
        return len(self.converters)

    def __str__(self):
        return str(self._route)


def _match_literal(prefix, whole, path):
    """A pattern's match of literal text: `prefix` at the start of the path (the rest
    is left to match), or the `whole` path."""
    if prefix is not None:
        return (path[len(prefix):], (), {}) if path.startswith(prefix) else None
    return ("", (), {}) if path == whole else None


_REGEX_SPECIAL = frozenset(".^$*+?{}[]\\|()")


def _literal_regex(regex, is_endpoint):
    """(prefix, whole): the literal text a regex of the form ^text matches at the
    start of a path, or (for an endpoint) that ^text$ matches as the whole path."""
    if type(regex) is not str or not regex.startswith("^"):
        return None, None
    body = regex[1:]
    if is_endpoint and body.endswith("$"):
        body = body[:-1]
        if _REGEX_SPECIAL.isdisjoint(body):
            return None, body
        return None, None
    if _REGEX_SPECIAL.isdisjoint(body):
        return body, None
    return None, None


class RegexPattern:
    def __init__(self, regex, name=None, is_endpoint=False):
        self._regex = regex
        self._is_endpoint = is_endpoint
        self.name = name
        self.converters = {}
        try:
            self.regex = re.compile(str(regex))
        except re.error as e:
            raise ImproperlyConfigured(
                '"%s" is not a valid regular expression: %s' % (regex, e)) from e
        self._prefix, self._whole = _literal_regex(regex, is_endpoint)

    def match(self, path):
        if type(path) is str and (self._prefix is not None or self._whole is not None):
            # A regex that is only ^ and literal text (and, for an endpoint, $): the
            # same answer as the regex, without it.
            return _match_literal(self._prefix, self._whole, path)
        if self._is_endpoint and self.regex.pattern.endswith("$"):
            match = self.regex.fullmatch(path)
        else:
            match = self.regex.search(path)
        if match:
            kwargs = match.groupdict()
            args = () if kwargs else match.groups()
            if kwargs:
                kwargs = {k: v for k, v in kwargs.items() if v is not None}
            return path[match.end():], args, kwargs
        return None

    def reverse(self, values):
        """Fill the groups of a simple regex in order; None when it cannot be done."""
        pattern = self._regex
        if pattern.startswith("^"):
            pattern = pattern[1:]
        if pattern.endswith("$") and not pattern.endswith("\\$"):
            pattern = pattern[:-1]
        if pattern.endswith("\\Z"):
            pattern = pattern[:-2]
        out = []
        i = 0
        index = 0
        while i < len(pattern):
            c = pattern[i]
            if c == "\\" and i + 1 < len(pattern):
                out.append(pattern[i + 1])
                i += 2
                continue
            if c == "(":
                depth = 0
                j = i
                while j < len(pattern):
                    if pattern[j] == "\\":
                        j += 2
                        continue
                    if pattern[j] == "(":
                        depth += 1
                    elif pattern[j] == ")":
                        depth -= 1
                        if depth == 0:
                            break
                    j += 1
                group = pattern[i:j + 1]
                named = re.match(r"\(\?P<(\w+)>", group)
                if named:
                    key = named.group(1)
                    body = group[named.end():-1]
                else:
                    key = index
                    body = group[1:-1]
                if isinstance(values, dict):
                    if key not in values:
                        return None
                    value = str(values[key])
                else:
                    if index >= len(values):
                        return None
                    value = str(values[index])
                if not re.fullmatch(body, value):
                    return None
                out.append(value)
                index += 1
                i = j + 1
                continue
            if c in "?*+.[]{}|^$":
                return None
            out.append(c)
            i += 1
        if not isinstance(values, dict) and index != len(values):
            return None
        return "".join(out)

    def arity(self):
        return self.regex.groups

    def __str__(self):
        return str(self._regex)


class URLPattern:
    def __init__(self, pattern, callback, default_args=None, name=None):
        self.pattern = pattern
        self.callback = callback
        self.default_args = default_args or {}
        self.name = name

    def __repr__(self):
        return "<%s %s%s>" % (self.__class__.__name__,
                              "'%s'" % self.pattern if not isinstance(self.pattern, RoutePattern)
                              else "'%s'" % self.pattern,
                              " [name='%s']" % self.name if self.name else "")

    def resolve(self, path):
        match = self.pattern.match(path)
        if match:
            new_path, args, captured_kwargs = match
            kwargs = {**captured_kwargs, **self.default_args}
            return ResolverMatch(self.callback, args, kwargs, self.pattern.name,
                                 route=str(self.pattern), captured_kwargs=captured_kwargs,
                                 extra_kwargs=self.default_args)
        return None


class URLResolver:
    def __init__(self, pattern, urlconf_name, default_kwargs=None, app_name=None,
                 namespace=None):
        self.pattern = pattern
        self.urlconf_name = urlconf_name
        self.default_kwargs = default_kwargs or {}
        self.namespace = namespace
        self.app_name = app_name
        # reverse()'s answers for names given no arguments (django.urls.base).
        self._reversed = {}
        # resolve()'s matches of endpoints by path (see _remember).
        self._resolved = {}

    def __repr__(self):
        if isinstance(self.urlconf_name, list) and self.urlconf_name:
            urlconf_repr = "<%s list>" % self.urlconf_name[0].__class__.__name__
        else:
            urlconf_repr = repr(self.urlconf_name)
        return "<%s %s (%s:%s) %s>" % (self.__class__.__name__, urlconf_repr, self.app_name,
                                      self.namespace, self.pattern)

    # Both are computed once, as Django's cached_property does: a resolver's URLconf is
    # fixed when it is first used.
    @property
    def urlconf_module(self):
        module = self.__dict__.get("_urlconf_module")
        if module is None:
            if isinstance(self.urlconf_name, str):
                module = __import__(self.urlconf_name, fromlist=["urlpatterns"])
            else:
                module = self.urlconf_name
            self._urlconf_module = module
        return module

    @property
    def url_patterns(self):
        patterns = self.__dict__.get("_url_patterns")
        if patterns is not None:
            return patterns
        patterns = getattr(self.urlconf_module, "urlpatterns", self.urlconf_module)
        try:
            iter(patterns)
        except TypeError:
            raise ImproperlyConfigured(
                "The included URLconf '%s' does not appear to have any patterns in it. "
                "If you see the 'urlpatterns' variable with valid patterns in the file "
                "then the issue is probably caused by a circular import." % self.urlconf_name)
        self._url_patterns = patterns
        return patterns

    @staticmethod
    def _join_route(route1, route2):
        if not route1:
            return route2
        if route2.startswith("^"):
            route2 = route2[1:]
        return route1 + route2

    def _endpoint_match(self, pattern, tried, args, kwargs, sub_args, captured):
        """The ResolverMatch of endpoint `pattern` (what URLPattern.resolve would
        build, merged with this resolver's part)."""
        name = pattern.pattern.name
        if name and type(name) is not str:
            # What Django's endpoint match (made first, with no namespaces) raises.
            ":".join((name,))
        sub_match_dict = {**kwargs, **self.default_kwargs}
        sub_match_dict.update(captured)
        sub_match_dict.update(pattern.default_args)
        return ResolverMatch(
            pattern.callback,
            sub_args if sub_match_dict else args + sub_args,
            sub_match_dict, pattern.pattern.name, [self.app_name],
            [self.namespace], str(pattern.pattern), tried,
            captured_kwargs=captured,
            extra_kwargs={**self.default_kwargs, **pattern.default_args},
        )

    def _remember(self, path, patterns, i, match, leaf):
        """Keep that `path` matched endpoint `patterns[i]`, when the answer is a
        function of the path alone: this resolver's pattern and those of
        `patterns[:i + 1]` are the framework's own, all endpoints, and what they
        capture is made by the built-in converters (or is a regex's text). The entry
        is used only while this resolver has the same pattern and `patterns` is still
        its list with the same first `i + 1` patterns (first match wins: later ones
        never count)."""
        for pattern in patterns[:i + 1]:
            if type(pattern) is not URLPattern or not _pure_pattern(pattern.pattern):
                return
        if not _pure_pattern(self.pattern):
            return
        if len(self._resolved) >= 512:
            self._resolved.clear()
        self._resolved[path] = (self.pattern, patterns, tuple(patterns[:i + 1]), match, leaf)

    def resolve(self, path):
        path = str(path)
        memo = self._resolved.get(path)
        # (A patched ResolverMatch.__init__ sees the matches Django makes: the
        # endpoint's own, then this level's from it, through the loop's general path.)
        plain = ResolverMatch.__init__ is _MATCH_INIT
        if memo is not None and plain:
            own, patterns, prefix, match, leaf = memo
            if (
                own is self.pattern
                and patterns is self.__dict__.get("_url_patterns")
                and len(patterns) >= len(prefix)
            ):
                for i, pattern in enumerate(prefix):
                    if patterns[i] is not pattern:
                        break
                else:
                    _, args, kwargs = match
                    pattern = prefix[-1]
                    if (
                        not kwargs
                        and not leaf[2]
                        and not self.default_kwargs
                        and not pattern.default_args
                    ):
                        return _plain_match(
                            pattern.callback, args + leaf[1], pattern.pattern.name,
                            self.app_name, self.namespace, str(pattern.pattern),
                            [[p] for p in prefix])
                    return self._endpoint_match(
                        pattern, [[p] for p in prefix], args, kwargs, leaf[1], dict(leaf[2]))
        tried = []
        match = self.pattern.match(path)
        if match:
            new_path, args, kwargs = match
            patterns = self.url_patterns
            for pattern in patterns:
                if type(pattern) is URLPattern and plain:
                    leaf = pattern.pattern.match(new_path)
                    if not leaf:
                        tried.append([pattern])
                        continue
                    _, sub_args, captured = leaf
                    # As Django, the patterns tried include the one that matched.
                    tried.append([pattern])
                    self._remember(path, patterns, len(tried) - 1, match, leaf)
                    return self._endpoint_match(pattern, tried, args, kwargs, sub_args,
                                                dict(captured))
                try:
                    sub_match = pattern.resolve(new_path)
                except Resolver404 as e:
                    sub_tried = e.args[0].get("tried")
                    if sub_tried is not None:
                        tried.extend([pattern] + t for t in sub_tried)
                    else:
                        tried.append([pattern])
                else:
                    if sub_match:
                        if sub_match.tried is None:
                            tried.append([pattern])
                        else:
                            tried.extend([pattern] + t for t in sub_match.tried)
                        sub_match_dict = {**kwargs, **self.default_kwargs}
                        sub_match_dict.update(sub_match.kwargs)
                        sub_match_args = sub_match.args
                        if not sub_match_dict:
                            sub_match_args = args + sub_match.args
                        current_route = ("" if isinstance(pattern, URLPattern)
                                         else str(pattern.pattern))
                        return ResolverMatch(
                            sub_match.func, sub_match_args, sub_match_dict,
                            sub_match.url_name, [self.app_name] + sub_match.app_names,
                            [self.namespace] + sub_match.namespaces,
                            self._join_route(current_route, sub_match.route), tried,
                            captured_kwargs=sub_match.captured_kwargs,
                            extra_kwargs={**self.default_kwargs, **sub_match.extra_kwargs},
                        )
                    tried.append([pattern])
            raise Resolver404({"tried": tried, "path": new_path})
        raise Resolver404({"path": path})

    # Natively (url_resolve.rs) for a path the memo answers with a plain match; this
    # method (its name is resolve) for the rest.
    _py_resolve, resolve = resolve, _resolve_memo

    def _candidates(self, prefix, namespaces):
        """(url text so far, namespace path, URLPattern) for every endpoint below."""
        for pattern in self.url_patterns:
            if isinstance(pattern, URLPattern):
                yield prefix, namespaces, pattern
            else:
                ns = namespaces + ([pattern.namespace] if pattern.namespace else [])
                yield from pattern._candidates(prefix + [pattern], ns)

    def _namespaces(self):
        """(app_dict, namespace_dict) of this level, as Django's resolver keeps them:
        the namespaced resolvers below it (through includes without a namespace) by
        instance namespace, the first defined winning, and each application
        namespace's instance namespaces, the last defined first."""
        found = self.__dict__.get("_namespace_levels")
        if found is None:
            app_dict, namespace_dict = {}, {}
            for pattern in reversed(self.url_patterns):
                if isinstance(pattern, URLPattern):
                    continue
                if pattern.namespace:
                    namespace_dict[pattern.namespace] = pattern
                    if pattern.app_name:
                        app_dict.setdefault(pattern.app_name, []).append(pattern.namespace)
                else:
                    sub_apps, sub_namespaces = pattern._namespaces()
                    namespace_dict.update(sub_namespaces)
                    for app_name, names in sub_apps.items():
                        app_dict.setdefault(app_name, []).extend(names)
            found = self._namespace_levels = (app_dict, namespace_dict)
        return found

    def reverse(self, lookup, args, kwargs):
        """(url text, patterns tried): the text is None when nothing fits.

        Like Django, candidates are tried from the last defined to the first, and
        the patterns tried are the full regexes of every endpoint with the name."""
        if ":" in lookup if isinstance(lookup, str) else False:
            *want_ns, name = lookup.split(":")
        else:
            want_ns, name = [], lookup
        tried = []
        found = None
        try:
            entries = self._reverse_index().get(name, ())
        except TypeError:
            entries = ()  # an unhashable lookup names nothing
        for namespaces, chain, text in entries:
            if namespaces != want_ns:
                continue
            tried.append(text)
            if found is not None:
                continue
            parts = []
            ok = True
            rest = list(args)
            for p in chain:
                if kwargs:
                    values = kwargs
                else:
                    # Positional arguments fill each pattern's parameters in order.
                    count = p.pattern.arity()
                    values, rest = rest[:count], rest[count:]
                text = p.pattern.reverse(values)
                if text is None:
                    ok = False
                    break
                parts.append(text)
            if ok and not rest:
                found = "".join(parts)
        return found, tried

    def _reverse_index(self):
        """Name (and view callable) → the endpoints reached by it, last defined first:
        (namespace path, the patterns from here to the endpoint, their joined regex
        text). Built on first use, as Django's reverse_dict is."""
        index = self.__dict__.get("_reverse_by_name")
        if index is None:
            index = {}
            for prefix, namespaces, endpoint in reversed(list(self._candidates([], []))):
                chain = prefix + [endpoint]
                entry = (namespaces, chain, "".join(_pattern_text(p.pattern) for p in chain))
                if endpoint.name is not None:
                    index.setdefault(endpoint.name, []).append(entry)
                try:
                    index.setdefault(endpoint.callback, []).append(entry)
                except TypeError:
                    pass  # an unhashable view is found by name only
            self._reverse_by_name = index
        return index


_BUILTIN_CONVERTERS = None


def _pure_pattern(pattern):
    """The framework's RoutePattern or RegexPattern, whose matches depend on the path
    alone: a route's converters are the built-in ones (a registered converter's
    to_python runs at every match, as in Django)."""
    global _BUILTIN_CONVERTERS
    if type(pattern) is RegexPattern:
        return True
    if type(pattern) is not RoutePattern:
        return False
    if _BUILTIN_CONVERTERS is None:
        from django.urls import converters

        _BUILTIN_CONVERTERS = (converters.IntConverter, converters.StringConverter,
                               converters.UUIDConverter, converters.SlugConverter,
                               converters.PathConverter)
    for converter in pattern.converters.values():
        if type(converter) not in _BUILTIN_CONVERTERS:
            return False
    return True


def _pattern_text(pattern):
    text = pattern.regex.pattern
    return text[1:] if text.startswith("^") else text


_resolvers = {}


def get_resolver(urlconf=None):
    if urlconf is None:
        urlconf = settings.ROOT_URLCONF
    resolver = _resolvers.get(urlconf)
    if resolver is None:
        resolver = URLResolver(RegexPattern(r"^/"), urlconf)
        _resolvers[urlconf] = resolver
    return resolver


# What URLResolver.resolve's native method compares by identity: the classes whose
# attributes it reads and writes, and the globals the Python code it skips reads.
_resolve_kit((
    URLResolver,
    URLPattern,
    ResolverMatch,
    class_reads(URLResolver, "resolve", "pattern", "_resolved", "default_kwargs", "app_name",
                "namespace", "_url_patterns")
    + class_reads(URLPattern, "callback", "pattern", "default_args")
    + class_reads(ResolverMatch, "__init__", "func", "args", "kwargs", "url_name", "route",
                  "tried", "captured_kwargs", "extra_kwargs", "app_names", "app_name",
                  "namespaces", "namespace", "_func_path", "view_name"),
    tuple((globals(), name, globals()[name]) for name in ("_plain_match", "_MATCH_INIT",
                                                          "ResolverMatch", "_object_new",
                                                          "_func_path")),
    ABSENT,
    _func_path,
))
