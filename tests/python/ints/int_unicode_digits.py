# int() accepts decimal digits of every script (Unicode category Nd), as CPython does.
for s in ["٣", "١٢٣", "-٤٢", " ۷ ", "९९", "𝟏𝟐", "٣_٤", "１２３"]:
    print(repr(s), int(s))
for s in ["²", "Ⅻ", "٣.٠", "½"]:
    try:
        int(s)
    except ValueError as e:
        print(e)
print(int("٣", 16), int("١٠", 2))
