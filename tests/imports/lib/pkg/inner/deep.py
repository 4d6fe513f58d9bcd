from ...helper_mod import double
from ..sibling import SIBLING
NAME = __name__
def deep_func():
    return double(21), SIBLING
