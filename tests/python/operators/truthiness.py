values = [0, 1, -1, 0.0, 0.1, "", "0", " ", [], [0], (), (None,), {}, {0: 0}, set(), None, True, False, range(0), range(1), b"", b"\x00", 0j, 1j]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
