print("circ_b: start")
import circ_a
print("circ_b: circ_a is partially initialised, has from_a:", hasattr(circ_a, "from_a"))


def from_b():
    return "from_b uses " + circ_a.leaf_a()


print("circ_b: end")
