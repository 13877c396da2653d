import sys
sys.path.insert(0, sys.path[0] + "/_support")

import mod_getattr
print(mod_getattr.real, mod_getattr.dyn_hello, getattr(mod_getattr, "dyn_x"))
try:
    mod_getattr.other
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(mod_getattr, "other"), hasattr(mod_getattr, "dyn_y"), dir(mod_getattr))
from mod_getattr import dyn_imported
print(dyn_imported)
try:
    from mod_getattr import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
