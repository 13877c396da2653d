print("pkg_a.deep.leaf: executing")
value = 42
from ..sub import f as parent_f
