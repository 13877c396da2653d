import builtins
print(type(__builtins__).__name__, __builtins__ is builtins, __builtins__.len([1, 2]))
import json
g = {}
exec("x = 1", g)
print(type(g["__builtins__"]).__name__)
