import importlib
import sys

m = importlib.import_module("lib.helper_mod")
print(m.__name__, "lib.helper_mod" in sys.modules, m is sys.modules["lib.helper_mod"])
again = importlib.import_module("lib.helper_mod")
print(again is m)
sub = importlib.import_module(".sub", "lib.pkg")
print(sub.__name__, sub.__package__)
try:
    importlib.import_module("no_such_module_xyz")
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    importlib.import_module(".sub")
except TypeError as e:
    print("TypeError:", e)
