print("circ_y: start")
from circ_x import x_value
y_value = "y"
