import sys
sys.path.insert(0, sys.path[0] + "/lib")
import helper_mod
print(helper_mod.__name__, helper_mod.double(8))
import lib.helper_mod
print(helper_mod is lib.helper_mod, helper_mod.CONSTANT == lib.helper_mod.CONSTANT)
import star_noall
print(star_noall.func())
