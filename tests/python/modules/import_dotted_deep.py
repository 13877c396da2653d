import sys
sys.path.insert(0, sys.path[0] + "/_support")

import pkg_a.deep.leaf
print(pkg_a.deep.leaf.value, pkg_a.deep.leaf.__name__, pkg_a.deep.__name__)
print(pkg_a.deep.leaf.parent_f(), "leaf" in dir(pkg_a.deep), "deep" in dir(pkg_a))
import pkg_a.deep.leaf as leaf
print(leaf is pkg_a.deep.leaf, leaf.__package__)
from pkg_a.deep import leaf as leaf2
print(leaf2 is leaf)
print("pkg_a" in dir(), "deep" in dir())
