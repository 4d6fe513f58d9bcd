print("lib.pkg/__init__ running, __package__ =", __package__)
from .sub import sub_func
from . import sibling
__all__ = ["sub_func", "PKG_CONST"]
PKG_CONST = "pkg constant"
