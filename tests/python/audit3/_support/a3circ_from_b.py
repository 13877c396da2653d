from a3circ_from_a import A_VAL
B_VAL = "b"
