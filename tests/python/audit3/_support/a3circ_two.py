print("start two")
import a3circ_one
print("two sees one partially; ONE defined:", hasattr(a3circ_one, "ONE"))
TWO = "two"
print("end two")
