print("lib.pkg.sub running as", __name__, "in package", __package__)
from .sibling import SIBLING
from ..helper_mod import CONSTANT
from .. import LIB_VALUE
def sub_func():
    return f"sub_func: {SIBLING}, {CONSTANT}, {LIB_VALUE}"
