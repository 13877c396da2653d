import sys
sys.path.insert(0, sys.path[0] + "/_support")

import pkg_a
print(pkg_a.VERSION, pkg_a.__name__, pkg_a.__package__, pkg_a.__doc__)
print(hasattr(pkg_a, "sub"), pkg_a.__file__.endswith("__init__.py"), type(pkg_a.__path__).__name__)
import pkg_a.sub
print(hasattr(pkg_a, "sub"), pkg_a.sub.f(), pkg_a.sub.__name__, pkg_a.sub.__package__)
from pkg_a import sub
print(sub is pkg_a.sub, sys.modules["pkg_a.sub"] is sub)
from pkg_a.sub import f
print(f(), f.__module__)
print(sorted(name for name in sys.modules if name.startswith("pkg_a")))
