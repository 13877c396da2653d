from a3circ_from_b import B_VAL
A_VAL = "a"
