import sys
sys.path.insert(0, sys.path[0] + "/_support")

import pkg_lazy
try:
    pkg_lazy.sub
except AttributeError as e:
    print(type(e).__name__, e)
from pkg_lazy import sub
print(sub.name, pkg_lazy.sub is sub)
del pkg_lazy.sub
print(hasattr(pkg_lazy, "sub"), "pkg_lazy.sub" in sys.modules)
