print("init a3pkg.sub", __name__, __package__)
from .. import PKG_CONST as parent_const
from ..helper import helper_fn
