print("circ_x: start")
from circ_y import y_value
x_value = "x"
