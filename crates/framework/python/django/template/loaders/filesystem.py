"""Templates from files under the engine's DIRS."""

import os

from django.template import Origin, TemplateDoesNotExist

from .base import Loader as BaseLoader


def safe_join(base, *paths):
    """Join paths under base; None when the result would escape base."""
    final_path = os.path.abspath(os.path.join(base, *paths))
    base_path = os.path.abspath(base)
    if not (
        final_path == base_path
        or final_path.startswith(base_path.rstrip(os.sep) + os.sep)
    ):
        return None
    return final_path


class Loader(BaseLoader):
    def __init__(self, engine, dirs=None):
        super().__init__(engine)
        self.dirs = dirs

    def get_dirs(self):
        return self.dirs if self.dirs is not None else self.engine.dirs

    def get_contents(self, origin):
        try:
            with open(origin.name, encoding=self.engine.file_charset) as fp:
                return fp.read()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            raise TemplateDoesNotExist(origin)

    def get_template_sources(self, template_name):
        for template_dir in self.get_dirs():
            name = safe_join(str(template_dir), template_name)
            if name is None:
                # The joined path was outside of this template_dir.
                continue
            yield Origin(
                name=name,
                template_name=template_name,
                loader=self,
            )
