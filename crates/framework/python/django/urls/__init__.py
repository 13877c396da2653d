from django.urls.base import resolve, reverse
from django.urls.conf import include, path, re_path
from django.urls.exceptions import NoReverseMatch, Resolver404
from django.urls.resolvers import (
    ResolverMatch,
    URLPattern,
    URLResolver,
    get_resolver,
    register_converter,
)
