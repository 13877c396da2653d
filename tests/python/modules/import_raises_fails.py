import sys
sys.path.insert(0, sys.path[0] + "/_support")

print("before import")
import mod_raises_deep
