"""settings.TEMPLATES -> the configured template engines (`engines`)."""

from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string


class InvalidTemplateEngineError(ImproperlyConfigured):
    pass


class EngineHandler:
    def __init__(self, templates=None):
        self._templates = templates
        self._engines = {}
        self._configured = None

    @property
    def templates(self):
        if self._configured is not None:
            return self._configured
        if self._templates is None:
            from django.conf import settings

            self._templates = settings.TEMPLATES
        templates = {}
        backend_names = []
        for tpl in self._templates:
            try:
                # A backend's default name is its module's parent package name:
                # 'django.template.backends.django.DjangoTemplates' -> 'django'.
                default_name = tpl["BACKEND"].rsplit(".", 2)[-2]
            except Exception:
                invalid_backend = tpl.get("BACKEND", "<not defined>")
                raise ImproperlyConfigured(
                    "Invalid BACKEND for a template engine: {}. Check "
                    "your TEMPLATES setting.".format(invalid_backend)
                )
            tpl = {
                "NAME": default_name,
                "DIRS": [],
                "APP_DIRS": False,
                "OPTIONS": {},
                **tpl,
            }
            templates[tpl["NAME"]] = tpl
            backend_names.append(tpl["NAME"])
        counts = {}
        for name in backend_names:
            counts[name] = counts.get(name, 0) + 1
        duplicates = [alias for alias, count in counts.items() if count > 1]
        if duplicates:
            raise ImproperlyConfigured(
                "Template engine aliases aren't unique, duplicates: {}. "
                "Set a unique NAME for each engine in settings.TEMPLATES.".format(
                    ", ".join(duplicates)
                )
            )
        self._configured = templates
        return templates

    def __getitem__(self, alias):
        try:
            return self._engines[alias]
        except KeyError:
            try:
                params = self.templates[alias]
            except KeyError:
                raise InvalidTemplateEngineError(
                    "Could not find config for '{}' "
                    "in settings.TEMPLATES".format(alias)
                )
            params = params.copy()
            backend = params.pop("BACKEND")
            engine_cls = import_string(backend)
            engine = engine_cls(params)
            self._engines[alias] = engine
            return engine

    def __iter__(self):
        return iter(self.templates)

    def all(self):
        # The configured aliases and their engines do not change once made.
        engines = self.__dict__.get("_all")
        if engines is None:
            engines = self._all = [self[alias] for alias in self]
        return list(engines)
