VERSION = (5, 2, 0, "final", 0)
__version__ = "5.2"


def get_version():
    return __version__


def setup(set_prefix=True):
    """Configure the framework: settings must be ready (no app registry yet)."""
    from django.conf import settings

    settings.DEBUG
