print("start one")
import a3circ_two
ONE = "one"
def use_two():
    return a3circ_two.TWO
print("end one, two has TWO:", hasattr(a3circ_two, "TWO"))
