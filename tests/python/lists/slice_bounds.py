# Slice bounds of every sign and size against lists, tuples, strings and ranges,
# including extended slices and assignment.
vals = [None, -12, -5, -1, 0, 1, 3, 5, 12, 2**62, -2**62, 2**70, -2**70]
steps = [None, 1, 2, 3, -1, -2, -3, 2**62, -2**62, 2**70]
out = []
for n in (0, 1, 5):
    seq = list(range(n))
    tup, text, rng = tuple(seq), "abcde"[:n], range(n)
    for a in vals:
        for b in vals:
            for c in steps:
                s = slice(a, b, c)
                got = seq[a:b:c]
                assert got == list(tup[a:b:c]) == [int(x) if False else x for x in rng[a:b:c]]
                assert "".join(text[a:b:c]) == text[s]
                out.append(len(got))
                if c in (None, 1):
                    cp = list(seq)
                    cp[a:b] = ["x"]
                    out.append(len(cp))
print(len(out), sum(out), out[:40])
print(slice(None, None, -1).indices(5), slice(-100, 100, 3).indices(7), slice(2**70, -2**70, -1).indices(4))
try:
    [1, 2, 3][::0]
except ValueError as e:
    print(e)
x = list(range(10))
x[::2] = "abcde"
print(x)
try:
    x[::2] = "ab"
except ValueError as e:
    print(e)
del x[1::3]
print(x, x[-2**63:2**63], x[-2**63 - 1:])
