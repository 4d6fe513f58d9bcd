print("test start, __name__ =", __name__)
import lib.helper_mod
print(lib.helper_mod.CONSTANT, lib.helper_mod.double(4), lib.LIB_VALUE)
import lib.helper_mod as hm
from lib.helper_mod import double, Helper as H, CONSTANT as C
print(hm is lib.helper_mod, double(5), H().hello(), C)
print(hm.__name__, type(hm).__name__, hm._private)
print(sorted(n for n in dir(hm) if not n.startswith("__")))
print(hm.bump(), hm.bump(), lib.helper_mod.counter)
import lib.helper_mod
import sys
print("lib.helper_mod" in sys.modules, sys.modules["lib.helper_mod"] is hm, hm.counter)
from lib import helper_mod
print(helper_mod is hm)
def local_import():
    from lib.helper_mod import CONSTANT
    import lib.helper_mod as inner_alias
    return CONSTANT, inner_alias is hm
print(local_import())
print(hm.__dict__["CONSTANT"], callable(hm.double), hm.Helper.__module__)
try:
    hm.missing_attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    from lib.helper_mod import missing_name
except ImportError as e:
    print("ImportError name:", e.name, type(e).__name__)
import lib.lazy_attrs as la
print(la.present, la.dynamic, dir(la))
try:
    la.other
except AttributeError as e:
    print("AttributeError:", e)
