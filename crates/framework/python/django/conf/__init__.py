# django.conf.settings: the project's settings over the defaults, configured either by
# settings.configure(**options) or from a settings module (metal serve names it).
from django.conf import global_settings
from django.core.exceptions import ImproperlyConfigured


class LazySettings:
    def __init__(self):
        self.__dict__["_wrapped"] = None

    def _setup(self, name=None):
        if self._wrapped is not None:
            return
        if name is None:
            import os

            name = os.environ.get("DJANGO_SETTINGS_MODULE")
        if not name:
            raise ImproperlyConfigured(
                "Requested %s, but settings are not configured. You must either define "
                "the environment variable DJANGO_SETTINGS_MODULE or call "
                "settings.configure() before accessing settings."
                % ("setting %s" % self.__dict__.get("_requested", "settings")
                   if "_requested" in self.__dict__ else "settings")
            )
        module = __import__(name)
        for part in name.split(".")[1:]:
            module = getattr(module, part)
        values = {}
        for key in dir(module):
            if key.isupper():
                values[key] = getattr(module, key)
        values["SETTINGS_MODULE"] = name
        self._wrap(values)

    def _wrap(self, values):
        holder = _Settings()
        for key in dir(global_settings):
            if key.isupper():
                setattr(holder, key, getattr(global_settings, key))
        for key, value in values.items():
            if not key.isupper():
                raise TypeError("Setting %r must be uppercase." % key)
            setattr(holder, key, value)
        self.__dict__["_wrapped"] = holder

    def configure(self, default_settings=global_settings, **options):
        if self._wrapped is not None:
            raise RuntimeError("Settings already configured.")
        self._wrap(options)

    @property
    def configured(self):
        return self._wrapped is not None

    def __getattr__(self, name):
        if self._wrapped is None:
            self.__dict__["_requested"] = name
            self._setup()
        value = getattr(self._wrapped, name)
        if name in ("STATIC_URL", "MEDIA_URL") and value is not None:
            # A relative URL is under the script prefix ("static/" -> "/static/").
            value = _add_script_prefix(value)
        # Kept on the instance, as Django does: the next read finds it without this
        # hook; setting or deleting the setting drops it.
        self.__dict__[name] = value
        return value

    def __setattr__(self, name, value):
        if self._wrapped is None:
            self._setup()
        setattr(self._wrapped, name, value)
        self.__dict__.pop(name, None)

    def __delattr__(self, name):
        if self._wrapped is None:
            self._setup()
        delattr(self._wrapped, name)
        self.__dict__.pop(name, None)


class _Settings:
    SETTINGS_MODULE = None


settings = LazySettings()


def _add_script_prefix(value):
    """Prefix a relative STATIC_URL/MEDIA_URL with the script prefix ("/")."""
    if value.startswith(("http://", "https://", "/")):
        return value
    return "/" + value
