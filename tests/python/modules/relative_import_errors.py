import sys
sys.path.insert(0, sys.path[0] + "/_support")

try:
    import pkg_rel.beyond
except ImportError as e:
    print("beyond ->", type(e).__name__, e)
try:
    import pkg_rel.missing_sibling
except ImportError as e:
    print("missing_sibling ->", type(e).__name__, e, "| name:", e.name)
try:
    from pkg_rel import missing_name
except ImportError as e:
    print("missing_name ->", type(e).__name__, e, "| name:", e.name)
import pkg_rel.helper
print(pkg_rel.helper.real, "pkg_rel.missing_name" in sys.modules)
