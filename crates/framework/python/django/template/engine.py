"""The Django template engine: loaders, libraries and settings of one backend."""

from django.core.exceptions import ImproperlyConfigured
from django.template.base import Context, Template
from django.template.context import _builtin_context_processors
from django.template.exceptions import TemplateDoesNotExist
from django.template.library import import_library
from django.utils.module_loading import import_string


class Engine:
    default_builtins = [
        "django.template.defaulttags",
        "django.template.defaultfilters",
        "django.template.loader_tags",
    ]

    def __init__(
        self,
        dirs=None,
        app_dirs=False,
        context_processors=None,
        debug=False,
        loaders=None,
        string_if_invalid="",
        file_charset="utf-8",
        libraries=None,
        builtins=None,
        autoescape=True,
    ):
        if dirs is None:
            dirs = []
        if context_processors is None:
            context_processors = []
        if loaders is None:
            loaders = ["django.template.loaders.filesystem.Loader"]
            if app_dirs:
                loaders += ["django.template.loaders.app_directories.Loader"]
            loaders = [("django.template.loaders.cached.Loader", loaders)]
        else:
            if app_dirs:
                raise ImproperlyConfigured(
                    "app_dirs must not be set when loaders is defined."
                )
        if libraries is None:
            libraries = {}
        if builtins is None:
            builtins = []
        self.dirs = dirs
        self.app_dirs = app_dirs
        self.autoescape = autoescape
        self.context_processors = context_processors
        self.debug = debug
        self.loaders = loaders
        self.string_if_invalid = string_if_invalid
        self.file_charset = file_charset
        self.libraries = libraries
        self.template_libraries = self.get_template_libraries(libraries)
        self.builtins = self.default_builtins + builtins
        self.template_builtins = self.get_template_builtins(self.builtins)
        self._template_loaders = None
        self._template_context_processors = None

    def __repr__(self):
        return "<%s:%s app_dirs=%s debug=%s>" % (
            self.__class__.__qualname__,
            self.dirs,
            self.app_dirs,
            self.debug,
        )

    @staticmethod
    def get_default():
        """The engine of the first DjangoTemplates backend in settings.TEMPLATES."""
        from django.template import engines
        from django.template.backends.django import DjangoTemplates

        for engine in engines.all():
            if isinstance(engine, DjangoTemplates):
                return engine.engine
        raise ImproperlyConfigured("No DjangoTemplates backend is configured.")

    @property
    def template_context_processors(self):
        if self._template_context_processors is None:
            context_processors = _builtin_context_processors
            context_processors += tuple(self.context_processors)
            self._template_context_processors = tuple(
                import_string(path) for path in context_processors
            )
        return self._template_context_processors

    def get_template_builtins(self, builtins):
        return [import_library(x) for x in builtins]

    def get_template_libraries(self, libraries):
        loaded = {}
        for name, path in libraries.items():
            loaded[name] = import_library(path)
        return loaded

    @property
    def template_loaders(self):
        if self._template_loaders is None:
            self._template_loaders = self.get_template_loaders(self.loaders)
        return self._template_loaders

    def get_template_loaders(self, template_loaders):
        loaders = []
        for template_loader in template_loaders:
            loader = self.find_template_loader(template_loader)
            if loader is not None:
                loaders.append(loader)
        return loaders

    def find_template_loader(self, loader):
        if isinstance(loader, (tuple, list)):
            loader, *args = loader
        else:
            args = []
        if isinstance(loader, str):
            loader_class = import_string(loader)
            return loader_class(self, *args)
        raise ImproperlyConfigured(
            "Invalid value in template loaders configuration: %r" % loader
        )

    def find_template(self, name, dirs=None, skip=None):
        tried = []
        for loader in self.template_loaders:
            try:
                template = loader.get_template(name, skip=skip)
                return template, template.origin
            except TemplateDoesNotExist as e:
                tried.extend(e.tried)
        raise TemplateDoesNotExist(name, tried=tried)

    def from_string(self, template_code):
        """A compiled Template from a string, using this engine's settings."""
        return Template(template_code, engine=self)

    def get_template(self, template_name):
        """A compiled Template for the given name (TemplateDoesNotExist if none)."""
        template, origin = self.find_template(template_name)
        if not hasattr(template, "render"):
            # template needs to be compiled
            template = Template(template, origin, template_name, engine=self)
        return template

    def render_to_string(self, template_name, context=None):
        if isinstance(template_name, (list, tuple)):
            t = self.select_template(template_name)
        else:
            t = self.get_template(template_name)
        if isinstance(context, Context):
            return t.render(context)
        return t.render(Context(context, autoescape=self.autoescape))

    def select_template(self, template_name_list):
        """The first template of the list that exists."""
        if not template_name_list:
            raise TemplateDoesNotExist("No template names provided")
        not_found = []
        for template_name in template_name_list:
            try:
                return self.get_template(template_name)
            except TemplateDoesNotExist as exc:
                if exc.args[0] not in not_found:
                    not_found.append(exc.args[0])
                continue
        raise TemplateDoesNotExist(", ".join(not_found))
