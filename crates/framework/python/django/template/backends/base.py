from django.core.exceptions import ImproperlyConfigured


class BaseEngine:
    def __init__(self, params):
        """Initialize the template engine from one entry of settings.TEMPLATES."""
        params = params.copy()
        self.name = params.pop("NAME")
        self.dirs = list(params.pop("DIRS"))
        self.app_dirs = params.pop("APP_DIRS")
        if params:
            raise ImproperlyConfigured(
                "Unknown parameters: {}".format(", ".join(params))
            )

    def check(self, **kwargs):
        return []

    @property
    def app_dirname(self):
        raise ImproperlyConfigured(
            "{} doesn't support loading templates from installed "
            "applications.".format(self.__class__.__name__)
        )

    def from_string(self, template_code):
        raise NotImplementedError(
            "subclasses of BaseEngine should provide a from_string() method"
        )

    def get_template(self, template_name):
        raise NotImplementedError(
            "subclasses of BaseEngine must provide a get_template() method"
        )

    @property
    def template_dirs(self):
        template_dirs = tuple(self.dirs)
        if self.app_dirs:
            from django.template.loaders.app_directories import get_app_template_dirs

            template_dirs += get_app_template_dirs(self.app_dirname)
        return template_dirs
