x = "outer x"
result = [x for x in range(3)]
print(result, x)
y = "outer y"
squares = {y: y * y for y in range(3)}
print(squares, y)
z = "outer z"
total = sum(z for z in range(4))
print(total, z)
try:
    [leaked for leaked in range(2)]
    print(leaked)
except NameError as e:
    print(type(e).__name__, e)
for i in range(3):
    pass
print("for loop var leaks:", i)
