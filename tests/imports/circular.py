import lib.circ_a
print(lib.circ_a.a_func(), lib.circ_b.B_VALUE)
import lib.circ_b
print(lib.circ_b.circ_a is lib.circ_a)
try:
    import lib.circ_x
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], "| name:", e.name)
