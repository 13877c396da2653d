import sys
sys.path.insert(0, sys.path[0] + "/_support")

try:
    import circ_x
except ImportError as e:
    print(type(e).__name__)
    print(e)
    print("name:", e.name)
print("circ_x" in sys.modules, "circ_y" in sys.modules)
