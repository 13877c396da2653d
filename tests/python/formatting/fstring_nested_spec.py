x = 3.14159
w = 10
p = 3
fill = "*"
align = "^"
print(f"[{x:{w}}]")
print(f"[{x:{w}.{p}f}]")
print(f"[{x:{fill}{align}{w}.{p}}]")
print(f"[{'abc':{fill}>{w}}]")
for width in range(1, 6):
    print(f"[{'x':>{width}}]")
spec = ".1%"
print(f"{0.256:{spec}}")
print(f"{12345:{','}}", f"{12345:{'_'}x}")
