import sys
sys.path.insert(0, sys.path[0] + "/_support")

import mod_simple
import mod_does_not_exist
