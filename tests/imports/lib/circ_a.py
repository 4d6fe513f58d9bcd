print("circ_a start")
A_EARLY = "a-early"
from lib import circ_b
A_LATE = "a-late"
def a_func():
    return "a_func sees " + circ_b.B_VALUE
print("circ_a end")
