"""Templates from the `templates` directory of each installed app."""

import os

from .filesystem import Loader as FilesystemLoader


def get_app_template_dirs(dirname):
    from django.conf import settings

    dirs = []
    for app in settings.INSTALLED_APPS:
        try:
            module = __import__(app, fromlist=["__name__"])
        except ImportError:
            if app.startswith("django."):
                # Django's contrib apps are not part of this framework.
                continue
            raise
        path = getattr(module, "__file__", None)
        if not path:
            continue
        candidate = os.path.join(os.path.dirname(path), dirname)
        if os.path.isdir(candidate):
            dirs.append(candidate)
    return tuple(dirs)


class Loader(FilesystemLoader):
    def get_dirs(self):
        return get_app_template_dirs("templates")
