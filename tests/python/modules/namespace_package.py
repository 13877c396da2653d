import sys
sys.path.insert(0, sys.path[0] + "/_support")

import ns_pkg.nsmod
print(ns_pkg.nsmod.where, ns_pkg.__name__, getattr(ns_pkg, "__file__", None))
from ns_pkg import nsmod
print(nsmod is ns_pkg.nsmod, nsmod.__package__)
