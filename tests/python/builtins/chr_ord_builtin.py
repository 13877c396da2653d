print([ord(c) for c in "Az09 ~"], "".join(chr(n) for n in [72, 105, 0x263A]))
print(chr(ord("a") + 25), ord(chr(1114111)), hex(ord("€")))
print(bin(10), oct(10), hex(10), bin(0), oct(-8), hex(-16), bin(2 ** 65))
print(int(bin(37), 2), int(oct(37), 8), int(hex(37), 16), int(hex(-37), 16))
for bad in (1.5, "1", None):
    try:
        bin(bad)
    except TypeError as e:
        print(type(e).__name__, e)
