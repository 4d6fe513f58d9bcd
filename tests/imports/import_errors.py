try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    from no_such_pkg_abc.sub import thing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    import lib.no_such_sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    import lib.helper_mod.not_a_package
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import lib.broken_mod
except ValueError as e:
    print("ValueError during import:", e)
import sys
print("lib.broken_mod" in sys.modules)
try:
    import lib.broken_mod
except ValueError as e:
    print("second attempt re-executes:", e)
from lib.nothing_here import x
