name = "metal"
n = 42
x = 3.14159
items = [1, 2]
d = {"k": "v"}
print(f"hello {name}!")
print(f"{n} {n + 1} {n * 2} {x} {items} {d['k']} {items[0]}")
print(f"{{literal braces}} {{{n}}}")
print(f"{name!r} {name!s} {'héllo'!a} {items!r}")
print(f"{'nested ' + name.upper()}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|")
print(f"{name:10}|{name:>10}|{name:^10}|{name:*^11}|")
print(f"{x:.2f} {x:10.3f} {x:<10.1f}| {x:e} {x:.0f}")
print(F"upper F prefix {n}", rf"raw \n {n}", fr"also raw \t")
print(f"{n if n > 40 else 0}", f"{(lambda: 5)()}", f"{[i * i for i in range(4)]}")
print(f"""triple {name}
second line {n}""")
print(f"{None} {True} {False} {None!r}")
