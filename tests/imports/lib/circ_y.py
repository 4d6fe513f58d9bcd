from lib.circ_x import X
Y = "y"
