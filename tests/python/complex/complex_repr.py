for z in (1j, -1j, 0j, -0j, 1 + 0j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0),
          2 - 3j, 1.5 + 2.25j, 1e16j, 1e-5 + 1e22j, complex(1, float("nan")), complex(float("inf"), -1),
          123456789012345678j, -(1 + 2j), 0.1 + 0.2j):
    print(repr(z), str(z))
print([1j, (1+1j)], (2j,), {1j: 2j})
print(format(1 + 2j), format(1.5 - 2j, ".2f"), f"{3+4j!r:>12}")
