from _metal_text import multivalue_get as _multivalue_get
from _metal_text import multivalue_kit as _multivalue_kit
from django.utils._kit import ABSENT, class_reads


class MultiValueDictKeyError(KeyError):
    pass


_MISSING = object()
_dict_get = dict.get
_dict_getitem = dict.__getitem__


class MultiValueDict(dict):
    """A dict whose every key holds a list; d[key] is the list's last value."""

    def __init__(self, key_to_list_mapping=()):
        super().__init__(key_to_list_mapping)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, super().__repr__())

    def __getitem__(self, key):
        try:
            # (dict's own __getitem__ is what super() finds after this class on the
            # MROs of the framework's classes.)
            if type(self) in _DICT_NEXT:
                list_ = _dict_getitem(self, key)
            else:
                list_ = super().__getitem__(key)
        except KeyError:
            raise MultiValueDictKeyError(key)
        try:
            return list_[-1]
        except IndexError:
            return []

    def __setitem__(self, key, value):
        super().__setitem__(key, [value])

    def get(self, key, default=None):
        if type(self) in _DICT_NEXT and MultiValueDict.__getitem__ is _GETITEM:
            # self[key] without its call: the key's list's last value.
            list_ = _dict_get(self, key, _MISSING)
            if list_ is _MISSING:
                return default
            try:
                val = list_[-1]
            except (IndexError, KeyError):
                # ([] from __getitem__, then the default; a KeyError from it: the
                # default.)
                return default
        else:
            try:
                val = self[key]
            except KeyError:
                return default
        if val == []:
            return default
        return val

    # Natively (multivalue.rs) for the first branch above; the Python method (its name
    # is get) for the rest.
    _py_get, get = get, _multivalue_get

    def getlist(self, key, default=None):
        try:
            return list(super().__getitem__(key))
        except KeyError:
            return [] if default is None else default

    def setlist(self, key, list_):
        super().__setitem__(key, list_)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def setlistdefault(self, key, default_list=None):
        if key not in self:
            if default_list is None:
                default_list = []
            self.setlist(key, default_list)
        return super().__getitem__(key)

    def appendlist(self, key, value):
        self.setlistdefault(key).append(value)

    def items(self):
        for key in self:
            yield key, self[key]

    def lists(self):
        return iter(super().items())

    def values(self):
        for key in self:
            yield self[key]

    def copy(self):
        return self.__class__([(k, list(v)) for k, v in self.lists()])

    def update(self, *args, **kwargs):
        if args:
            other = args[0]
            if isinstance(other, MultiValueDict):
                for key, value_list in other.lists():
                    self.setlistdefault(key).extend(value_list)
            else:
                if hasattr(other, "keys"):
                    other = other.items()
                for key, value in other:
                    self.setlistdefault(key).append(value)
        for key, value in kwargs.items():
            self.setlistdefault(key).append(value)

    def dict(self):
        return {key: self[key] for key in self}


_GETITEM = MultiValueDict.__getitem__
# Classes whose MRO goes from MultiValueDict straight to dict (QueryDict is added by
# django.http.request).
_DICT_NEXT = {MultiValueDict}
# What MultiValueDict.get's native method compares by identity: the names its Python
# code reads.
_multivalue_kit((
    MultiValueDict,
    _DICT_NEXT,
    class_reads(MultiValueDict, "__getitem__", "get"),
    tuple((globals(), name, globals()[name]) for name in ("_DICT_NEXT", "_GETITEM",
                                                          "_dict_get", "_MISSING",
                                                          "MultiValueDict")),
    ABSENT,
))


class CaseInsensitiveMapping:
    def __init__(self, data):
        self._store = {k.lower(): (k, v) for k, v in dict(data).items()}

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __len__(self):
        return len(self._store)

    def __contains__(self, key):
        return key.lower() in self._store

    def __iter__(self):
        return (original for original, value in self._store.values())

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def items(self):
        return [(k, v) for k, v in self._store.values()]

    def keys(self):
        return [k for k, v in self._store.values()]

    def __repr__(self):
        return repr({key: value for key, value in self._store.values()})
