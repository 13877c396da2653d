import sys
sys.path.insert(0, sys.path[0] + "/_support")

import circ_a
print("main: circ_a imported")
print(circ_a.from_a())
print(circ_a.circ_b.from_b(), sys.modules["circ_b"] is circ_a.circ_b)
