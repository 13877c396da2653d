print("circ_a: start")
import circ_b
print("circ_a: after import circ_b")


def from_a():
    return "from_a calls " + circ_b.from_b()


def leaf_a():
    return "leaf_a"
