a = [1, 2, 3]
d = {"key": [10, 20]}
s = "word"
print(f"{a[-1]} {a[1:]} {d['key'][1]} {len(a)} {sum(a)}")
print(f"{s.upper()}{s[::-1]}{s * 2}")
print(f"{'a' if len(a) > 2 else 'b'}")
print(f"{3 + 4 * 2} {2 ** 10} {7 // 2} {-7 % 3}")
print(f"{a!r:>15}|")
print(f"{'{'}{'}'}")
print(f"{s:>{len(s) + 3}}")
print(f"{'%d' % 5} {'{}'.format(6)}")
print(f"{1,2}", f"{(1, 2)}", f"{ {'x': 1}['x'] }")
x = 5
print(f"{x:{'>' if x > 3 else '<'}10}|")
print(f"{'nested {}'.format(f'{x}')}")
