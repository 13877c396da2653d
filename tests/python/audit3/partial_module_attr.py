import sys
sys.path.insert(0, sys.path[0] + "/_support")
import a3partial_a
print(a3partial_a.ONE)
