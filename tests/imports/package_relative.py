import lib.pkg
print(lib.pkg.sub_func())
print(lib.pkg.PKG_CONST, lib.pkg.sub.__name__, lib.pkg.sub.__package__, lib.pkg.__package__)
from lib.pkg import sub_func, sibling
print(sub_func is lib.pkg.sub.sub_func, sibling.SIBLING)
from lib.pkg.inner.deep import deep_func, NAME
print(deep_func(), NAME)
import lib.pkg.inner.deep as deep
print(deep.__name__, deep.__package__)
import lib.pkg.inner
print(hasattr(lib.pkg.inner, "deep"), lib.pkg.inner.deep is deep)
from lib.pkg import *
print(PKG_CONST)
import sys
print(sorted(k for k in sys.modules if k.startswith("lib")))
