# django.conf.settings keeps what it has read on itself (Django's LazySettings does);
# setting or deleting a setting afterwards must still be seen by the next read.
from django.conf import settings

settings.configure(DEBUG=False, SECRET_KEY="x", INSTALLED_APPS=[], CUSTOM=1)

print(settings.DEBUG, settings.CUSTOM, "CUSTOM" in settings.__dict__)
settings.CUSTOM = 2
print(settings.CUSTOM, settings.CUSTOM)
settings.DEBUG = True
print(settings.DEBUG)
del settings.CUSTOM
try:
    settings.CUSTOM
except AttributeError as e:
    print("AttributeError")
settings.NEW_ONE = [1]
print(settings.NEW_ONE, hasattr(settings, "MISSING_SETTING"))
print(settings.configured, settings.SECRET_KEY)
