from lib.circ_y import Y
X = "x"
