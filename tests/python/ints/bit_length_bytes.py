for n in (0, 1, 2, 255, 256, -1, -128, -129, 2 ** 64, -(2 ** 64), 10 ** 30):
    print(n, n.bit_length())
print((255).to_bytes(2, 'big'))
print((255).to_bytes(2, 'little'))
print((1024).to_bytes(4, byteorder='big'))
print((-1).to_bytes(2, 'big', signed=True))
print((-129).to_bytes(2, 'little', signed=True))
print((0).to_bytes(0, 'big'))
print((2 ** 64).to_bytes(9, 'big'))
print(int.from_bytes(b'\x00\xff', 'big'), int.from_bytes(b'\x00\xff', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(b'\x80', 'big', signed=True), int.from_bytes(b'', 'big'))
print(int.from_bytes([1, 2, 3], 'big'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, 'big')
except OverflowError as e:
    print(type(e).__name__, e)
print((5).bit_count(), (-5).bit_count(), (2 ** 100 - 1).bit_count())
