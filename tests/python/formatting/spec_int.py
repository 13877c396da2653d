for v in (0, 7, -7, 255, 123456789, -(2 ** 70)):
    print(f"[{v:d}] [{v:+d}] [{v: d}] [{v:-d}] [{v:8d}] [{v:<8d}] [{v:^8d}] [{v:08d}] [{v:=8d}] [{v:,}] [{v:_}]")
for v in (0, 10, 255, -255, 2 ** 40):
    print(f"{v:b} {v:#b} {v:o} {v:#o} {v:x} {v:#x} {v:X} {v:#X} {v:#010x} {v:_b} {v:_x}")
print(f"{65:c} {0x1f600:c} {1234567:_d} {1234567:,d}")
print(f"{42:e} {42:.2f} {42:%} {42:g} {42:G} {42:n}")
print(f"{True:d} {True} {False:>5} {True:x}")
print(format(1234, "=+10,"), format(-1234, "0=10"), format(1234, "X<10"))
