import sys
sys.path.insert(0, sys.path[0] + "/_support")

from mod_simple import x, z
