s = "hello"
print(f"[{s}] [{s:10}] [{s:<10}] [{s:>10}] [{s:^10}] [{s:-^11}] [{s:.3}] [{s:10.2}] [{s:s}]")
print(f"[{'':5}] [{'é':>3}] [{'日本':^6}] [{s!r:>10}] [{s!a:^9}]")
print(format("x", "<4") + "|", format("x", "0>4"), format("abc", ".0") + "|")
try:
    f"{s:d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{s:=10}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{s:+}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{s:,}"
except ValueError as e:
    print(type(e).__name__, e)
