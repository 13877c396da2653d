inputs = [
    "  1.5 ", "inf", "-Infinity", "+inf", "INF", "nan", "-NaN", "1_000.5", "1e5", "-1E-5",
    ".5", "5.", "0x10", "1__0", "", "abc", "1.5.2", "- 1", "1e", "infinity", "iNfInItY",
    "\t3.25\n", "1e400", "-1e400", "_1.0", "1.0_", "١٫٥", "1.5j",
]
for s in inputs:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float(), float("0"), float("-0"), float(b" 2.5 "))
for bad in (None, [1.0], "1,5"):
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
