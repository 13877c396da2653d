import sys
sys.path.insert(0, sys.path[0] + "/_support")

import mod_private
import pkg_a.sub

print(mod_private.__name__, mod_private.__file__.endswith("mod_private.py"), mod_private.__doc__)
print(mod_private.__package__ == "", pkg_a.sub.__package__, pkg_a.__package__)
print(sorted(k for k in vars(mod_private) if not k.startswith("__")))
print(sorted(k for k in dir(mod_private) if not k.startswith("__")))
print(mod_private.__dict__ is vars(mod_private), "__builtins__" in mod_private.__dict__)
print(repr(mod_private).startswith("<module 'mod_private' from "), repr(sys))
print(mod_private.__dict__["__dunder"])
mod_private.added = "added from outside"
print(mod_private.added, "added" in vars(mod_private))
del mod_private.visible
try:
    mod_private.visible
except AttributeError as e:
    print(type(e).__name__, e)
print(__name__, sorted(k for k in globals() if not k.startswith("__")))
print(type(sys).__name__, isinstance(mod_private, type(sys)))
print(mod_private.__spec__.name, pkg_a.sub.__spec__.name, pkg_a.sub.__spec__.parent)
