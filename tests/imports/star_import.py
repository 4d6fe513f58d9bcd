from lib.star_mod import *
print(public_a, public_b)
for name in ["not_in_all", "_underscore"]:
    print(name, name in globals())
from lib.star_noall import *
print(visible, func(), "_hidden" in globals())
import lib.star_mod as sm
print(sm.__all__, sm.not_in_all, sm._underscore)
